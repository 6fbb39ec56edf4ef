#include "ircroom.h"

#include "ircbackend.h"
#include "ircoperatorcommands.h"

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
    m_backend->enqueueLine(SendQueue::Priority::Normal, IrcMessage(QStringLiteral("JOIN"), params));
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
    m_backend->enqueueLine(SendQueue::Priority::Normal, IrcMessage(QStringLiteral("PART"), params));
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
    m_backend->enqueueLine(SendQueue::Priority::Normal, IrcMessage(QStringLiteral("TOPIC"), {id(), topic}));
}

void IrcRoom::invite(const QList<Identifier> &people)
{
    for (const Identifier &person : people) {
        if (person.nick().isEmpty()) {
            reportError(tr("cannot invite someone without a nick"));
            continue;
        }
        m_backend->enqueueLine(SendQueue::Priority::Normal,
                               IrcMessage(QStringLiteral("INVITE"), {person.nick(), id()}));
    }
}

Room::Actions IrcRoom::supportedActions() const
{
    return Action::Kick | Action::Ban | Action::GrantOperator | Action::GrantVoice;
}

void IrcRoom::kick(const Identifier &occupant, const QString &reason)
{
    sendAbout(occupant, IrcOperatorCommands::kick(id(), occupant.nick(), reason));
}

void IrcRoom::ban(const Identifier &occupant, const QString &)
{
    // A ban alone carries no reason on IRC; kick to give one.
    sendAbout(occupant, IrcOperatorCommands::ban(id(), occupant.nick(), occupant.client()));
}

void IrcRoom::grant(const Identifier &occupant, Privilege privilege)
{
    sendAbout(occupant, IrcOperatorCommands::privilege(id(), occupant.nick(), privilege, true));
}

void IrcRoom::revoke(const Identifier &occupant, Privilege privilege)
{
    sendAbout(occupant, IrcOperatorCommands::privilege(id(), occupant.nick(), privilege, false));
}

void IrcRoom::sendAbout(const Identifier &occupant, const IrcMessage &line)
{
    if (occupant.nick().isEmpty()) {
        reportError(tr("cannot do that to someone without a nick"));
        return;
    }
    if (!isJoined()) {
        reportError(tr("the bot is not in %1").arg(id()));
        return;
    }
    // The server answers: KICK or MODE on success, 482 and friends otherwise.
    m_backend->enqueueLine(SendQueue::Priority::Normal, line);
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
