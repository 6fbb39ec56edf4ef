#include "../common/testroom.h"

#include "core/backend.h"
#include "core/room.h"
#include "core/sendqueue.h"

#include <QMetaEnum>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using Botdeck::Backend;
using Botdeck::BackendSettings;
using Botdeck::Identifier;
using Botdeck::Message;
using Botdeck::Presence;
using Botdeck::Result;
using Botdeck::Room;
using Botdeck::SendQueue;

namespace {

// The smallest backend there can be: rooms are any id starting with '#',
// folded to lower case; sent messages are recorded.
class TestBackend : public Backend
{
    Q_OBJECT

public:
    using Backend::Backend;

    QString name() const override { return QStringLiteral("test"); }
    void connectToService(const BackendSettings &) override { setState(State::Connecting); }
    void disconnectFromService() override { setState(State::Disconnected); }
    Result<Identifier> buildIdentifier(const QString &text) const override
    {
        if (text.isEmpty())
            return Result<Identifier>::failure(QStringLiteral("empty"));
        return Identifier::makePerson(text, text);
    }
    void sendMessage(const Message &message) override { sent.append(message); }
    int maxMessageSize() const override { return maxSize; }
    Result<Room *> queryRoom(const QString &id) override
    {
        log.append(QStringLiteral("queryRoom ") + id);
        if (!id.startsWith(u'#'))
            return Result<Room *>::failure(QStringLiteral("not a room: %1").arg(id));
        if (Room *known = room(id))
            return known;
        auto *created = new TestRoom(id, this, &log);
        addRoom(created);
        return static_cast<Room *>(created);
    }
    void setPresence(const Presence &presence) override { presences.append(presence); }

    using Backend::addRoom;
    using Backend::logTraffic;
    using Backend::removeRoom;
    using Backend::reportError;
    using Backend::setBotIdentifier;
    using Backend::setState;

    QStringList log;
    QList<Message> sent;
    int maxSize = 0;
    QList<Presence> presences;

protected:
    QString roomKey(const QString &id) const override { return id.toLower(); }
};

Identifier botId()
{
    return Identifier::makePerson(QStringLiteral("@bot"), QStringLiteral("bot"));
}

Identifier alice()
{
    Identifier id = Identifier::makePerson(QStringLiteral("alice!a@host"), QStringLiteral("alice"));
    id.setClient(QStringLiteral("a@host"));
    return id;
}

Message groupMessage(bool canContactPrivately = true)
{
    Identifier from = alice().inRoom(QStringLiteral("#lobby"));
    from.setCanContactPrivately(canContactPrivately);
    Message m(Identifier::makeRoom(QStringLiteral("#lobby")), QStringLiteral("!help"));
    m.setFrom(from);
    m.setId(QStringLiteral("msg-1"));
    m.setThread(QStringLiteral("thread-9"));
    return m;
}

} // namespace

class TestBackendClass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialState();
    void setStateEmitsOncePerChange();
    void aFullSendQueueSaysWhatItRefused();
    void describeEveryState_data();
    void describeEveryState();
    void botIdentifier();
    void addRoom();
    void roomLookupUsesRoomKey();
    void removeRoom();
    void removeUnknownRoom();
    void roomErrorsAreForwarded();
    void backendErrorsAndTraffic();
    void joinRoomQueriesThenJoins();
    void joinRoomRefused();
    void queryRoomReusesRoom();
    void sendText();
    void sendTextWhileDisconnectedIsRefused();
    void everyPieceCostsAToken();
    void queuedRoomMessageWaitsForTheRejoin();
    void roomsDieWithBackend();
    void buildReplyGroupToRoom();
    void buildReplyGroupPrivately();
    void buildReplyGroupPrivatelyAnonymous();
    void buildReplyDirect_data();
    void buildReplyDirect();
    void buildReplyCarriesContext();
};

void TestBackendClass::initialState()
{
    TestBackend backend;
    QCOMPARE(backend.state(), Backend::State::Disconnected);
    QVERIFY(!backend.isConnected());
    QVERIFY(backend.botIdentifier().isNull());
    QVERIFY(backend.rooms().isEmpty());
    QCOMPARE(backend.room(QStringLiteral("#lobby")), nullptr);
    QCOMPARE(backend.serviceName(), QStringLiteral("test"));
    QCOMPARE(backend.maxMessageSize(), 0);
}

void TestBackendClass::setStateEmitsOncePerChange()
{
    TestBackend backend;
    QSignalSpy spy(&backend, &Backend::stateChanged);

    backend.setState(Backend::State::Connecting);
    backend.setState(Backend::State::Connecting);
    backend.setState(Backend::State::Authenticating);
    backend.setState(Backend::State::Connected);
    backend.setState(Backend::State::Connected);
    QVERIFY(backend.isConnected());
    QCOMPARE(backend.property("state").value<Backend::State>(), Backend::State::Connected);
    backend.setState(Backend::State::Reconnecting);
    QVERIFY(!backend.isConnected());
    backend.setState(Backend::State::Disconnected);
    backend.setState(Backend::State::Disconnected);

    const QList<Backend::State> expected
        = {Backend::State::Connecting, Backend::State::Authenticating, Backend::State::Connected,
           Backend::State::Reconnecting, Backend::State::Disconnected};
    QCOMPARE(spy.count(), expected.size());
    for (int i = 0; i < spy.count(); ++i)
        QCOMPARE(spy.at(i).at(0).value<Backend::State>(), expected.at(i));
    QCOMPARE(backend.state(), Backend::State::Disconnected);
}

void TestBackendClass::describeEveryState_data()
{
    QTest::addColumn<Backend::State>("state");
    const QMetaEnum states = QMetaEnum::fromType<Backend::State>();
    QCOMPARE(states.keyCount(), 6);
    for (int i = 0; i < states.keyCount(); ++i)
        QTest::newRow(states.key(i)) << static_cast<Backend::State>(states.value(i));
}

void TestBackendClass::describeEveryState()
{
    QFETCH(Backend::State, state);
    const QString text = Backend::describe(state);
    QVERIFY(!text.isEmpty());

    // No two states read the same.
    const QMetaEnum states = QMetaEnum::fromType<Backend::State>();
    for (int i = 0; i < states.keyCount(); ++i) {
        const auto other = static_cast<Backend::State>(states.value(i));
        if (other != state)
            QVERIFY2(Backend::describe(other) != text, states.key(i));
    }
}

void TestBackendClass::botIdentifier()
{
    TestBackend backend;
    QSignalSpy spy(&backend, &Backend::botIdentifierChanged);
    backend.setBotIdentifier(botId());
    QCOMPARE(backend.botIdentifier(), botId());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Identifier>(), botId());
    backend.setBotIdentifier(botId());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(backend.property("botIdentifier").value<Identifier>(), botId());
}

void TestBackendClass::addRoom()
{
    TestBackend backend;
    // Room is only forward-declared in backend.h, so the backend has to
    // register Room * for QSignalSpy (and string-based queued connections).
    QSignalSpy added(&backend, &Backend::roomAdded);
    QVERIFY(added.isValid());

    auto *lobby = new TestRoom(QStringLiteral("#lobby"), nullptr, nullptr);
    backend.addRoom(lobby);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).value<Room *>(), lobby);
    // The backend owns it now.
    QCOMPARE(lobby->parent(), &backend);
    QCOMPARE(backend.room(QStringLiteral("#lobby")), lobby);
    QCOMPARE(backend.rooms(), QList<Room *>{lobby});

    auto *other = new TestRoom(QStringLiteral("#other"), &backend, nullptr);
    QCOMPARE(other->backend(), &backend);
    backend.addRoom(other);
    QCOMPARE(added.count(), 2);
    QCOMPARE(backend.rooms(), (QList<Room *>{lobby, other}));
    QCOMPARE(backend.room(QStringLiteral("#other")), other);
    QCOMPARE(backend.room(QStringLiteral("#none")), nullptr);
}

void TestBackendClass::roomLookupUsesRoomKey()
{
    TestBackend backend;
    auto *lobby = new TestRoom(QStringLiteral("#Lobby"), &backend, nullptr);
    backend.addRoom(lobby);
    QCOMPARE(backend.room(QStringLiteral("#lobby")), lobby);
    QCOMPARE(backend.room(QStringLiteral("#LOBBY")), lobby);
    QCOMPARE(backend.room(QStringLiteral("#Lobby")), lobby);
}

void TestBackendClass::removeRoom()
{
    TestBackend backend;
    auto *lobby = new TestRoom(QStringLiteral("#lobby"), &backend, nullptr);
    auto *other = new TestRoom(QStringLiteral("#other"), &backend, nullptr);
    backend.addRoom(lobby);
    backend.addRoom(other);
    QPointer<Room> watched(lobby);

    QSignalSpy removed(&backend, &Backend::roomRemoved);
    bool aliveDuringSignal = false;
    connect(&backend, &Backend::roomRemoved, this,
            [&](Room *room) { aliveDuringSignal = room->id() == QStringLiteral("#lobby"); });
    backend.removeRoom(lobby);

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).value<Room *>(), lobby);
    QVERIFY(aliveDuringSignal);
    QCOMPARE(backend.room(QStringLiteral("#lobby")), nullptr);
    QCOMPARE(backend.rooms(), QList<Room *>{other});
    // Still there until control returns to the event loop.
    QVERIFY(!watched.isNull());
    QTRY_VERIFY_WITH_TIMEOUT(watched.isNull(), 5000);
    QCOMPARE(backend.room(QStringLiteral("#other")), other);

    // The id is free again.
    auto *again = new TestRoom(QStringLiteral("#lobby"), &backend, nullptr);
    backend.addRoom(again);
    QCOMPARE(backend.room(QStringLiteral("#lobby")), again);
}

void TestBackendClass::removeUnknownRoom()
{
    TestBackend backend;
    auto *stray = new TestRoom(QStringLiteral("#stray"), &backend, nullptr);
    QPointer<Room> watched(stray);
    QSignalSpy removed(&backend, &Backend::roomRemoved);
    backend.removeRoom(stray);
    QCOMPARE(removed.count(), 0);
    // A room the backend does not list is not deleted behind its owner's back.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QVERIFY(!watched.isNull());
}

void TestBackendClass::roomErrorsAreForwarded()
{
    TestBackend backend;
    auto *lobby = new TestRoom(QStringLiteral("#lobby"), &backend, nullptr);
    backend.addRoom(lobby);

    QSignalSpy roomErrors(lobby, &Room::errorOccurred);
    QSignalSpy backendErrors(&backend, &Backend::errorOccurred);
    lobby->update().reportError(QStringLiteral("Cannot join channel (+k)"));

    QCOMPARE(roomErrors.count(), 1);
    QCOMPARE(backendErrors.count(), 1);
    const QString text = backendErrors.at(0).at(0).toString();
    QVERIFY2(text.contains(QStringLiteral("#lobby")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Cannot join channel (+k)")), qPrintable(text));
}

void TestBackendClass::backendErrorsAndTraffic()
{
    TestBackend backend;
    QSignalSpy errors(&backend, &Backend::errorOccurred);
    QSignalSpy traffic(&backend, &Backend::trafficLogged);

    backend.reportError(QStringLiteral("Connection refused"));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("Connection refused"));

    backend.logTraffic(Backend::Direction::Outgoing, QStringLiteral("NICK bot"));
    backend.logTraffic(Backend::Direction::Incoming, QStringLiteral("PING :x"));
    QCOMPARE(traffic.count(), 2);
    QCOMPARE(traffic.at(0).at(0).value<Backend::Direction>(), Backend::Direction::Outgoing);
    QCOMPARE(traffic.at(0).at(1).toString(), QStringLiteral("NICK bot"));
    QCOMPARE(traffic.at(1).at(0).value<Backend::Direction>(), Backend::Direction::Incoming);
    QCOMPARE(traffic.at(1).at(1).toString(), QStringLiteral("PING :x"));
}

void TestBackendClass::joinRoomQueriesThenJoins()
{
    TestBackend backend;
    QSignalSpy added(&backend, &Backend::roomAdded);
    const Result<Room *> joined = backend.joinRoom(QStringLiteral("#lobby"), QStringLiteral("key"));
    QVERIFY(joined.isOk());
    QVERIFY(joined.value());
    QCOMPARE(joined.value()->id(), QStringLiteral("#lobby"));
    QCOMPARE(backend.room(QStringLiteral("#lobby")), joined.value());
    QCOMPARE(added.count(), 1);
    QCOMPARE(backend.log, QStringList({QStringLiteral("queryRoom #lobby"), QStringLiteral("#lobby join:key")}));

    // Without a password.
    backend.log.clear();
    QVERIFY(backend.joinRoom(QStringLiteral("#lobby")).isOk());
    QCOMPARE(backend.log, QStringList({QStringLiteral("queryRoom #lobby"), QStringLiteral("#lobby join:")}));
    QCOMPARE(added.count(), 1);
}

void TestBackendClass::joinRoomRefused()
{
    TestBackend backend;
    const Result<Room *> joined = backend.joinRoom(QStringLiteral("lobby"));
    QVERIFY(!joined.isOk());
    QCOMPARE(joined.error(), QStringLiteral("not a room: lobby"));
    // No join request for a room that could not be had.
    QCOMPARE(backend.log, QStringList{QStringLiteral("queryRoom lobby")});
    QVERIFY(backend.rooms().isEmpty());
}

void TestBackendClass::queryRoomReusesRoom()
{
    TestBackend backend;
    const Result<Room *> first = backend.queryRoom(QStringLiteral("#lobby"));
    const Result<Room *> second = backend.queryRoom(QStringLiteral("#LOBBY"));
    QVERIFY(first.isOk());
    QVERIFY(second.isOk());
    QCOMPARE(first.value(), second.value());
    QCOMPARE(backend.rooms().size(), 1);
}

void TestBackendClass::sendText()
{
    TestBackend backend;
    backend.setState(Backend::State::Connected);
    const Identifier lobby = Identifier::makeRoom(QStringLiteral("#lobby"));
    backend.sendText(lobby, QStringLiteral("hello"));
    backend.sendText(alice(), QStringLiteral("waves"), Message::Type::Action);
    QCOMPARE(backend.sent.size(), 2);
    QCOMPARE(backend.sent.at(0).to(), lobby);
    QCOMPARE(backend.sent.at(0).body(), QStringLiteral("hello"));
    QCOMPARE(backend.sent.at(0).type(), Message::Type::Chat);
    QVERIFY(backend.sent.at(0).isGroup());
    QCOMPARE(backend.sent.at(1).to(), alice());
    QCOMPARE(backend.sent.at(1).type(), Message::Type::Action);
}

void TestBackendClass::sendTextWhileDisconnectedIsRefused()
{
    TestBackend backend;
    QSignalSpy errors(&backend, &Backend::errorOccurred);
    backend.sendText(alice(), QStringLiteral("hello"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), QStringLiteral("Not sent to alice!a@host: not connected"));
    // Refused, not kept for later: a person at the keyboard was told.
    backend.setState(Backend::State::Connected);
    QCOMPARE(backend.sendQueue()->pendingCount(), 0);
    QVERIFY(backend.sent.isEmpty());
}

void TestBackendClass::everyPieceCostsAToken()
{
    TestBackend backend;
    backend.maxSize = 10;
    backend.sendQueue()->setRate(1);
    backend.sendQueue()->setBurst(2);
    backend.setState(Backend::State::Connected);
    const QString text = QStringLiteral("one two three four five six seven eight");
    const QList<Message> pieces = backend.splitMessage(Message(alice(), text));
    QStringList bodies;
    for (const Message &piece : pieces) {
        QVERIFY(piece.body().toUtf8().size() <= 10);
        QCOMPARE(piece.to(), alice());
        bodies.append(piece.body());
    }
    QCOMPARE(bodies.join(u' '), text);
    backend.sendText(alice(), text);
    // The burst goes at once; the rest waits for tokens, one per piece.
    QCOMPARE(backend.sent.size(), 2);
    QCOMPARE(backend.sendQueue()->pendingCount(), pieces.size() - 2);
    QTRY_COMPARE_WITH_TIMEOUT(backend.sent.size(), 3, 3000);
    QCOMPARE(backend.sent.at(2).body(), pieces.at(2).body());
}

void TestBackendClass::queuedRoomMessageWaitsForTheRejoin()
{
    TestBackend backend;
    backend.setState(Backend::State::Connected);
    Room *lobby = backend.queryRoom(QStringLiteral("#lobby")).value();
    QVERIFY(backend.queueMessage(Message(Identifier::makeRoom(QStringLiteral("#lobby")), QStringLiteral("back"))));
    QVERIFY(backend.sent.isEmpty());
    static_cast<TestRoom *>(lobby)->update().applyJoined(true);
    QCOMPARE(backend.sent.size(), 1);
    QCOMPARE(backend.sent.first().body(), QStringLiteral("back"));
}

void TestBackendClass::roomsDieWithBackend()
{
    QPointer<Room> watched;
    {
        TestBackend backend;
        watched = backend.queryRoom(QStringLiteral("#lobby")).value();
        QVERIFY(!watched.isNull());
    }
    QVERIFY(watched.isNull());
}

void TestBackendClass::buildReplyGroupToRoom()
{
    TestBackend backend;
    backend.setBotIdentifier(botId());
    const Message reply = backend.buildReply(groupMessage(), QStringLiteral("Here is help"));
    QCOMPARE(reply.to(), Identifier::makeRoom(QStringLiteral("#lobby")));
    QVERIFY(reply.isGroup());
    QCOMPARE(reply.room(), QStringLiteral("#lobby"));
    QCOMPARE(reply.body(), QStringLiteral("Here is help"));
}

void TestBackendClass::buildReplyGroupPrivately()
{
    TestBackend backend;
    backend.setBotIdentifier(botId());
    const Message reply = backend.buildReply(groupMessage(true), QStringLiteral("psst"), true);
    QCOMPARE(reply.to().kind(), Identifier::Kind::Person);
    QCOMPARE(reply.to(), alice());
    QVERIFY(reply.isDirect());
    QVERIFY(reply.room().isEmpty());
}

void TestBackendClass::buildReplyGroupPrivatelyAnonymous()
{
    // In an anonymous room the person can only be reached through the room.
    TestBackend backend;
    backend.setBotIdentifier(botId());
    const Message reply = backend.buildReply(groupMessage(false), QStringLiteral("psst"), true);
    QCOMPARE(reply.to().kind(), Identifier::Kind::Occupant);
    QCOMPARE(reply.to(), alice().inRoom(QStringLiteral("#lobby")));
    QVERIFY(reply.isDirect());
}

void TestBackendClass::buildReplyDirect_data()
{
    QTest::addColumn<Identifier>("from");
    QTest::addColumn<bool>("privately");

    QTest::newRow("person") << alice() << false;
    QTest::newRow("person, privately") << alice() << true;
    // A private message through a room (XMPP MUC private chat) is answered
    // the same way, even when the person could be reached directly.
    QTest::newRow("occupant") << alice().inRoom(QStringLiteral("room@conf")) << false;
    QTest::newRow("occupant, privately") << alice().inRoom(QStringLiteral("room@conf")) << true;
}

void TestBackendClass::buildReplyDirect()
{
    QFETCH(Identifier, from);
    QFETCH(bool, privately);

    TestBackend backend;
    backend.setBotIdentifier(botId());
    Message incoming(botId(), QStringLiteral("help"));
    incoming.setFrom(from);
    const Message reply = backend.buildReply(incoming, QStringLiteral("sure"), privately);
    QCOMPARE(reply.to(), from);
    QCOMPARE(reply.to().kind(), from.kind());
    QVERIFY(reply.isDirect());
    QCOMPARE(reply.from(), botId());
}

void TestBackendClass::buildReplyCarriesContext()
{
    TestBackend backend;
    backend.setBotIdentifier(botId());
    Message original = groupMessage();
    original.setType(Message::Type::Action);
    original.setExtra(QStringLiteral("msgid"), QStringLiteral("x"));

    const Message reply = backend.buildReply(original, QStringLiteral("ok"));
    QCOMPARE(reply.replyTo(), QStringLiteral("msg-1"));
    QCOMPARE(reply.thread(), QStringLiteral("thread-9"));
    QCOMPARE(reply.from(), botId());
    QCOMPARE(reply.body(), QStringLiteral("ok"));
    // A reply is plain chat with no id of its own yet.
    QCOMPARE(reply.type(), Message::Type::Chat);
    QVERIFY(reply.id().isEmpty());
    QVERIFY(reply.extras().isEmpty());

    // Without a bot identifier yet, from is null rather than made up.
    TestBackend fresh;
    QVERIFY(fresh.buildReply(original, QStringLiteral("ok")).from().isNull());

    // Nothing to answer to: no replyTo.
    Message noId = groupMessage();
    noId.setId(QString());
    noId.setThread(QString());
    const Message plain = backend.buildReply(noId, QStringLiteral("ok"));
    QVERIFY(plain.replyTo().isEmpty());
    QVERIFY(plain.thread().isEmpty());
}

void TestBackendClass::aFullSendQueueSaysWhatItRefused()
{
    TestBackend backend;
    QSignalSpy errors(&backend, &Backend::errorOccurred);
    backend.sendQueue()->setCapacity(1);
    // Disconnected: the queue holds what it gets, up to its capacity.
    QVERIFY(backend.sendQueue()->enqueue(
        SendQueue::Priority::Background, [] {}, QStringLiteral("WHO #first")));
    QVERIFY(!backend.sendQueue()->enqueue(
        SendQueue::Priority::Background, [] {}, QStringLiteral("WHO #second")));
    QCOMPARE(errors.size(), 1);
    const QString error = errors.constFirst().constFirst().toString();
    QVERIFY2(error.contains(QStringLiteral("send queue is full")) && error.contains(QStringLiteral("WHO #second")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBackendClass)
#include "tst_backend.moc"
