#include "eventlog.h"

#include "backend.h"
#include "message.h"
#include "room.h"

namespace Botdeck {

namespace {

QString describePerson(const Identifier &who)
{
    if (who.displayName().isEmpty() || who.displayName() == who.nick())
        return who.nick();
    return QStringLiteral("%1 (%2)").arg(who.nick(), who.displayName());
}

} // namespace

EventLog::EventLog(QObject *parent)
    : QObject(parent)
{ }

void EventLog::attach(Backend *backend)
{
    connect(backend, &Backend::stateChanged, this,
            [this, backend](Backend::State state) { log(backend, tr("state: %1").arg(Backend::describe(state))); });
    connect(backend, &Backend::errorOccurred, this,
            [this, backend](const QString &error) { log(backend, tr("error: %1").arg(error), Kind::Error); });
    connect(backend, &Backend::messageReceived, this,
            [this, backend](const Message &message) { log(backend, formatMessage(message)); });
    connect(backend, &Backend::messageSent, this,
            [this, backend](const Message &message) { log(backend, formatMessage(message)); });
    connect(backend, &Backend::roomAdded, this, [this, backend](Room *room) { attachRoom(backend, room); });
    const QList<Room *> rooms = backend->rooms();
    for (Room *room : rooms)
        attachRoom(backend, room);
}

QString EventLog::formatMessage(const Message &message)
{
    const QString where = message.isGroup() ? message.room() : tr("(direct to %1)").arg(message.to().nick());
    const QString nick = message.from().nick();
    switch (message.type()) {
    case Message::Type::Action:
        return QStringLiteral("%1 * %2 %3").arg(where, nick, message.body());
    case Message::Type::Notice:
        return QStringLiteral("%1 -%2- %3").arg(where, nick, message.body());
    case Message::Type::Chat:
        break;
    }
    return QStringLiteral("%1 <%2> %3").arg(where, nick, message.body());
}

void EventLog::attachRoom(Backend *backend, Room *room)
{
    const auto inRoom
        = [this, backend, room](const QString &line) { log(backend, QStringLiteral("%1 %2").arg(room->id(), line)); };
    connect(room, &Room::joinedChanged, this, [inRoom, room](bool joined) {
        if (!joined) {
            inRoom(tr("-- left"));
            return;
        }
        inRoom(tr("-- joined, %n occupant(s)", nullptr, room->occupantCount()));
        if (!room->topic().isEmpty())
            inRoom(tr("-- topic: %1").arg(room->topic()));
    });
    // Joining a room that is already there makes it exist for the bot too:
    // only the service's word that it is new says "created".
    connect(room, &Room::created, this, [inRoom] { inRoom(tr("-- the room was created")); });
    connect(room, &Room::existsChanged, this, [inRoom](bool exists) {
        if (!exists)
            inRoom(tr("-- the room was destroyed"));
    });
    connect(room, &Room::topicChanged, this, [inRoom](const QString &topic, const Identifier &setBy) {
        inRoom(setBy.isNull() ? tr("-- topic: %1").arg(topic)
                              : tr("-- topic: %1 (set by %2)").arg(topic, setBy.nick()));
    });
    connect(room, &Room::occupantJoined, this,
            [inRoom](const Identifier &who) { inRoom(tr("--> %1 joined").arg(describePerson(who))); });
    connect(room, &Room::occupantLeft, this, [inRoom](const Identifier &who, const QString &reason) {
        inRoom(reason.isEmpty() ? tr("<-- %1 left").arg(who.nick()) : tr("<-- %1 left (%2)").arg(who.nick(), reason));
    });
    connect(room, &Room::occupantChanged, this, [inRoom](const Identifier &before, const Identifier &after) {
        if (before.nick() != after.nick())
            inRoom(tr("-- %1 is now known as %2").arg(before.nick(), after.nick()));
    });
}

void EventLog::log(const Backend *backend, const QString &line, Kind kind)
{
    Q_EMIT lineLogged(QDateTime::currentDateTime(), backend->name(), line, kind);
}

} // namespace Botdeck
