#pragma once

#include "ircmessage.h"

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Botdeck::Irc {

// Turns one IRC line into an IrcMessage and back. Stateless and without
// socket code, so it can be tested and fuzzed alone.
namespace IrcCodec {

// IRCv3: at most 8191 bytes of tags (with '@' and the space) plus the
// 512 bytes RFC 1459 allows for the rest, CR LF included.
inline constexpr qsizetype MaxTagBytes = 8191;
inline constexpr qsizetype MaxLineBytes = 512;
inline constexpr qsizetype MaxInputBytes = MaxTagBytes + MaxLineBytes;

// How bytes that are not valid UTF-8 are read. IRC has no declared
// encoding; old clients still send latin-1, and those lines must be shown,
// never dropped.
enum class Fallback { Latin1, ReplacementCharacter };

// True when data is well-formed UTF-8 (no overlongs, no surrogates).
bool isValidUtf8(QByteArrayView data);
QString decode(QByteArrayView data, Fallback fallback = Fallback::Latin1);

// One line, with or without its CR LF. Errors: empty line, no command,
// NUL bytes, longer than MaxInputBytes.
Result<IrcMessage> parse(QByteArrayView line, Fallback fallback = Fallback::Latin1);
// The line without CR LF, in UTF-8. Refuses what could not be read back as
// the same message: CR, LF or NUL anywhere (line injection), a middle
// parameter that is empty, holds a space or starts with ':', a command
// that is empty or holds a space.
Result<QByteArray> serialize(const IrcMessage &message);

QString escapeTagValue(QStringView value);
QString unescapeTagValue(QStringView value);

} // namespace IrcCodec

} // namespace Botdeck::Irc
