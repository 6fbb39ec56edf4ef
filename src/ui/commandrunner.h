#pragma once

#include "core/identifier.h"

#include <QString>

#include <functional>

namespace Botdeck {

class Backend;

// The seam through which the console hands an operator's command line to
// the bot (issue 3). When the input line starts with the bot's command
// prefix and a runner is installed (MainWindow::setCommandRunner), the
// runner receives the connection, the conversation the operator is looking
// at (a Room identifier or a person) and the whole line, and runs it as the
// operator, who is an admin. It returns true when it took the line; false
// (or no runner at all) sends the line as plain text, as the bot.
using CommandRunner = std::function<bool(Backend *backend, const Identifier &conversation, const QString &line)>;

} // namespace Botdeck
