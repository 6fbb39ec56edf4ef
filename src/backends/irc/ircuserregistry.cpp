#include "ircuserregistry.h"

#include "irccasemapping.h"
#include "ircisupport.h"

namespace Botdeck::Irc {

IrcUserRegistry::IrcUserRegistry(const IrcIsupport &isupport)
    : m_isupport(isupport)
{ }

IrcUser IrcUserRegistry::user(const QString &nick) const
{
    IrcUser user = m_users.value(key(nick));
    if (user.nick.isEmpty())
        user.nick = nick;
    return user;
}

IrcUser &IrcUserRegistry::remember(const IrcSource &source)
{
    IrcUser &user = m_users[key(source.nick)];
    if (user.hasUserHost() && !source.user.isEmpty() && !source.host.isEmpty()
        && (user.user != source.user || user.host != source.host))
        user = IrcUser{};
    user.nick = source.nick;
    if (!source.user.isEmpty())
        user.user = source.user;
    if (!source.host.isEmpty())
        user.host = source.host;
    return user;
}

IrcUser &IrcUserRegistry::rename(const IrcSource &source, const QString &newNick)
{
    IrcUser user = remember(source);
    m_users.remove(key(source.nick));
    user.nick = newNick;
    return *m_users.insert(key(newNick), user);
}

void IrcUserRegistry::forget(const QString &nick)
{
    m_users.remove(key(nick));
}

QString IrcUserRegistry::key(const QString &nick) const
{
    return foldCase(nick, m_isupport.caseMapping());
}

} // namespace Botdeck::Irc
