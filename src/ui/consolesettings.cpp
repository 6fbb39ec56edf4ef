#include "consolesettings.h"

#include <QSettings>

namespace Botdeck {

namespace {
const QString TimeFormatKey = QStringLiteral("console/timeFormat");
const QString NickColoursKey = QStringLiteral("console/nickColours");
const QString FontSizeKey = QStringLiteral("console/fontSize");
const QString QuitMessageKey = QStringLiteral("console/quitMessage");
const QString RestoreKey = QStringLiteral("console/restoreConnections");
} // namespace

ConsoleSettings ConsoleSettings::load(QSettings &settings)
{
    const ConsoleSettings defaults;
    ConsoleSettings loaded;
    loaded.timeFormat = settings.value(TimeFormatKey, defaults.timeFormat).toString();
    if (loaded.timeFormat.trimmed().isEmpty())
        loaded.timeFormat = defaults.timeFormat;
    loaded.nickColours = settings.value(NickColoursKey, defaults.nickColours).toBool();
    loaded.fontSize = std::clamp(settings.value(FontSizeKey, defaults.fontSize).toInt(), 0, 72);
    loaded.quitMessage = settings.value(QuitMessageKey, defaults.quitMessage).toString();
    loaded.restoreConnections = settings.value(RestoreKey, defaults.restoreConnections).toBool();
    return loaded;
}

void ConsoleSettings::save(QSettings &settings) const
{
    settings.setValue(TimeFormatKey, timeFormat);
    settings.setValue(NickColoursKey, nickColours);
    settings.setValue(FontSizeKey, fontSize);
    settings.setValue(QuitMessageKey, quitMessage);
    settings.setValue(RestoreKey, restoreConnections);
    settings.sync();
}

} // namespace Botdeck
