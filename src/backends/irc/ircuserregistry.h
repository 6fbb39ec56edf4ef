#pragma once

#include "ircidentifiers.h"
#include "ircmessage.h"

#include <QHash>
#include <QString>

namespace Botdeck::Irc {

// The people of one network the bot knows of, one entry per nick, shared by
// every channel (Konversation's NickInfo). Looking someone up changes
// nothing; an entry is made or updated only by remember(), from what a line
// says of its sender.
class IrcUserRegistry
{
public:
    // Nicks are folded with the server's casemapping, read at each call.
    explicit IrcUserRegistry(const IrcIsupport &isupport);

    // What is known of nick; just the nick when nothing is.
    IrcUser user(const QString &nick) const;
    qsizetype size() const { return m_users.size(); }

    // Records what source says of its sender and returns their entry, made
    // if need be. The same nick from another user@host is someone else: the
    // one we knew left without us seeing it (no shared channel), and their
    // services account must not pass to whoever took the nick.
    IrcUser &remember(const IrcSource &source);
    // The sender of source is now known as newNick.
    IrcUser &rename(const IrcSource &source, const QString &newNick);
    void forget(const QString &nick);
    void clear() { m_users.clear(); }

private:
    QString key(const QString &nick) const;

    const IrcIsupport &m_isupport;
    QHash<QString, IrcUser> m_users; // by folded nick
};

} // namespace Botdeck::Irc
