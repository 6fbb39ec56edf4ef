#include "ircroom.h"

#include "ircbackend.h"

#include "core/sendqueue.h"

#include <utility>

namespace Botdeck::Irc {

IrcRoom::IrcRoom(const QString &id, IrcBackend *backend)
    : Room(id, backend)
    , m_backend(backend)
{ }

void IrcRoom::join(const QString &password)
{
    if (!password.isEmpty())
        m_key = password;
    m_wantsJoined = true;
    // While disconnected the wish is kept: registration joins every room
    // that wants it.
    if (m_backend->isConnected() && !isJoined())
        sendJoin();
}

void IrcRoom::sendJoin()
{
    QStringList params = {id()};
    if (!m_key.isEmpty())
        params.append(m_key);
    m_backend->sendLine(IrcMessage(QStringLiteral("JOIN"), params));
}

void IrcRoom::leave(const QString &reason)
{
    m_wantsJoined = false;
    m_creating = false;
    if (!m_backend->isConnected() || !isJoined())
        return;
    QStringList params = {id()};
    if (!reason.isEmpty())
        params.append(reason);
    m_backend->sendLine(IrcMessage(QStringLiteral("PART"), params));
}

void IrcRoom::create()
{
    if (isJoined()) {
        reportError(tr("%1 already exists: the bot is in it").arg(id()));
        return;
    }
    m_creating = true;
    join();
}

void IrcRoom::destroy()
{
    reportError(tr("destroying a channel is not supported on IRC: a channel disappears when its last "
                   "member leaves"));
}

void IrcRoom::setTopic(const QString &topic)
{
    if (!isJoined()) {
        reportError(tr("cannot set the topic of %1: the bot is not in it").arg(id()));
        return;
    }
    m_backend->sendLine(IrcMessage(QStringLiteral("TOPIC"), {id(), topic}));
}

void IrcRoom::invite(const QList<Identifier> &people)
{
    for (const Identifier &person : people) {
        if (person.nick().isEmpty()) {
            reportError(tr("cannot invite someone without a nick"));
            continue;
        }
        m_backend->sendLine(IrcMessage(QStringLiteral("INVITE"), {person.nick(), id()}));
    }
}

bool IrcRoom::takeCreating()
{
    return std::exchange(m_creating, false);
}

QString IrcRoom::nickKey(const QString &nick) const
{
    return m_backend->foldNick(nick);
}

} // namespace Botdeck::Irc
