#pragma once

#include <QByteArray>
#include <QString>

namespace Botdeck::Irc {

// How much outgoing text fits in one IRC line; the cutting itself is the
// core's splitLines, the one splitter every backend shares.
namespace IrcTextSplitter {

// How many bytes of text fit in one "PRIVMSG target :text" line once the
// server has put ":nick!user@host " in front of it (512 with CR LF). When
// user or host are unknown the longest usual ones are assumed.
int textBudget(const QString &command, const QString &target, const QString &nick, const QString &user,
               const QString &host, int extraBytes = 0);

} // namespace IrcTextSplitter

} // namespace Botdeck::Irc
