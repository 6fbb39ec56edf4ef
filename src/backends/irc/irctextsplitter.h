#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Botdeck::Irc {

// Cuts outgoing text into pieces that fit in one IRC line.
namespace IrcTextSplitter {

// How many bytes of text fit in one "PRIVMSG target :text" line once the
// server has put ":nick!user@host " in front of it (512 with CR LF). When
// user or host are unknown the longest usual ones are assumed.
int textBudget(const QString &command, const QString &target, const QString &nick, const QString &user,
               const QString &host, int extraBytes = 0);

// Splits text at line breaks, then each line into pieces of at most
// maxBytes UTF-8 bytes: at the last space that fits when there is one (the
// space is dropped), otherwise at the last whole character; never inside a
// UTF-8 sequence. Empty lines are skipped. maxBytes below 4 is raised to 4.
QStringList split(const QString &text, int maxBytes);

} // namespace IrcTextSplitter

} // namespace Botdeck::Irc
