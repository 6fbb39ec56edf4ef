#include "irctextsplitter.h"

#include "irccodec.h"

namespace Botdeck::Irc::IrcTextSplitter {

namespace {

// RFC 2812 leaves user and host length to the server; these are what the
// common servers allow, so guessing them never overflows a line.
constexpr int LongestUser = 10;
constexpr int LongestHost = 63;

} // namespace

int textBudget(const QString &command, const QString &target, const QString &nick, const QString &user,
               const QString &host, int extraBytes)
{
    const qsizetype prefix = 1 + nick.toUtf8().size() + 1 + (user.isEmpty() ? LongestUser : user.toUtf8().size()) + 1
        + (host.isEmpty() ? LongestHost : host.toUtf8().size()) + 1;
    const qsizetype line = command.size() + 1 + target.toUtf8().size() + 2;
    return int(IrcCodec::MaxLineBytes - 2 - prefix - line - extraBytes);
}

} // namespace Botdeck::Irc::IrcTextSplitter
