#pragma once

#include <QString>
#include <QStringList>

namespace Botdeck {

// Cuts text into pieces of at most maxBytes UTF-8 bytes each, for services
// that limit message size. Cuts go after the last space that fits where
// there is one, else between characters; never inside a UTF-8 sequence or a
// surrogate pair: a character larger than maxBytes on its own (a limit
// below 4) makes a piece of its own. maxBytes <= 0 means no limit.
QStringList splitUtf8(const QString &text, int maxBytes);

// For services whose messages are single lines (IRC): one piece per line of
// text, each cut with splitUtf8. Empty lines are dropped, and so are CR and
// NUL, which no line may carry.
QStringList splitLines(const QString &text, int maxBytes);

} // namespace Botdeck
