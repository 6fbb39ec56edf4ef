#pragma once

#include "identifier.h"
#include "room.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Botdeck {

class Backend;

// The handle through which what a service reports reaches a Room: the only
// way to change a room's state and make it emit its change signals. A room
// obtains one for itself (Room::updater()) and its backend for any of its
// rooms (Backend::updater()); nobody else can make one, so observers such
// as the UI and plugins cannot make a room claim what the service never
// said. A cheap value, to be used at once rather than kept.
class RoomUpdater
{
public:
    void applyName(const QString &name);
    void applyTopic(const QString &topic, const Identifier &setBy = {}, const QDateTime &setAt = {});
    // Leaving also forgets the occupants.
    void applyJoined(bool joined);
    void applyExists(bool exists);
    // Adding someone already present updates them instead.
    void applyOccupantJoined(const Identifier &occupant);
    void applyOccupantLeft(const QString &nick, const QString &reason = {});
    void applyOccupantChanged(const QString &nick, const Identifier &after);
    void applyOccupants(const QList<Identifier> &occupants);
    // What explains a change (Room::occupantKicked and friends): reported
    // by the service, recorded nowhere, only announced.
    void announceCreated();
    void announceKick(const Identifier &occupant, const Identifier &by, const QString &reason);
    void announcePrivilege(const Identifier &occupant, Room::Privilege privilege, bool granted, const Identifier &by);
    void announceModes(const QString &modes, const Identifier &by);
    void reportError(const QString &error);

private:
    friend class Backend;
    friend class Room;

    explicit RoomUpdater(Room *room);

    Room *m_room;
};

} // namespace Botdeck
