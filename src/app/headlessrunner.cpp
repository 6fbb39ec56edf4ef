#include "headlessrunner.h"

#include "botsetup.h"
#include "commandline.h"
#include "unixsignals.h"

#include "core/backend.h"
#include "core/backendregistry.h"
#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"
#include "core/eventlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

namespace Botdeck {

namespace {

enum class Level { Debug, Info, Warning, Error };

Level levelOf(const QString &name)
{
    if (name == QLatin1String("debug"))
        return Level::Debug;
    if (name == QLatin1String("warning"))
        return Level::Warning;
    if (name == QLatin1String("error"))
        return Level::Error;
    return Level::Info;
}

QString stamp()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
}

} // namespace

int runHeadless(const BackendRegistry &registry, const LaunchOptions &options)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Level level = levelOf(options.bot.logLevel);

    Backend *backend = registry.create(options.backend);
    Bot bot;
    const QStringList warnings = configureBot(bot, options.bot);
    for (const QString &warning : warnings)
        err << "botdeck: warning: " << warning << Qt::endl;
    QObject::connect(&bot, &Bot::warningIssued, &bot, [&err, level](const QString &warning) {
        if (level <= Level::Warning)
            err << stamp() << " warning: " << warning << Qt::endl;
    });
    bot.attach(backend);
    joinWhenConnected(backend, options.bot.join);

    EventLog log;
    QObject::connect(
        &log, &EventLog::lineLogged, &log,
        [&out, &err, level](const QDateTime &when, const QString &source, const QString &line, EventLog::Kind kind) {
            const bool error = kind == EventLog::Kind::Error;
            if (!error && level > Level::Info)
                return;
            (error ? err : out) << when.toString(QStringLiteral("HH:mm:ss")) << " [" << source << "] " << line
                                << Qt::endl;
        });
    log.attach(backend);
    if (level == Level::Debug) {
        QObject::connect(backend, &Backend::trafficLogged, backend,
                         [&out, backend](Backend::Direction direction, const QString &text) {
                             out << stamp() << " [" << backend->name() << "] "
                                 << (direction == Backend::Direction::Incoming ? "<< " : ">> ") << text << Qt::endl;
                         });
    }

    int exitCode = 0;
    QObject::connect(backend, &Backend::stateChanged, backend, [&exitCode, &err](Backend::State state) {
        if (state == Backend::State::Failed) {
            err << "botdeck: giving up: the connection failed (see the errors above)" << Qt::endl;
            exitCode = 1;
            QCoreApplication::exit(exitCode);
        }
    });
    UnixSignals signals;
    QObject::connect(&signals, &UnixSignals::terminationRequested, backend, [backend] {
        backend->disconnectFromService();
        QCoreApplication::quit();
    });

    backend->connectToService(options.settings);
    const int loopResult = QCoreApplication::exec();
    // The bot goes before the backend it is attached to, so plugins stop
    // and storage closes while everything they know still exists.
    bot.plugins()->deactivateAll();
    delete backend;
    return loopResult == 0 ? exitCode : 1;
}

} // namespace Botdeck
