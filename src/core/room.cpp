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

void Room::applyName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    Q_EMIT nameChanged(m_name);
}

void Room::applyTopic(const QString &topic, const Identifier &setBy)
{
    if (topic == m_topic && setBy == m_topicSetBy)
        return;
    m_topic = topic;
    m_topicSetBy = setBy;
    Q_EMIT topicChanged(m_topic, m_topicSetBy);
}

void Room::applyJoined(bool joined)
{
    if (joined == m_joined)
        return;
    m_joined = joined;
    if (joined)
        applyExists(true);
    else
        applyOccupants({});
    Q_EMIT joinedChanged(m_joined);
}

void Room::applyExists(bool exists)
{
    if (exists == m_exists)
        return;
    m_exists = exists;
    Q_EMIT existsChanged(m_exists);
}

void Room::applyOccupantJoined(const Identifier &occupant)
{
    const QString key = nickKey(occupant.nick());
    const auto existing = m_occupants.constFind(key);
    if (existing != m_occupants.constEnd()) {
        applyOccupantChanged(occupant.nick(), occupant);
        return;
    }
    m_occupants.insert(key, occupant);
    Q_EMIT occupantJoined(occupant);
    Q_EMIT occupantCountChanged(occupantCount());
}

void Room::applyOccupantLeft(const QString &nick, const QString &reason)
{
    const Identifier gone = m_occupants.take(nickKey(nick));
    if (gone.isNull())
        return;
    Q_EMIT occupantLeft(gone, reason);
    Q_EMIT occupantCountChanged(occupantCount());
}

void Room::applyOccupantChanged(const QString &nick, const Identifier &after)
{
    const QString oldKey = nickKey(nick);
    if (!m_occupants.contains(oldKey)) {
        applyOccupantJoined(after);
        return;
    }
    const QString newKey = nickKey(after.nick());
    if (newKey != oldKey && m_occupants.contains(newKey)) {
        // Two people cannot share a nick; the service told us so by renaming
        // one onto the other, so the one being replaced is gone. Done while
        // the renamed one is still listed, so the count it announces is true.
        applyOccupantLeft(after.nick());
    }
    const Identifier before = m_occupants.take(oldKey);
    m_occupants.insert(newKey, after);
    Q_EMIT occupantChanged(before, after);
}

void Room::applyOccupants(const QList<Identifier> &occupants)
{
    const int before = occupantCount();
    m_occupants.clear();
    m_occupants.reserve(occupants.size());
    for (const Identifier &occupant : occupants)
        m_occupants.insert(nickKey(occupant.nick()), occupant);
    Q_EMIT occupantsReset();
    if (before != occupantCount())
        Q_EMIT occupantCountChanged(occupantCount());
}

void Room::reportError(const QString &error)
{
    Q_EMIT errorOccurred(error);
}

} // namespace Botdeck
