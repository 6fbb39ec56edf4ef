#include "room.h"

#include "backend.h"
#include "roomupdater.h"

namespace Botdeck {

Room::Room(const QString &id, Backend *backend)
    : QObject(backend)
    , m_backend(backend)
    , m_id(id)
    , m_name(id)
{ }

Room::~Room() = default;

Backend *Room::backend() const
{
    return m_backend;
}

QString Room::id() const
{
    return m_id;
}

Identifier Room::identifier() const
{
    return Identifier::makeRoom(m_id);
}

QString Room::name() const
{
    return m_name;
}

QString Room::topic() const
{
    return m_topic;
}

Identifier Room::topicSetBy() const
{
    return m_topicSetBy;
}

QDateTime Room::topicSetAt() const
{
    return m_topicSetAt;
}

bool Room::isJoined() const
{
    return m_joined;
}

bool Room::exists() const
{
    return m_exists;
}

QList<Identifier> Room::occupants() const
{
    return m_occupants.values();
}

int Room::occupantCount() const
{
    return int(m_occupants.size());
}

bool Room::hasOccupant(const QString &nick) const
{
    return m_occupants.contains(nickKey(nick));
}

Identifier Room::occupant(const QString &nick) const
{
    return m_occupants.value(nickKey(nick));
}

QString Room::nickKey(const QString &nick) const
{
    return nick;
}

RoomUpdater Room::updater()
{
    return RoomUpdater(this);
}

void Room::reportError(const QString &error)
{
    Q_EMIT errorOccurred(error);
}

Room::Actions Room::supportedActions() const
{
    return {};
}

Room::Action Room::actionFor(Privilege privilege)
{
    return privilege == Privilege::Operator ? Action::GrantOperator : Action::GrantVoice;
}

void Room::kick(const Identifier &, const QString &)
{
    reportUnsupported(Action::Kick);
}

void Room::ban(const Identifier &, const QString &)
{
    reportUnsupported(Action::Ban);
}

void Room::grant(const Identifier &, Privilege privilege)
{
    reportUnsupported(actionFor(privilege));
}

void Room::revoke(const Identifier &, Privilege privilege)
{
    reportUnsupported(actionFor(privilege));
}

void Room::reportUnsupported(Action action)
{
    const QString service = m_backend ? m_backend->serviceName() : m_id;
    switch (action) {
    case Action::Kick:
        reportError(tr("%1 cannot kick people").arg(service));
        return;
    case Action::Ban:
        reportError(tr("%1 cannot ban people").arg(service));
        return;
    case Action::GrantOperator:
        reportError(tr("%1 cannot give or take operator status").arg(service));
        return;
    case Action::GrantVoice:
        reportError(tr("%1 cannot give or take voice").arg(service));
        return;
    }
}

} // namespace Botdeck
