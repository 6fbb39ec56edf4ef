#include "botsetup.h"

#include "commandline.h"

#include "core/backend.h"
#include "core/bot/accesscontrol.h"
#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"
#include "core/room.h"

#include <QCoreApplication>
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
    warnings += bot.plugins()->loadFrom(options.pluginDirs);
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
