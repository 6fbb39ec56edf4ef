#include "roomupdater.h"

#include "room.h"

namespace Botdeck {

RoomUpdater::RoomUpdater(Room *room)
    : m_room(room)
{
    Q_ASSERT(room);
}

void RoomUpdater::applyName(const QString &name)
{
    if (name == m_room->m_name)
        return;
    m_room->m_name = name;
    Q_EMIT m_room->nameChanged(m_room->m_name);
}

void RoomUpdater::applyTopic(const QString &topic, const Identifier &setBy, const QDateTime &setAt)
{
    if (topic == m_room->m_topic && setBy == m_room->m_topicSetBy && setAt == m_room->m_topicSetAt)
        return;
    m_room->m_topic = topic;
    m_room->m_topicSetBy = setBy;
    m_room->m_topicSetAt = setAt;
    Q_EMIT m_room->topicChanged(m_room->m_topic, m_room->m_topicSetBy);
}

void RoomUpdater::applyJoined(bool joined)
{
    if (joined == m_room->m_joined)
        return;
    m_room->m_joined = joined;
    if (joined)
        applyExists(true);
    else
        applyOccupants({});
    Q_EMIT m_room->joinedChanged(m_room->m_joined);
}

void RoomUpdater::applyExists(bool exists)
{
    if (exists == m_room->m_exists)
        return;
    m_room->m_exists = exists;
    Q_EMIT m_room->existsChanged(m_room->m_exists);
}

void RoomUpdater::applyOccupantJoined(const Identifier &occupant)
{
    const QString key = m_room->nickKey(occupant.nick());
    const auto existing = m_room->m_occupants.constFind(key);
    if (existing != m_room->m_occupants.constEnd()) {
        applyOccupantChanged(occupant.nick(), occupant);
        return;
    }
    m_room->m_occupants.insert(key, occupant);
    Q_EMIT m_room->occupantJoined(occupant);
    Q_EMIT m_room->occupantCountChanged(m_room->occupantCount());
}

void RoomUpdater::announceCreated()
{
    Q_EMIT m_room->created();
}

void RoomUpdater::announceKick(const Identifier &occupant, const Identifier &by, const QString &reason)
{
    Q_EMIT m_room->occupantKicked(occupant, by, reason);
}

void RoomUpdater::announcePrivilege(const Identifier &occupant, Room::Privilege privilege, bool granted,
                                    const Identifier &by)
{
    Q_EMIT m_room->privilegeChanged(occupant, privilege, granted, by);
}

void RoomUpdater::announceModes(const QString &modes, const Identifier &by)
{
    Q_EMIT m_room->modesChanged(modes, by);
}

void RoomUpdater::applyOccupantLeft(const QString &nick, const QString &reason)
{
    const Identifier gone = m_room->m_occupants.take(m_room->nickKey(nick));
    if (gone.isNull())
        return;
    Q_EMIT m_room->occupantLeft(gone, reason);
    Q_EMIT m_room->occupantCountChanged(m_room->occupantCount());
}

void RoomUpdater::applyOccupantChanged(const QString &nick, const Identifier &after)
{
    const QString oldKey = m_room->nickKey(nick);
    if (!m_room->m_occupants.contains(oldKey)) {
        applyOccupantJoined(after);
        return;
    }
    const QString newKey = m_room->nickKey(after.nick());
    if (newKey != oldKey && m_room->m_occupants.contains(newKey)) {
        // Two people cannot share a nick; the service told us so by renaming
        // one onto the other, so the one being replaced is gone. Done while
        // the renamed one is still listed, so the count it announces is true.
        applyOccupantLeft(after.nick());
    }
    const Identifier before = m_room->m_occupants.take(oldKey);
    m_room->m_occupants.insert(newKey, after);
    Q_EMIT m_room->occupantChanged(before, after);
}

void RoomUpdater::applyOccupants(const QList<Identifier> &occupants)
{
    const int before = m_room->occupantCount();
    m_room->m_occupants.clear();
    m_room->m_occupants.reserve(occupants.size());
    for (const Identifier &occupant : occupants)
        m_room->m_occupants.insert(m_room->nickKey(occupant.nick()), occupant);
    Q_EMIT m_room->occupantsReset();
    if (before != m_room->occupantCount())
        Q_EMIT m_room->occupantCountChanged(m_room->occupantCount());
}

void RoomUpdater::reportError(const QString &error)
{
    m_room->reportError(error);
}

} // namespace Botdeck
