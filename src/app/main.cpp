#include "commandline.h"
#include "unixsignals.h"

#include "backends/builtinbackends.h"
#include "core/backend.h"
#include "core/backendregistry.h"
#include "core/eventlog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <QTimer>

#include <cstring>
#include <memory>

using namespace Botdeck;

namespace {

// Only the console needs a display: headless runs and the options that
// just print something must work on a server with none, so the application
// object is chosen before anything else looks at the arguments.
bool needsWindow(int argc, char **argv)
{
    static const char *const windowless[] = {"--headless", "-headless", "--help", "-help", "-h",
                                             "--version", "-version", "-v", "--list-backends", "-list-backends"};
    for (int i = 1; i < argc; ++i) {
        for (const char *option : windowless) {
            if (std::strcmp(argv[i], option) == 0)
                return false;
        }
    }
    return true;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    if (needsWindow(argc, argv))
        return std::make_unique<QApplication>(argc, argv);
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runHeadless(Backend *backend, const BackendSettings &settings)
{
    QTextStream out(stdout);
    EventLog log;
    QObject::connect(&log, &EventLog::lineLogged, &log,
                     [&out](const QDateTime &when, const QString &source, const QString &line) {
                         out << when.toString(QStringLiteral("HH:mm:ss")) << " [" << source << "] " << line
                             << Qt::endl;
                     });
    log.attach(backend);
    int exitCode = 0;
    QObject::connect(backend, &Backend::stateChanged, backend, [&exitCode](Backend::State state) {
        if (state == Backend::State::Failed) {
            exitCode = 1;
            QCoreApplication::exit(exitCode);
        }
    });
    backend->connectToService(settings);
    return QCoreApplication::exec() == 0 ? exitCode : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("botdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Botdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOTDECK_VERSION));

    BackendRegistry registry;
    registerBuiltinBackends(registry);
    const CommandLine commandLine(registry);
    const Result<LaunchOptions> parsed = commandLine.parse(QCoreApplication::arguments());
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed) {
        err << "botdeck: " << parsed.error() << Qt::endl;
        return 2;
    }
    const LaunchOptions &options = parsed.value();
    switch (options.action) {
    case LaunchOptions::Action::ShowHelp:
        out << options.helpText;
        return 0;
    case LaunchOptions::Action::ShowVersion:
        out << "botdeck " << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    case LaunchOptions::Action::ListBackends:
        out << commandLine.describeBackends();
        return 0;
    case LaunchOptions::Action::Run:
        break;
    }

    Backend *backend = registry.create(options.backend, app.get());
    UnixSignals signals;
    QObject::connect(&signals, &UnixSignals::terminationRequested, backend, [backend] {
        backend->disconnectFromService();
        QCoreApplication::quit();
    });

    if (options.headless)
        return runHeadless(backend, options.settings);

    MainWindow window;
    window.attach(backend);
    window.show();
    backend->connectToService(options.settings);
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(4000, &window, [&window, path = options.screenshot] {
            if (!window.grab().save(path))
                QTextStream(stderr) << "botdeck: could not save a screenshot to " << path << Qt::endl;
            QCoreApplication::quit();
        });
    }
    return QCoreApplication::exec();
}
