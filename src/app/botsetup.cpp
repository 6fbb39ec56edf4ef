#include "botsetup.h"

#include "commandline.h"

#include "core/backend.h"
#include "core/bot/accesscontrol.h"
#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"
#include "core/room.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Botdeck {

QStringList configureBot(Bot &bot, const BotOptions &options)
{
    QStringList warnings;
    bot.setPrefix(options.prefix);
    bot.setAlternativePrefixes(options.alternativePrefixes);
    bot.setSendRate(options.sendRate);
    bot.setSendBurst(options.sendBurst);
    bot.setRepliesToUnknownCommandsInRooms(options.repliesToUnknownCommandsInRooms);
    bot.setCommandTimeout(std::chrono::seconds(options.commandTimeoutSeconds));
    bot.setDataDir(options.dataDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                             : options.dataDir);
    if (!options.configFile.isEmpty()) {
        QSettings config(options.configFile, QSettings::IniFormat);
        bot.setAccessControl(AccessControl::fromSettings(config, &warnings));
    }
    bot.plugins()->setDisabled(options.disabledPlugins);
    bot.addBuiltinPlugins();
    // The plugins installed with the program, then the ones asked for.
    QStringList folders;
    const QDir bundled(QCoreApplication::applicationDirPath() + QStringLiteral("/" BOTDECK_PLUGINS_FROM_BIN));
    if (bundled.exists())
        folders.append(bundled.canonicalPath());
    folders += options.pluginDirs;
    warnings += bot.plugins()->loadFrom(folders);
    return warnings;
}

void joinWhenConnected(Backend *backend, const QStringList &rooms)
{
    if (rooms.isEmpty())
        return;
    QObject::connect(backend, &Backend::stateChanged, backend, [backend, rooms](Backend::State state) {
        if (state != Backend::State::Connected)
            return;
        for (const QString &id : rooms) {
            const Result<Room *> room = backend->queryRoom(id);
            if (!room) {
                Q_EMIT backend->errorOccurred(room.error());
                continue;
            }
            if (!room.value()->isJoined())
                room.value()->join();
        }
    });
}

} // namespace Botdeck
