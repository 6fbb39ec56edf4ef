#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace Botdeck {

// Splits a command's argument text the way a shell would, so people can
// pass text with spaces: 'single quotes' keep everything literally,
// "double quotes" allow \" and \\, and a backslash outside quotes escapes
// the next character. An unterminated quote is an error, not a guess.
Result<QStringList> splitArguments(const QString &text);

// Quotes one argument so that splitArguments() gives it back unchanged.
QString quoteArgument(const QString &argument);

} // namespace Botdeck
