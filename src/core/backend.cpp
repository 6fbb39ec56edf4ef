#include "backend.h"

#include "room.h"
#include "roomupdater.h"
#include "sendqueue.h"
#include "textsplitter.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace Botdeck {

Backend::Backend(QObject *parent)
    : QObject(parent)
    , m_sendQueue(new SendQueue(this))
{
    m_sendQueue->setPaused(true);
    // Whatever the queue has to refuse is said, never dropped in silence.
    connect(m_sendQueue, &SendQueue::overflowed, this, [this](const QString &description) {
        reportError(
            tr("The send queue is full (%1 waiting); not sent: %2").arg(m_sendQueue->pendingCount()).arg(description));
    });
    qRegisterMetaType<Identifier>();
    qRegisterMetaType<Message>();
    qRegisterMetaType<Presence>();
    // Room is only forward-declared where roomAdded/roomRemoved are, so moc
    // cannot register it; queued connections and QSignalSpy need it.
    qRegisterMetaType<Room *>();
}

Backend::~Backend() = default;

QString Backend::serviceName() const
{
    return name();
}

Backend::State Backend::state() const
{
    return m_state;
}

QString Backend::describe(State state)
{
    switch (state) {
    case State::Disconnected:
        return tr("disconnected");
    case State::Connecting:
        return tr("connecting");
    case State::Authenticating:
        return tr("logging in");
    case State::Connected:
        return tr("connected");
    case State::Reconnecting:
        return tr("reconnecting");
    case State::Failed:
        return tr("failed");
    }
    return {};
}

Identifier Backend::botIdentifier() const
{
    return m_botIdentifier;
}

int Backend::latencyMs() const
{
    return m_latencyMs;
}

void Backend::sendText(const Identifier &to, const QString &text, Message::Type type)
{
    const Message message(to, text, type);
    // A person at the keyboard is told now; the bot's own replies wait for
    // the reconnect instead.
    if (!isConnected()) {
        reportError(tr("Not sent to %1: not connected").arg(to.toString()));
        return;
    }
    const QList<Message> pieces = splitMessage(message);
    for (const Message &piece : pieces) {
        if (!queueMessage(piece))
            return;
    }
}

QList<Message> Backend::splitMessage(const Message &message) const
{
    return withBodies(message, splitUtf8(message.body(), maxMessageSize()));
}

QList<Message> Backend::withBodies(const Message &message, const QStringList &bodies)
{
    QList<Message> pieces;
    pieces.reserve(bodies.size());
    for (const QString &body : bodies) {
        Message piece = message;
        piece.setBody(body);
        pieces.append(std::move(piece));
    }
    return pieces;
}

bool Backend::queueMessage(const Message &piece, SendQueue::Priority priority)
{
    const QPointer<Backend> self = this;
    // The queue reads the description only to say what it refused: not
    // formatted for every reply on the way through.
    const QString description
        = m_sendQueue->isFull() ? tr("to %1: %2").arg(piece.to().toString(), piece.body().left(60)) : QString();
    return m_sendQueue->enqueue(
        priority,
        [self, piece] {
            if (self)
                self->deliver(piece);
        },
        description);
}

void Backend::deliver(const Message &piece)
{
    Room *target = piece.isGroup() ? room(piece.room()) : nullptr;
    if (!target || target->isJoined()) {
        sendMessage(piece);
        return;
    }
    // Right after a reconnect the queue opens while rooms are still being
    // rejoined: a message to a room waits for the room, in order, for a while.
    auto *waiter = new QObject(target);
    connect(target, &Room::joinedChanged, waiter, [this, piece, waiter](bool joined) {
        if (!joined)
            return;
        sendMessage(piece);
        waiter->disconnect();
        waiter->deleteLater();
    });
    QTimer::singleShot(RoomRejoinGrace, waiter, [this, piece, waiter] {
        reportError(tr("Not sent, because the bot is not back in %1: %2").arg(piece.room(), piece.body().left(80)));
        waiter->deleteLater();
    });
}

Message Backend::buildReply(const Message &message, const QString &text, bool privately) const
{
    Identifier to;
    if (message.isDirect())
        to = message.from(); // answer where it came from, even a room's private channel
    else if (!privately)
        to = message.to();
    else
        to = message.from().canContactPrivately() ? message.from().toPerson() : message.from();
    Message reply(to, text);
    reply.setFrom(m_botIdentifier);
    reply.setReplyTo(message.id());
    reply.setThread(message.thread());
    return reply;
}

SendQueue *Backend::sendQueue() const
{
    return m_sendQueue;
}

QString Backend::foldCase(const QString &text) const
{
    return text;
}

QString Backend::foldCaseId() const
{
    return ExactFoldCaseId;
}

int Backend::maxMessageSize() const
{
    return 0;
}

Result<Room *> Backend::joinRoom(const QString &id, const QString &password)
{
    Result<Room *> found = queryRoom(id);
    if (found)
        found.value()->join(password);
    return found;
}

QList<Room *> Backend::rooms() const
{
    return m_rooms;
}

Room *Backend::room(const QString &id) const
{
    return m_roomIndex.value(roomKey(id));
}

void Backend::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_sendQueue->setPaused(state != State::Connected);
    Q_EMIT stateChanged(m_state);
}

void Backend::setBotIdentifier(const Identifier &identifier)
{
    if (identifier == m_botIdentifier)
        return;
    m_botIdentifier = identifier;
    Q_EMIT botIdentifierChanged(m_botIdentifier);
}

void Backend::setQuitMessage(const QString &message)
{
    m_quitMessage = message;
}

QString Backend::quitMessage() const
{
    return m_quitMessage;
}

void Backend::setLatencyMs(int latencyMs)
{
    latencyMs = std::max(latencyMs, -1);
    if (latencyMs == m_latencyMs)
        return;
    m_latencyMs = latencyMs;
    Q_EMIT latencyChanged(m_latencyMs);
}

void Backend::reportError(const QString &error)
{
    Q_EMIT errorOccurred(error);
}

void Backend::changeNick(const QString &)
{
    reportError(tr("%1 cannot change the bot's nick").arg(serviceName()));
}

void Backend::requestWhois(const Identifier &person)
{
    reportError(tr("%1 cannot say who %2 is").arg(serviceName(), person.nick()));
}

bool Backend::canSendRaw() const
{
    return false;
}

void Backend::sendRaw(const QString &)
{
    reportError(tr("%1 takes no raw protocol lines").arg(serviceName()));
}

void Backend::logTraffic(Direction direction, const QString &text)
{
    Q_EMIT trafficLogged(direction, text);
}

void Backend::addRoom(Room *room)
{
    Q_ASSERT(room && !m_roomIndex.contains(roomKey(room->id())));
    room->setParent(this);
    m_rooms.append(room);
    m_roomIndex.insert(roomKey(room->id()), room);
    connect(room, &Room::errorOccurred, this,
            [this, room](const QString &error) { reportError(tr("%1: %2").arg(room->id(), error)); });
    // A room deleted behind our back must not stay in the index.
    connect(room, &QObject::destroyed, this, [this, room, key = roomKey(room->id())] {
        m_rooms.removeOne(room);
        if (m_roomIndex.value(key) == room)
            m_roomIndex.remove(key);
    });
    Q_EMIT roomAdded(room);
}

void Backend::removeRoom(Room *room)
{
    if (!m_rooms.removeOne(room))
        return;
    m_roomIndex.remove(roomKey(room->id()));
    Q_EMIT roomRemoved(room);
    room->deleteLater();
}

RoomUpdater Backend::updater(Room *room)
{
    Q_ASSERT_X(room && room->backend() == this, "Backend::updater", "a backend updates its own rooms only");
    return RoomUpdater(room);
}

QString Backend::roomKey(const QString &id) const
{
    return id;
}

} // namespace Botdeck
