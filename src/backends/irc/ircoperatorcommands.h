#pragma once

#include "ircmessage.h"

#include "core/identifier.h"
#include "core/result.h"
#include "core/room.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Botdeck::Irc {

// The lines behind the Room/Backend requests about people (KICK, MODE,
// NICK, WHOIS, raw lines), built without touching a socket so they can be
// tested alone.
namespace IrcOperatorCommands {

IrcMessage kick(const QString &channel, const QString &nick, const QString &reason);
// "+o nick" or "-v nick" on channel.
IrcMessage privilege(const QString &channel, const QString &nick, Room::Privilege privilege, bool granted);
// Bans the host when it is known (*!*@host, so a new nick does not get
// round it), otherwise the nick.
IrcMessage ban(const QString &channel, const QString &nick, const QString &client);
IrcMessage nick(const QString &nick);
IrcMessage whois(const QString &nick);
// JOINs for channels (each with its key, or an empty one) in as few lines
// as fit: rejoining forty channels after a reconnect takes a few lines of
// the paced queue, not forty. Keyed channels come first in each line, since
// the key list pairs with the channel list from the left.
QList<IrcMessage> joins(const QList<std::pair<QString, QString>> &channels);
// A line the operator typed, parsed as the server would read it; an empty
// line or one the codec refuses is an error.
Result<IrcMessage> raw(const QString &line);

} // namespace IrcOperatorCommands

// Collects the WHOIS numerics (311 312 313 317 319 330 671 301) for the
// nicks asked about until the end (318) or "no such nick" (401), and turns
// each into one plain-words fact. At most MaxPending questions are open at
// once, so a server that never ends its replies cannot grow this.
class IrcWhoisReplies
{
    Q_DECLARE_TR_FUNCTIONS(IrcWhoisReplies)

public:
    static constexpr int MaxPending = 32;

    struct Answer
    {
        Identifier person;
        QStringList facts;
    };

    // Returns false when too many questions are open.
    bool ask(const QString &key, const Identifier &person);
    bool isPending(const QString &key) const { return m_pending.contains(key); }
    // One WHOIS numeric about the nick of key; returns the whole answer
    // once it is complete.
    std::optional<Answer> add(const QString &key, const IrcMessage &message);
    void clear() { m_pending.clear(); }

    // The fact one numeric states, or an empty string for a numeric that
    // is no WHOIS fact.
    static QString fact(const IrcMessage &message);
    static bool isWhoisNumeric(int code);

private:
    QHash<QString, Answer> m_pending;
};

} // namespace Botdeck::Irc
