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
    m_room->applyName(name);
}

void RoomUpdater::applyTopic(const QString &topic, const Identifier &setBy)
{
    m_room->applyTopic(topic, setBy);
}

void RoomUpdater::applyJoined(bool joined)
{
    m_room->applyJoined(joined);
}

void RoomUpdater::applyExists(bool exists)
{
    m_room->applyExists(exists);
}

void RoomUpdater::applyOccupantJoined(const Identifier &occupant)
{
    m_room->applyOccupantJoined(occupant);
}

void RoomUpdater::applyOccupantLeft(const QString &nick, const QString &reason)
{
    m_room->applyOccupantLeft(nick, reason);
}

void RoomUpdater::applyOccupantChanged(const QString &nick, const Identifier &after)
{
    m_room->applyOccupantChanged(nick, after);
}

void RoomUpdater::applyOccupants(const QList<Identifier> &occupants)
{
    m_room->applyOccupants(occupants);
}

void RoomUpdater::reportError(const QString &error)
{
    m_room->reportError(error);
}

} // namespace Botdeck
