#include "../common/testroom.h"

#include "core/backend.h"
#include "core/eventlog.h"
#include "core/room.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using Botdeck::Backend;
using Botdeck::BackendSettings;
using Botdeck::EventLog;
using Botdeck::Identifier;
using Botdeck::Message;
using Botdeck::Presence;
using Botdeck::Result;
using Botdeck::Room;

namespace {

class TestBackend : public Backend
{
    Q_OBJECT

public:
    using Backend::Backend;

    QString name() const override { return QStringLiteral("test"); }
    void connectToService(const BackendSettings &) override { }
    void disconnectFromService() override { }
    Result<Identifier> buildIdentifier(const QString &) const override
    {
        return Result<Identifier>::failure(QStringLiteral("no"));
    }
    // Like a real backend, reports what it sent as coming from the bot.
    void sendMessage(const Message &message) override
    {
        Message sent = message;
        if (sent.from().isNull())
            sent.setFrom(botIdentifier());
        Q_EMIT messageSent(sent);
    }
    Result<Room *> queryRoom(const QString &id) override
    {
        if (Room *known = room(id))
            return known;
        auto *created = new TestRoom(id, this);
        addRoom(created);
        return static_cast<Room *>(created);
    }
    void setPresence(const Presence &) override { }

    TestRoom *testRoom(const QString &id) { return static_cast<TestRoom *>(queryRoom(id).value()); }
    void receive(const Message &message) { Q_EMIT messageReceived(message); }

    using Backend::removeRoom;
    using Backend::reportError;
    using Backend::setBotIdentifier;
    using Backend::setState;
};

const QString lobbyId = QStringLiteral("#lobby");

Identifier person(const QString &nick)
{
    return Identifier::makePerson(QLatin1Char('@') + nick, nick);
}

Identifier occupant(const QString &nick)
{
    return person(nick).inRoom(lobbyId);
}

Message groupMessage(const QString &nick, const QString &body, Message::Type type = Message::Type::Chat)
{
    Message m(Identifier::makeRoom(lobbyId), body, type);
    m.setFrom(occupant(nick));
    return m;
}

Message directMessage(const QString &from, const QString &to, const QString &body,
                      Message::Type type = Message::Type::Chat)
{
    Message m(person(to), body, type);
    m.setFrom(person(from));
    return m;
}

// The lines logged so far, and a check that they all came from the test
// backend.
QStringList lines(const QSignalSpy &spy)
{
    QStringList result;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(1).toString() != QStringLiteral("test"))
            result.append(QStringLiteral("WRONG SOURCE: ") + arguments.at(1).toString());
        result.append(arguments.at(2).toString());
    }
    return result;
}

} // namespace

class TestEventLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void formatMessage_data();
    void formatMessage();
    void lineCarriesTimeAndSource();
    void messages();
    void stateChanges();
    void errors();
    void roomErrorLoggedOnce();
    void joinedWithOccupantsAndTopic();
    void joinedWithoutTopic();
    void left();
    void createdAndDestroyed();
    void occupantJoinedAndLeft();
    void nickChange();
    void topicSetBySomeone();
    void bulkResetIsQuiet();
    void roomsBeforeAttach();
    void removedRoomIsForgotten();

private:
    TestBackend *m_backend = nullptr;
    EventLog *m_log = nullptr;
    QSignalSpy *m_spy = nullptr;
};

void TestEventLog::init()
{
    m_backend = new TestBackend;
    m_log = new EventLog;
    m_log->attach(m_backend);
    m_spy = new QSignalSpy(m_log, &EventLog::lineLogged);
}

void TestEventLog::cleanup()
{
    delete m_spy;
    m_spy = nullptr;
    delete m_log;
    m_log = nullptr;
    delete m_backend;
    m_backend = nullptr;
}

void TestEventLog::formatMessage_data()
{
    QTest::addColumn<Message>("message");
    QTest::addColumn<QString>("line");

    using T = Message::Type;
    QTest::newRow("group chat") << groupMessage(QStringLiteral("alice"), QStringLiteral("hello"))
                                << QStringLiteral("#lobby <alice> hello");
    QTest::newRow("group action") << groupMessage(QStringLiteral("alice"), QStringLiteral("waves"), T::Action)
                                  << QStringLiteral("#lobby * alice waves");
    QTest::newRow("group notice") << groupMessage(QStringLiteral("alice"), QStringLiteral("note"), T::Notice)
                                  << QStringLiteral("#lobby -alice- note");
    QTest::newRow("direct chat") << directMessage(QStringLiteral("alice"), QStringLiteral("bot"), QStringLiteral("hi"))
                                 << QStringLiteral("(direct to bot) <alice> hi");
    QTest::newRow("direct action") << directMessage(QStringLiteral("alice"), QStringLiteral("bot"),
                                                    QStringLiteral("waves"), T::Action)
                                   << QStringLiteral("(direct to bot) * alice waves");
    QTest::newRow("direct notice") << directMessage(QStringLiteral("bot"), QStringLiteral("alice"),
                                                    QStringLiteral("note"), T::Notice)
                                   << QStringLiteral("(direct to alice) -bot- note");
    QTest::newRow("empty body") << groupMessage(QStringLiteral("alice"), QString())
                                << QStringLiteral("#lobby <alice> ");
    QTest::newRow("body with placeholders") << groupMessage(QStringLiteral("alice"), QStringLiteral("100% %1 %2"))
                                            << QStringLiteral("#lobby <alice> 100% %1 %2");
}

void TestEventLog::formatMessage()
{
    QFETCH(Message, message);
    QFETCH(QString, line);
    QCOMPARE(EventLog::formatMessage(message), line);
}

void TestEventLog::lineCarriesTimeAndSource()
{
    const QDateTime before = QDateTime::currentDateTime();
    m_backend->reportError(QStringLiteral("x"));
    const QDateTime after = QDateTime::currentDateTime();
    QCOMPARE(m_spy->count(), 1);
    const QDateTime when = m_spy->at(0).at(0).toDateTime();
    QVERIFY(when.isValid());
    QVERIFY(when >= before);
    QVERIFY(when <= after);
    QCOMPARE(m_spy->at(0).at(1).toString(), QStringLiteral("test"));
}

void TestEventLog::messages()
{
    m_backend->receive(groupMessage(QStringLiteral("alice"), QStringLiteral("hello")));
    m_backend->receive(groupMessage(QStringLiteral("alice"), QStringLiteral("waves"), Message::Type::Action));
    m_backend->receive(directMessage(QStringLiteral("bob"), QStringLiteral("bot"), QStringLiteral("psst")));
    m_backend->setBotIdentifier(person(QStringLiteral("bot")));
    m_backend->sendMessage(Message(Identifier::makeRoom(lobbyId), QStringLiteral("hi all")));
    m_backend->sendMessage(
        directMessage(QStringLiteral("bot"), QStringLiteral("bob"), QStringLiteral("ok"), Message::Type::Notice));

    QCOMPARE(lines(*m_spy),
             QStringList({QStringLiteral("#lobby <alice> hello"), QStringLiteral("#lobby * alice waves"),
                          QStringLiteral("(direct to bot) <bob> psst"), QStringLiteral("#lobby <bot> hi all"),
                          QStringLiteral("(direct to bob) -bot- ok")}));
}

void TestEventLog::stateChanges()
{
    m_backend->setState(Backend::State::Connecting);
    m_backend->setState(Backend::State::Authenticating);
    m_backend->setState(Backend::State::Connected);
    m_backend->setState(Backend::State::Connected);
    m_backend->setState(Backend::State::Failed);
    QCOMPARE(lines(*m_spy),
             QStringList({QStringLiteral("state: connecting"), QStringLiteral("state: logging in"),
                          QStringLiteral("state: connected"), QStringLiteral("state: failed")}));
}

void TestEventLog::errors()
{
    m_backend->reportError(QStringLiteral("Connection refused"));
    QCOMPARE(lines(*m_spy), QStringList{QStringLiteral("error: Connection refused")});
}

void TestEventLog::roomErrorLoggedOnce()
{
    TestRoom *lobby = m_backend->testRoom(lobbyId);
    lobby->update().reportError(QStringLiteral("Cannot join channel (+k)"));
    QCOMPARE(lines(*m_spy), QStringList{QStringLiteral("error: #lobby: Cannot join channel (+k)")});
}

void TestEventLog::joinedWithOccupantsAndTopic()
{
    TestRoom *lobby = m_backend->testRoom(lobbyId);
    lobby->update().applyExists(true);
    m_spy->clear();

    // The order IRC uses: names first, then the end of the join.
    lobby->update().applyOccupants(
        {occupant(QStringLiteral("alice")), occupant(QStringLiteral("bob")), occupant(QStringLiteral("bot"))});
    QVERIFY(m_spy->isEmpty());
    // Topic known before the join completes (learnt from a query).
    lobby->update().applyTopic(QStringLiteral("Welcome"));
    m_spy->clear();

    lobby->update().applyJoined(true);
    QCOMPARE(
        lines(*m_spy),
        QStringList({QStringLiteral("#lobby -- joined, 3 occupant(s)"), QStringLiteral("#lobby -- topic: Welcome")}));
}

void TestEventLog::joinedWithoutTopic()
{
    TestRoom *lobby = m_backend->testRoom(lobbyId);
    lobby->update().applyExists(true);
    lobby->update().applyOccupantJoined(occupant(QStringLiteral("bot")));
    m_spy->clear();

    lobby->update().applyJoined(true);
    QCOMPARE(lines(*m_spy), QStringList{QStringLiteral("#lobby -- joined, 1 occupant(s)")});
}

void TestEventLog::left()
{
    TestRoom *lobby = m_backend->testRoom(lobbyId);
    lobby->update().applyJoined(true);
    lobby->update().applyOccupantJoined(occupant(QStringLiteral("alice")));
    m_spy->clear();

    lobby->update().applyJoined(false);
    // One line, not one departure per occupant.
    QCOMPARE(lines(*m_spy), QStringList{QStringLiteral("#lobby -- left")});
}

void TestEventLog::createdAndDestroyed()
{
    TestRoom *lobby = m_backend->testRoom(lobbyId);
    // Learning that a room exists (a join, a look-up) is not its creation.
    lobby->update().applyExists(true);
    QCOMPARE(lines(*m_spy), QStringList());
    lobby->update().applyExists(false);
    m_spy->clear();
    lobby->update().announceCreated();
    lobby->update().applyExists(true);
    lobby->update().applyExists(false);
    QCOMPARE(lines(*m_spy),
             QStringList({QStringLiteral("#lobby -- the room was created"),
                          QStringLiteral("#lobby -- the room was destroyed")}));
}

void TestEventLog::occupantJoinedAndLeft()
{
    TestRoom *lobby = m_backend->testRoom(lobbyId);
    lobby->update().applyOccupantJoined(occupant(QStringLiteral("alice")));
    Identifier bob = occupant(QStringLiteral("bob"));
    bob.setDisplayName(QStringLiteral("Bob Smith"));
    lobby->update().applyOccupantJoined(bob);
    Identifier carol = occupant(QStringLiteral("carol"));
    carol.setDisplayName(QStringLiteral("carol"));
    lobby->update().applyOccupantJoined(carol);

    lobby->update().applyOccupantLeft(QStringLiteral("alice"), QStringLiteral("Quit: bye"));
    lobby->update().applyOccupantLeft(QStringLiteral("bob"));
    lobby->update().applyOccupantLeft(QStringLiteral("nobody"), QStringLiteral("ignored"));

    QCOMPARE(
        lines(*m_spy),
        QStringList({QStringLiteral("#lobby --> alice joined"), QStringLiteral("#lobby --> bob (Bob Smith) joined"),
                     QStringLiteral("#lobby --> carol joined"), QStringLiteral("#lobby <-- alice left (Quit: bye)"),
                     QStringLiteral("#lobby <-- bob left")}));
}

void TestEventLog::nickChange()
{
    TestRoom *lobby = m_backend->testRoom(lobbyId);
    lobby->update().applyOccupantJoined(occupant(QStringLiteral("alice")));
    m_spy->clear();

    lobby->update().applyOccupantChanged(QStringLiteral("alice"), occupant(QStringLiteral("alicia")));
    // A change that keeps the nick (away, rank) is not a line of its own.
    Identifier away = occupant(QStringLiteral("alicia"));
    away.setExtra(Botdeck::Extras::Away, true);
    lobby->update().applyOccupantChanged(QStringLiteral("alicia"), away);

    QCOMPARE(lines(*m_spy), QStringList{QStringLiteral("#lobby -- alice is now known as alicia")});
}

void TestEventLog::topicSetBySomeone()
{
    TestRoom *lobby = m_backend->testRoom(lobbyId);
    lobby->update().applyTopic(QStringLiteral("Release on Friday"), occupant(QStringLiteral("alice")));
    lobby->update().applyTopic(QStringLiteral("Release on Friday"), occupant(QStringLiteral("alice")));
    lobby->update().applyTopic(QStringLiteral("No release"));
    QCOMPARE(lines(*m_spy),
             QStringList({QStringLiteral("#lobby -- topic: Release on Friday (set by alice)"),
                          QStringLiteral("#lobby -- topic: No release")}));
}

void TestEventLog::bulkResetIsQuiet()
{
    TestRoom *lobby = m_backend->testRoom(lobbyId);
    QList<Identifier> many;
    for (int i = 0; i < 100; ++i)
        many.append(occupant(QStringLiteral("user%1").arg(i)));
    lobby->update().applyOccupants(many);
    QVERIFY(m_spy->isEmpty());
}

void TestEventLog::roomsBeforeAttach()
{
    TestBackend backend;
    TestRoom *early = backend.testRoom(QStringLiteral("#early"));
    EventLog log;
    QSignalSpy spy(&log, &EventLog::lineLogged);
    log.attach(&backend);
    TestRoom *late = backend.testRoom(QStringLiteral("#late"));

    early->update().applyOccupantJoined(person(QStringLiteral("alice")).inRoom(QStringLiteral("#early")));
    late->update().applyOccupantJoined(person(QStringLiteral("bob")).inRoom(QStringLiteral("#late")));
    QCOMPARE(lines(spy),
             QStringList({QStringLiteral("#early --> alice joined"), QStringLiteral("#late --> bob joined")}));
}

void TestEventLog::removedRoomIsForgotten()
{
    QPointer<TestRoom> lobby = m_backend->testRoom(lobbyId);
    m_backend->removeRoom(lobby);
    QTRY_VERIFY_WITH_TIMEOUT(lobby.isNull(), 5000);
    // A new room with the same id is followed once, not twice.
    TestRoom *again = m_backend->testRoom(lobbyId);
    again->update().applyOccupantJoined(occupant(QStringLiteral("alice")));
    QCOMPARE(lines(*m_spy), QStringList{QStringLiteral("#lobby --> alice joined")});
}

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
