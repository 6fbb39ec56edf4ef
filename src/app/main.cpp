#include "botsetup.h"
#include "commandline.h"
#include "headlessrunner.h"
#include "unixsignals.h"

#include "backends/builtinbackends.h"
#include "core/backend.h"
#include "core/backendregistry.h"
#include "core/bot/bot.h"
#include "core/eventlog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstring>
#include <memory>

using namespace Botdeck;

namespace {

// Only the console needs a display: headless runs and the options that
// just print something must work on a server with none, so the application
// object is chosen before anything else looks at the arguments.
bool needsWindow(int argc, char **argv)
{
    static const char *const windowless[] = {"--headless", "-headless", "--help", "-help",           "-h",
                                             "--version",  "-version",  "-v",     "--list-backends", "-list-backends"};
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

// Whether the command line says how to connect (anything but --screenshot).
bool hasConnectionOptions(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--screenshot") || arguments.at(i) == QLatin1String("-screenshot"))
            ++i;
        else if (!arguments.at(i).startsWith(QLatin1String("--screenshot=")))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("botdeck"));
    QCoreApplication::setOrganizationName(QStringLiteral("Botdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BOTDECK_VERSION));
    // Ties the windows to the installed .desktop entry and its icon.
    if (auto *gui = qobject_cast<QGuiApplication *>(app.get()))
        gui->setDesktopFileName(QStringLiteral("org.botdeck.Botdeck"));

    // Translations installed beside the program (share/botdeck/translations).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("botdeck"), QStringLiteral("_"),
                        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/botdeck/translations")))
        QCoreApplication::installTranslator(&translator);

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

    if (options.headless)
        return runHeadless(registry, options);

    UnixSignals signals;
    MainWindow window(registry);
    QObject::connect(&signals, &UnixSignals::terminationRequested, &window, [&window] {
        window.closeWithoutAsking();
        QCoreApplication::quit();
    });
    // The bot attaches to every connection the window makes, and runs the
    // operator's command lines (MainWindow::setBot). Declared
    // after the window, it goes first, before the backends it is attached to.
    Bot bot;
    const QStringList warnings = configureBot(bot, options.bot);
    window.setBot(&bot);
    for (const QString &warning : warnings) {
        err << "botdeck: " << warning << Qt::endl;
        window.showWarning(warning);
    }
    QObject::connect(&window, &MainWindow::backendAdded, &bot, [&bot, &options](Backend *backend) {
        bot.attach(backend);
        // --join belongs to the connection the command line describes.
        if (backend->name() == options.backend)
            joinWhenConnected(backend, options.bot.join);
    });
    window.show();
    // Connection options on the command line win; otherwise the profile used
    // last time, and with none the local backend, so a newcomer sees a
    // live console at once.
    // An operator who turned restoring off starts at the login dialog.
    if (hasConnectionOptions(QCoreApplication::arguments()))
        window.connectTo(options.backend, options.settings);
    else if (!window.consoleSettings().restoreConnections)
        window.openLoginDialog();
    else if (!window.connectLastProfile())
        window.connectTo(options.backend, options.settings);
    if (!options.screenshot.isEmpty()) {
        QTimer::singleShot(4000, &window, [&window, path = options.screenshot] {
            if (!window.grab().save(path))
                QTextStream(stderr) << "botdeck: could not save a screenshot to " << path << Qt::endl;
            window.closeWithoutAsking();
            QCoreApplication::quit();
        });
    }
    const int status = QCoreApplication::exec();
    // The bot goes first; the window must not watch it stop its plugins.
    window.setBot(nullptr);
    return status;
}
