#pragma once

#include "core/backendsettings.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

namespace Botdeck {

class BackendRegistry;

// What the command line asked for.
struct LaunchOptions
{
    enum class Action { Run, ShowHelp, ShowVersion, ListBackends };

    Action action = Action::Run;
    bool headless = false;
    QString backend;
    BackendSettings settings;
    // Save a picture of the console here after a few seconds, then quit.
    QString screenshot;
    QString helpText;
};

// The command line, generated from the backends' login fields: every field
// of every backend is an option (--nick, --event-rate, ...), and only those
// of the chosen backend may be given.
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
