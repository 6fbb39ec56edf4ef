#pragma once

#include "core/backendsettings.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace Botdeck {

class BackendRegistry;

// How the bot itself should behave, from the command line or the [bot]
// group of the configuration file.
struct BotOptions
{
    QString prefix = QStringLiteral("!");
    QStringList alternativePrefixes;
    QStringList join;
    double sendRate = 1;
    int sendBurst = 5;
    QString dataDir; // empty: the platform's application data folder
    QStringList pluginDirs;
    QString logLevel = QStringLiteral("info");
    bool repliesToUnknownCommandsInRooms = true;
    int commandTimeoutSeconds = 30;
    QStringList disabledPlugins;
    // The configuration file, for what is read from it later ([acl]).
    QString configFile;
};

// What the command line asked for.
struct LaunchOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, ListBackends };

    Action action = Action::Run;
    bool headless = false;
    QString backend;
    BackendSettings settings;
    BotOptions bot;
    // Save a picture of the console here after a few seconds, then quit.
    QString screenshot;
    QString helpText;
};

// The command line, generated from the backends' login fields: every field
// of every backend is an option (--nick, --event-rate, ...), and only those
// of the chosen backend may be given. A configuration file (--config, INI)
// supplies the rest; the command line wins. Passwords are never options
// (every user of the machine could read them in the process list): they
// come from --password-file, BOTDECK_PASSWORD or the login dialog.
class CommandLine
{
public:
    explicit CommandLine(const BackendRegistry &registry);

    Result<LaunchOptions> parse(const QStringList &arguments) const;
    // Every backend and its login fields, for --list-backends.
    QString describeBackends() const;

private:
    const BackendRegistry &m_registry;
};

} // namespace Botdeck
