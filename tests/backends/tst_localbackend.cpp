// LocalBackend: the simulated service as a Backend, observed through the
// signals every backend offers, and driven through SimulationControl.

#include "localtesthelpers.h"

#include "backends/local/localservice.h"
#include "backends/local/localsimulation.h"
#include "core/simulationcontrol.h"

#include <QSignalSpy>
#include <QTest>

using namespace Botdeck;
using namespace Botdeck::Local;
using LocalTest::s;

namespace {

QList<Backend::State> statesOf(const QSignalSpy &spy)
{
    QList<Backend::State> states;
    for (const QList<QVariant> &args : spy)
        states.append(args.at(0).value<Backend::State>());
    return states;
}

QStringList textsOf(const QSignalSpy &spy, int column = 0)
{
    QStringList texts;
    for (const QList<QVariant> &args : spy)
        texts.append(args.at(column).toString());
    return texts;
}

QStringList nicksOf(const Room *room)
{
    QStringList nicks;
    const QList<Identifier> occupants = room->occupants();
    for (const Identifier &occupant : occupants)
        nicks.append(occupant.nick());
    nicks.sort();
    return nicks;
}

Message messageAt(const QSignalSpy &spy, int index)
{
    return spy.at(index).at(0).value<Message>();
}

} // namespace

class TestLocalBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void descriptor()
    {
        const BackendDescriptor *local = LocalTest::registry().find(s("local"));
        QVERIFY(local);
        QStringList keys;
        for (const LoginField &field : local->fields)
            keys.append(field.key);
        QCOMPARE(keys, (QStringList{s("nick"), s("rooms"), s("seed"), s("event-rate"), s("crowd")}));
        auto backend = LocalTest::create();
        QVERIFY(backend);
        QCOMPARE(backend->name(), s("local"));
        QCOMPARE(backend->state(), Backend::State::Disconnected);
        QVERIFY(backend->botIdentifier().isNull());
        QVERIFY(!backend->service());
        QVERIFY(!backend->simulation());
        QVERIFY(qobject_cast<SimulationControl *>(backend.get()));
    }

    void connectGoesThroughTheStates()
    {
        auto backend = LocalTest::create();
        QVERIFY(backend);
        QSignalSpy states(backend.get(), &Backend::stateChanged);
        QSignalSpy botId(backend.get(), &Backend::botIdentifierChanged);
        QSignalSpy traffic(backend.get(), &Backend::trafficLogged);
        backend->connectToService(LocalTest::settings());
        // Nothing completes inside the call.
        QCOMPARE(backend->state(), Backend::State::Connecting);
        QCOMPARE(statesOf(states), QList<Backend::State>{Backend::State::Connecting});
        QVERIFY(!backend->service());

        QTRY_COMPARE(backend->state(), Backend::State::Connected);
        QCOMPARE(statesOf(states),
                 (QList<Backend::State>{Backend::State::Connecting, Backend::State::Authenticating,
                                        Backend::State::Connected}));
        QVERIFY(backend->isConnected());
        QVERIFY(backend->service());
        QVERIFY(backend->simulation());

        const Identifier bot = backend->botIdentifier();
        QCOMPARE(bot.kind(), Identifier::Kind::Person);
        QCOMPARE(bot.person(), s("@botdeck"));
        QCOMPARE(bot.nick(), s("botdeck"));
        QCOMPARE(bot.aclAttr(), s("@botdeck"));
        QCOMPARE(bot.client(), s("botdeck"));
        QVERIFY(!bot.displayName().isEmpty());
        QVERIFY(bot.room().isEmpty());
        QCOMPARE(botId.count(), 1);
        QCOMPARE(botId.at(0).at(0).value<Identifier>(), bot);

        // The bot is a user of the service, but not one of the simulated people.
        QVERIFY(backend->service()->user(s("botdeck")));
        auto *simulation = qobject_cast<SimulationControl *>(backend.get());
        const QList<Identifier> people = simulation->simulatedPeople();
        QCOMPARE(people.size(), 8);
        QVERIFY(!people.contains(bot));
        QStringList persons;
        for (const Identifier &person : people) {
            QVERIFY(person.isPerson());
            QVERIFY(!person.displayName().isEmpty());
            persons.append(person.person());
        }
        QCOMPARE(persons,
                 (QStringList{s("@alice"), s("@bob"), s("@carol"), s("@dave"), s("@erin"), s("@frank"), s("@grace"),
                              s("@heidi")}));

        const QStringList lines = textsOf(traffic, 1);
        QVERIFY2(lines.contains(s("CONNECT local")), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.contains(s("LOGIN botdeck")), qPrintable(lines.join(u'\n')));
        QVERIFY2(!lines.filter(s("WELCOME botdeck")).isEmpty(), qPrintable(lines.join(u'\n')));
    }

    void autojoinRooms()
    {
        auto backend = LocalTest::create();
        QVERIFY(backend);
        QSignalSpy added(backend.get(), &Backend::roomAdded);
        // What each room looked like the moment it said it was joined.
        QMap<QString, int> countAtJoin;
        QMap<QString, QString> topicAtJoin;
        connect(backend.get(), &Backend::roomAdded, this, [&](Room *room) {
            connect(room, &Room::joinedChanged, this, [&, room](bool joined) {
                if (joined) {
                    countAtJoin.insert(room->id(), room->occupantCount());
                    topicAtJoin.insert(room->id(), room->topic());
                }
            });
        });
        backend->connectToService(LocalTest::settings({{s("rooms"), s("#lobby, #dev,#RANDOM")}}));

        QTRY_COMPARE(backend->rooms().size(), 3);
        Room *lobby = backend->room(s("#lobby"));
        Room *dev = backend->room(s("#dev"));
        Room *random = backend->room(s("#random"));
        QVERIFY(lobby && dev && random);
        QTRY_VERIFY(lobby->isJoined());
        QTRY_VERIFY(dev->isJoined());
        QTRY_VERIFY(random->isJoined());
        QCOMPARE(added.count(), 3);
        // The service's spelling of the room, whatever the setting said.
        QCOMPARE(random->id(), s("#random"));
        QCOMPARE(backend->room(s("#Lobby")), lobby);

        QVERIFY(lobby->exists());
        QCOMPARE(nicksOf(lobby),
                 (QStringList{s("alice"), s("bob"), s("botdeck"), s("carol"), s("dave"), s("erin"), s("frank")}));
        QCOMPARE(nicksOf(dev), (QStringList{s("botdeck"), s("carol"), s("dave"), s("grace")}));
        QCOMPARE(nicksOf(random), (QStringList{s("bob"), s("botdeck"), s("erin"), s("heidi")}));
        QCOMPARE(countAtJoin.value(s("#lobby")), 7);
        QCOMPARE(countAtJoin.value(s("#dev")), 4);
        QCOMPARE(topicAtJoin.value(s("#dev")), s("Building bots: patches welcome"));

        QCOMPARE(lobby->topic(), backend->service()->room(s("#lobby"))->topic);
        QVERIFY(lobby->topic().startsWith(s("Welcome")));
        QCOMPARE(lobby->topicSetBy().person(), s("@alice"));
        QCOMPARE(dev->topic(), s("Building bots: patches welcome"));
        QCOMPARE(dev->topicSetBy().person(), s("@carol"));

        const Identifier alice = lobby->occupant(s("ALICE"));
        QCOMPARE(alice.kind(), Identifier::Kind::Occupant);
        QCOMPARE(alice.person(), s("@alice"));
        QCOMPARE(alice.client(), s("laptop"));
        QCOMPARE(alice.nick(), s("alice"));
        QCOMPARE(alice.displayName(), s("Alice Ashdown"));
        QCOMPARE(alice.aclAttr(), s("@alice"));
        QCOMPARE(alice.room(), s("#lobby"));
        // The owner is ranked, the others are not.
        QCOMPARE(alice.extra(Extras::RankName).toString(), s("owner"));
        QVERIFY(alice.extra(Extras::Rank).toInt() > 0);
        QCOMPARE(alice.extra(Extras::RankSymbol).toString(), s("~"));
        QCOMPARE(standingOf(alice), Standing::Owner);
        QVERIFY(!lobby->occupant(s("bob")).extra(Extras::Rank).isValid());
        QCOMPARE(lobby->occupant(s("bob")).extra(Extras::Away).toBool(), false);
        QCOMPARE(lobby->occupant(s("botdeck")).toPerson(), backend->botIdentifier());

        // Rooms not asked for are not joined.
        QVERIFY(!backend->room(s("#vault")));
        QVERIFY(!backend->service()->isMember(s("botdeck"), s("#vault")));
        QVERIFY(backend->service()->isMember(s("botdeck"), s("#random")));
    }

    void autojoinReportsBadRooms()
    {
        auto backend = LocalTest::create();
        QVERIFY(backend);
        QSignalSpy errors(backend.get(), &Backend::errorOccurred);
        backend->connectToService(LocalTest::settings({{s("rooms"), s("#lobby,bad room,#vault")}}));
        QTRY_VERIFY(backend->room(s("#lobby")) && backend->room(s("#lobby"))->isJoined());
        QTRY_COMPARE(errors.count(), 2);
        const QStringList texts = textsOf(errors);
        QVERIFY2(!texts.filter(s("bad room")).isEmpty(), qPrintable(texts.join(u'\n')));
        QVERIFY2(!texts.filter(s("#vault")).isEmpty(), qPrintable(texts.join(u'\n')));
        QVERIFY(!backend->room(s("#vault"))->isJoined());
        QCOMPARE(backend->state(), Backend::State::Connected);
    }

    void speakAsIntoARoom()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        auto *simulation = qobject_cast<SimulationControl *>(backend.get());
        QVERIFY(simulation);
        Room *lobby = backend->room(s("#lobby"));
        QVERIFY(lobby && lobby->isJoined());
        QSignalSpy received(backend.get(), &Backend::messageReceived);
        QSignalSpy sent(backend.get(), &Backend::messageSent);
        QSignalSpy traffic(backend.get(), &Backend::trafficLogged);

        const Result<Message> spoken = simulation->speakAs(s("Bob"), lobby->identifier(), s("hello, bot"));
        QVERIFY2(spoken, qPrintable(spoken.error()));
        // It arrives later, as from a remote person.
        QCOMPARE(received.count(), 0);
        QVERIFY(received.wait());
        QCOMPARE(received.count(), 1);
        QCOMPARE(sent.count(), 0);

        const Message message = messageAt(received, 0);
        const Identifier from = message.from();
        QCOMPARE(from.kind(), Identifier::Kind::Occupant);
        QCOMPARE(from.person(), s("@bob"));
        QCOMPARE(from.client(), s("phone"));
        QCOMPARE(from.nick(), s("bob"));
        QCOMPARE(from.displayName(), s("Bob Brennan"));
        QCOMPARE(from.aclAttr(), s("@bob"));
        QCOMPARE(from.room(), s("#lobby"));
        QCOMPARE(from, lobby->occupant(s("bob")));
        QCOMPARE(message.to().kind(), Identifier::Kind::Room);
        QCOMPARE(message.to(), Identifier::makeRoom(s("#lobby")));
        QCOMPARE(message.to(), lobby->identifier());
        QVERIFY(message.isGroup());
        QCOMPARE(message.room(), s("#lobby"));
        QCOMPARE(message.body(), s("hello, bot"));
        QCOMPARE(message.type(), Message::Type::Chat);
        QVERIFY(!message.id().isEmpty());

        // What speakAs promised is what arrived.
        QCOMPARE(spoken.value().from(), from);
        QCOMPARE(spoken.value().to(), message.to());
        QCOMPARE(spoken.value().body(), message.body());

        QVERIFY(textsOf(traffic, 1).contains(s("SAY @bob #lobby hello, bot")));

        // A reply goes back to the room.
        const Message reply = backend->buildReply(message, s("hi bob"));
        QCOMPARE(reply.to(), lobby->identifier());
        QCOMPARE(backend->buildReply(message, s("psst"), true).to(), from.toPerson());
    }

    void speakAsToTheBot()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        auto *simulation = qobject_cast<SimulationControl *>(backend.get());
        QSignalSpy received(backend.get(), &Backend::messageReceived);
        // Any identifier that is not a room means the bot.
        const Result<Message> spoken = simulation->speakAs(s("carol"), backend->botIdentifier(), s("help"));
        QVERIFY2(spoken, qPrintable(spoken.error()));
        QVERIFY(received.wait());
        const Message message = messageAt(received, 0);
        QVERIFY(message.isDirect());
        QVERIFY(message.room().isEmpty());
        QCOMPARE(message.to(), backend->botIdentifier());
        QCOMPARE(message.body(), s("help"));
        const Identifier from = message.from();
        QCOMPARE(from.kind(), Identifier::Kind::Person);
        QCOMPARE(from.person(), s("@carol"));
        QCOMPARE(from.client(), s("desktop"));
        QCOMPARE(from.nick(), s("carol"));
        QCOMPARE(from.displayName(), s("Carol Chen"));
        QCOMPARE(from.aclAttr(), s("@carol"));
        QVERIFY(from.room().isEmpty());
        QCOMPARE(spoken.value().from(), from);
        // A reply to a direct message goes back to the person.
        QCOMPARE(backend->buildReply(message, s("sure")).to(), from);

        // grace is in none of the bot's rooms and can still talk to it.
        QVERIFY(simulation->speakAs(s("grace"), Identifier::makePerson(s("@someone"), s("x")), s("psst")));
        QVERIFY(received.wait());
        QCOMPARE(messageAt(received, 1).from().person(), s("@grace"));
        QCOMPARE(messageAt(received, 1).to(), backend->botIdentifier());
    }

    void speakAsErrors()
    {
        auto idle = LocalTest::create();
        QVERIFY(idle);
        auto *idleSimulation = qobject_cast<SimulationControl *>(idle.get());
        const Result<Message> notConnected
            = idleSimulation->speakAs(s("alice"), Identifier::makeRoom(s("#lobby")), s("hi"));
        QVERIFY(!notConnected);
        QVERIFY(!notConnected.error().isEmpty());
        QVERIFY(idleSimulation->simulatedPeople().isEmpty());

        auto backend = LocalTest::connected();
        QVERIFY(backend);
        auto *simulation = qobject_cast<SimulationControl *>(backend.get());
        const Identifier lobby = backend->room(s("#lobby"))->identifier();
        QSignalSpy received(backend.get(), &Backend::messageReceived);
        QSignalSpy errors(backend.get(), &Backend::errorOccurred);

        const Result<Message> unknown = simulation->speakAs(s("zed"), lobby, s("hi"));
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().contains(s("zed")), qPrintable(unknown.error()));
        const Result<Message> notIn = simulation->speakAs(s("grace"), lobby, s("hi"));
        QVERIFY(!notIn);
        QVERIFY2(notIn.error().contains(s("#lobby")), qPrintable(notIn.error()));
        const Result<Message> noRoom = simulation->speakAs(s("alice"), Identifier::makeRoom(s("#nowhere")), s("hi"));
        QVERIFY(!noRoom);
        QVERIFY(!noRoom.error().isEmpty());
        const Result<Message> asBot = simulation->speakAs(s("botdeck"), lobby, s("hi"));
        QVERIFY(!asBot);
        QVERIFY(!asBot.error().isEmpty());
        const Result<Message> empty = simulation->speakAs(s("alice"), lobby, QString());
        QVERIFY(!empty);
        QVERIFY(!empty.error().isEmpty());

        // None of them said anything: the next message is the first one.
        QVERIFY(simulation->speakAs(s("alice"), lobby, s("fence")));
        QVERIFY(received.wait());
        QCOMPARE(received.count(), 1);
        QCOMPARE(messageAt(received, 0).body(), s("fence"));
        QCOMPARE(errors.count(), 0);

        backend->disconnectFromService();
        const Result<Message> afterDisconnect = simulation->speakAs(s("alice"), lobby, s("hi"));
        QVERIFY(!afterDisconnect);
        QVERIFY(!afterDisconnect.error().isEmpty());
    }

    void sendMessageToARoom()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        Room *lobby = backend->room(s("#lobby"));
        QSignalSpy sent(backend.get(), &Backend::messageSent);
        QSignalSpy received(backend.get(), &Backend::messageReceived);
        QSignalSpy traffic(backend.get(), &Backend::trafficLogged);
        QSignalSpy errors(backend.get(), &Backend::errorOccurred);
        backend->sendText(lobby->identifier(), s("hello, everyone"));
        QCOMPARE(sent.count(), 0);
        QVERIFY(sent.wait());
        const Message message = messageAt(sent, 0);
        QCOMPARE(message.to(), lobby->identifier());
        QVERIFY(message.isGroup());
        QCOMPARE(message.body(), s("hello, everyone"));
        QCOMPARE(message.type(), Message::Type::Chat);
        QCOMPARE(message.from().person(), s("@botdeck"));
        QCOMPARE(message.from().room(), s("#lobby"));
        QVERIFY(!message.id().isEmpty());
        QVERIFY(textsOf(traffic, 1).contains(s("SAY #lobby hello, everyone")));

        backend->sendText(Identifier::makeRoom(s("#LOBBY")), s("stretches"), Message::Type::Action);
        QVERIFY(sent.wait());
        QCOMPARE(messageAt(sent, 1).type(), Message::Type::Action);
        QCOMPARE(messageAt(sent, 1).to(), lobby->identifier());
        // The bot's own messages are not received back.
        QCOMPARE(received.count(), 0);
        QCOMPARE(errors.count(), 0);
    }

    void sendMessageToAPerson()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        QSignalSpy sent(backend.get(), &Backend::messageSent);
        QSignalSpy errors(backend.get(), &Backend::errorOccurred);
        const Result<Identifier> alice = backend->buildIdentifier(s("alice"));
        QVERIFY(alice);
        backend->sendText(alice.value(), s("psst"));
        QVERIFY(sent.wait());
        const Message message = messageAt(sent, 0);
        QVERIFY(message.isDirect());
        QCOMPARE(message.to().person(), s("@alice"));
        QCOMPARE(message.to().nick(), s("alice"));
        QCOMPARE(message.from(), backend->botIdentifier());
        QCOMPARE(message.body(), s("psst"));

        // An occupant is reached privately as the person behind it.
        backend->sendText(backend->room(s("#lobby"))->occupant(s("bob")), s("psst, bob"));
        QVERIFY(sent.wait());
        QCOMPARE(messageAt(sent, 1).to().kind(), Identifier::Kind::Person);
        QCOMPARE(messageAt(sent, 1).to().person(), s("@bob"));
        // Someone in none of the bot's rooms too.
        backend->sendText(Identifier::makePerson(s("@heidi"), s("heidi")), s("hi heidi"));
        QVERIFY(sent.wait());
        QCOMPARE(messageAt(sent, 2).to().person(), s("@heidi"));
        QCOMPARE(errors.count(), 0);
    }

    void sendMessageErrors()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        QSignalSpy sent(backend.get(), &Backend::messageSent);
        QSignalSpy errors(backend.get(), &Backend::errorOccurred);

        backend->sendText(Identifier::makeRoom(s("#vault")), s("let me in"));
        QVERIFY(errors.wait());
        QVERIFY2(errors.at(0).at(0).toString().contains(s("#vault")), qPrintable(errors.at(0).at(0).toString()));

        backend->sendText(Identifier::makeRoom(s("#nowhere")), s("hello?"));
        QVERIFY(errors.wait());
        QVERIFY(errors.at(1).at(0).toString().contains(s("#nowhere")));

        backend->sendText(Identifier::makePerson(s("@zed"), s("zed")), s("hello?"));
        QVERIFY(errors.wait());
        QVERIFY(errors.at(2).at(0).toString().contains(s("zed")));

        backend->sendText(Identifier::makePerson(s("zed!z@example.org"), s("zed")), s("hello?"));
        QTRY_COMPARE(errors.count(), 4);
        QVERIFY(errors.at(3).at(0).toString().contains(s("zed!z@example.org")));

        QVERIFY(sent.isEmpty());
        // Nothing was sent after all: the next message is the first.
        backend->sendText(backend->room(s("#dev"))->identifier(), s("fence"));
        QVERIFY(sent.wait());
        QCOMPARE(sent.count(), 1);
        QCOMPARE(messageAt(sent, 0).body(), s("fence"));
        QCOMPARE(errors.count(), 4);
    }

    void sendMessageWhileDisconnected()
    {
        auto backend = LocalTest::create();
        QVERIFY(backend);
        QSignalSpy sent(backend.get(), &Backend::messageSent);
        QSignalSpy errors(backend.get(), &Backend::errorOccurred);
        backend->sendText(Identifier::makeRoom(s("#lobby")), s("anyone?"));
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(!errors.at(0).at(0).toString().isEmpty());
        QVERIFY(sent.isEmpty());
    }

    void vaultPassword()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        QSignalSpy backendErrors(backend.get(), &Backend::errorOccurred);
        const Result<Room *> queried = backend->queryRoom(s("#vault"));
        QVERIFY(queried);
        Room *vault = queried.value();
        QVERIFY(vault->exists());
        QVERIFY(!vault->isJoined());
        QCOMPARE(vault->topic(), s("Members only"));
        QSignalSpy roomErrors(vault, &Room::errorOccurred);
        QSignalSpy joined(vault, &Room::joinedChanged);

        vault->join(s("letmein"));
        QVERIFY(roomErrors.wait());
        QVERIFY2(roomErrors.at(0).at(0).toString().contains(s("password")),
                 qPrintable(roomErrors.at(0).at(0).toString()));
        QCOMPARE(backendErrors.count(), 1);
        QVERIFY(backendErrors.at(0).at(0).toString().contains(s("#vault")));
        QVERIFY(backendErrors.at(0).at(0).toString().contains(roomErrors.at(0).at(0).toString()));

        vault->join();
        QVERIFY(roomErrors.wait());
        QVERIFY(roomErrors.at(1).at(0).toString().contains(s("password")));
        QCOMPARE(backendErrors.count(), 2);
        QVERIFY(!vault->isJoined());
        QCOMPARE(joined.count(), 0);
        QVERIFY(!backend->service()->isMember(s("botdeck"), s("#vault")));

        const Result<Room *> again = backend->joinRoom(s("#VAULT"), s("opensesame"));
        QVERIFY(again);
        QCOMPARE(again.value(), vault);
        QTRY_VERIFY(vault->isJoined());
        QCOMPARE(joined.count(), 1);
        QCOMPARE(nicksOf(vault), (QStringList{s("botdeck"), s("grace"), s("heidi")}));
        QCOMPARE(roomErrors.count(), 2);

        // Joining again is refused by the service.
        vault->join(s("opensesame"));
        QVERIFY(roomErrors.wait());
        QCOMPARE(roomErrors.count(), 3);
        QVERIFY(vault->isJoined());
    }

    void createRoom()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        const Result<Room *> queried = backend->queryRoom(s("#garden"));
        QVERIFY(queried);
        Room *garden = queried.value();
        QVERIFY(!garden->exists());
        QVERIFY(!garden->isJoined());
        QSignalSpy exists(garden, &Room::existsChanged);
        QSignalSpy created(garden, &Room::created);
        QSignalSpy errors(garden, &Room::errorOccurred);
        garden->create();
        QCOMPARE(exists.count(), 0);
        QVERIFY(exists.wait());
        QCOMPARE(exists.at(0).at(0).toBool(), true);
        QCOMPARE(created.count(), 1);
        QVERIFY(garden->exists());
        // Created, not joined.
        QVERIFY(!garden->isJoined());
        const LocalRoomState *state = backend->service()->room(s("#garden"));
        QVERIFY(state);
        QCOMPARE(state->owner, s("botdeck"));

        garden->join();
        QTRY_VERIFY(garden->isJoined());
        // Joining it is no second creation.
        QCOMPARE(created.count(), 1);
        QCOMPARE(nicksOf(garden), QStringList{s("botdeck")});
        QCOMPARE(garden->occupant(s("botdeck")).extra(Extras::RankName).toString(), s("owner"));
        QCOMPARE(errors.count(), 0);

        // Creating it twice is an error.
        garden->create();
        QVERIFY(errors.wait());
        QVERIFY2(errors.at(0).at(0).toString().contains(s("#garden")), qPrintable(errors.at(0).at(0).toString()));
    }

    void createAnExistingRoom()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        Room *lobby = backend->room(s("#lobby"));
        Room *vault = backend->queryRoom(s("#vault")).valueOr(nullptr);
        QVERIFY(vault);
        QSignalSpy lobbyErrors(lobby, &Room::errorOccurred);
        QSignalSpy vaultErrors(vault, &Room::errorOccurred);
        QSignalSpy backendErrors(backend.get(), &Backend::errorOccurred);
        lobby->create();
        vault->create();
        QVERIFY(lobbyErrors.wait());
        QTRY_COMPARE(vaultErrors.count(), 1);
        QVERIFY(lobbyErrors.at(0).at(0).toString().contains(s("already exists")));
        QCOMPARE(backendErrors.count(), 2);
        QCOMPARE(backend->service()->room(s("#lobby"))->owner, s("alice"));
        QVERIFY(lobby->isJoined());
        QVERIFY(lobby->exists());
    }

    void joinCreatesARoom()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        const Result<Room *> joined = backend->joinRoom(s("#Workshop"));
        QVERIFY(joined);
        Room *workshop = joined.value();
        QVERIFY(!workshop->exists());
        QTRY_VERIFY(workshop->isJoined());
        QVERIFY(workshop->exists());
        QCOMPARE(backend->service()->room(s("#workshop"))->owner, s("botdeck"));
    }

    void queryRoomRejectsBadNames()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        const int before = int(backend->rooms().size());
        for (const QString &bad : {s("lobby"), s("#"), s("#bad room"), QString(), s("#lobby/alice")}) {
            const Result<Room *> room = backend->queryRoom(bad);
            QVERIFY2(!room, qPrintable(bad));
            QVERIFY(!room.error().isEmpty());
        }
        QCOMPARE(int(backend->rooms().size()), before);
        // The same room whatever the case.
        QCOMPARE(backend->queryRoom(s("#DEV")).valueOr(nullptr), backend->room(s("#dev")));
    }

    void destroyOwnRoom()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        Room *garden = backend->joinRoom(s("#garden")).valueOr(nullptr);
        QVERIFY(garden);
        QTRY_VERIFY(garden->isJoined());
        // Someone else is in it too.
        QCOMPARE(backend->service()->join(s("dave"), s("#garden")), QString());
        QTRY_COMPARE(garden->occupantCount(), 2);

        QSignalSpy exists(garden, &Room::existsChanged);
        QSignalSpy joined(garden, &Room::joinedChanged);
        QSignalSpy errors(garden, &Room::errorOccurred);
        garden->destroy();
        QTRY_COMPARE(exists.count(), 1);
        QCOMPARE(exists.at(0).at(0).toBool(), false);
        QCOMPARE(joined.count(), 1);
        QCOMPARE(joined.at(0).at(0).toBool(), false);
        QVERIFY(!garden->exists());
        QVERIFY(!garden->isJoined());
        QCOMPARE(garden->occupantCount(), 0);
        QVERIFY(!backend->service()->room(s("#garden")));
        QCOMPARE(errors.count(), 0);
        // The bot still knows the room object.
        QCOMPARE(backend->room(s("#garden")), garden);
    }

    void destroyErrors()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        Room *nowhere = backend->queryRoom(s("#nowhere")).valueOr(nullptr);
        QVERIFY(nowhere);
        QSignalSpy nowhereErrors(nowhere, &Room::errorOccurred);
        nowhere->destroy();
        QVERIFY(nowhereErrors.wait());
        QVERIFY2(nowhereErrors.at(0).at(0).toString().contains(s("#nowhere")),
                 qPrintable(nowhereErrors.at(0).at(0).toString()));
        QVERIFY(!nowhere->exists());

        Room *lobby = backend->room(s("#lobby"));
        QSignalSpy lobbyErrors(lobby, &Room::errorOccurred);
        QSignalSpy backendErrors(backend.get(), &Backend::errorOccurred);
        QSignalSpy exists(lobby, &Room::existsChanged);
        QSignalSpy joined(lobby, &Room::joinedChanged);
        lobby->destroy();
        QVERIFY(lobbyErrors.wait());
        // Only alice, who owns it, may.
        QVERIFY2(lobbyErrors.at(0).at(0).toString().contains(s("alice")),
                 qPrintable(lobbyErrors.at(0).at(0).toString()));
        QCOMPARE(backendErrors.count(), 1);
        QVERIFY(backendErrors.at(0).at(0).toString().startsWith(s("#lobby")));
        QVERIFY(lobby->exists());
        QVERIFY(lobby->isJoined());
        QCOMPARE(lobby->occupantCount(), 7);
        QCOMPARE(exists.count(), 0);
        QCOMPARE(joined.count(), 0);
        QVERIFY(backend->service()->room(s("#lobby")));
    }

    void setTopic()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        Room *lobby = backend->room(s("#lobby"));
        QSignalSpy topic(lobby, &Room::topicChanged);
        lobby->setTopic(s("Bots welcome"));
        QCOMPARE(topic.count(), 0);
        QVERIFY(topic.wait());
        QCOMPARE(topic.at(0).at(0).toString(), s("Bots welcome"));
        const Identifier setBy = topic.at(0).at(1).value<Identifier>();
        QCOMPARE(setBy, backend->botIdentifier());
        QCOMPARE(setBy.person(), s("@botdeck"));
        QCOMPARE(lobby->topic(), s("Bots welcome"));
        QCOMPARE(lobby->topicSetBy(), backend->botIdentifier());
        QCOMPARE(backend->service()->room(s("#lobby"))->topic, s("Bots welcome"));

        // Someone else changes it.
        QCOMPARE(backend->service()->setTopic(s("erin"), s("#lobby"), s("Erin was here")), QString());
        QTRY_COMPARE(topic.count(), 2);
        QCOMPARE(lobby->topic(), s("Erin was here"));
        QCOMPARE(lobby->topicSetBy().person(), s("@erin"));
        QCOMPARE(lobby->topicSetBy().displayName(), s("Erin Evans"));

        // Not in the room: refused.
        Room *vault = backend->queryRoom(s("#vault")).valueOr(nullptr);
        QVERIFY(vault);
        QSignalSpy vaultTopic(vault, &Room::topicChanged);
        QSignalSpy vaultErrors(vault, &Room::errorOccurred);
        vault->setTopic(s("Open to all"));
        QVERIFY(vaultErrors.wait());
        QCOMPARE(vault->topic(), s("Members only"));
        QCOMPARE(vaultTopic.count(), 0);
    }

    void inviteASimulatedPerson()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        Room *lobby = backend->room(s("#lobby"));
        QSignalSpy joinedSpy(lobby, &Room::occupantJoined);
        QSignalSpy errors(lobby, &Room::errorOccurred);
        const Result<Identifier> grace = backend->buildIdentifier(s("@grace"));
        QVERIFY(grace);
        QVERIFY(!lobby->hasOccupant(s("grace")));
        lobby->invite({grace.value()});
        QVERIFY(joinedSpy.wait());
        const Identifier occupant = joinedSpy.at(0).at(0).value<Identifier>();
        QCOMPARE(occupant.kind(), Identifier::Kind::Occupant);
        QCOMPARE(occupant.person(), s("@grace"));
        QCOMPARE(occupant.nick(), s("grace"));
        QCOMPARE(occupant.room(), s("#lobby"));
        QVERIFY(lobby->hasOccupant(s("grace")));
        QCOMPARE(lobby->occupantCount(), 8);
        QVERIFY(backend->service()->isMember(s("grace"), s("#lobby")));
        QCOMPARE(errors.count(), 0);

        // Into a password room the bot is in, the invitation is the key.
        Room *vault = backend->joinRoom(s("#vault"), s("opensesame")).valueOr(nullptr);
        QVERIFY(vault);
        QTRY_VERIFY(vault->isJoined());
        QSignalSpy vaultJoined(vault, &Room::occupantJoined);
        vault->invite({backend->buildIdentifier(s("bob")).value(), backend->buildIdentifier(s("carol")).value()});
        QTRY_COMPARE(vaultJoined.count(), 2);
        QCOMPARE(nicksOf(vault), (QStringList{s("bob"), s("botdeck"), s("carol"), s("grace"), s("heidi")}));
    }

    void inviteErrors()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        Room *lobby = backend->room(s("#lobby"));
        QSignalSpy errors(lobby, &Room::errorOccurred);
        QSignalSpy backendErrors(backend.get(), &Backend::errorOccurred);
        QSignalSpy joinedSpy(lobby, &Room::occupantJoined);

        lobby->invite({Identifier::makePerson(s("zed!z@irc.example.org"), s("zed"))});
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(s("zed!z@irc.example.org")),
                 qPrintable(errors.at(0).at(0).toString()));
        QCOMPARE(backendErrors.count(), 1);

        lobby->invite({Identifier::makePerson(s("@zed"), s("zed"))});
        QVERIFY(errors.wait());
        QVERIFY(errors.at(1).at(0).toString().contains(s("zed")));

        lobby->invite({backend->buildIdentifier(s("alice")).value()});
        QVERIFY(errors.wait());
        QVERIFY(errors.at(2).at(0).toString().contains(s("alice")));

        Room *vault = backend->queryRoom(s("#vault")).valueOr(nullptr);
        QVERIFY(vault);
        QSignalSpy vaultErrors(vault, &Room::errorOccurred);
        vault->invite({backend->buildIdentifier(s("alice")).value()});
        QVERIFY(vaultErrors.wait());
        QVERIFY(!backend->service()->isMember(s("alice"), s("#vault")));
        QCOMPARE(joinedSpy.count(), 0);
        QCOMPARE(lobby->occupantCount(), 7);
    }

    void inviteForTheBot()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        QSignalSpy received(backend.get(), &Backend::messageReceived);
        QCOMPARE(backend->service()->invite(s("grace"), s("#vault"), s("botdeck")), QString());
        QTRY_COMPARE(received.count(), 1);
        const Message notice = messageAt(received, 0);
        QCOMPARE(notice.type(), Message::Type::Notice);
        QCOMPARE(notice.from().person(), s("@grace"));
        QCOMPARE(notice.to(), backend->botIdentifier());
        QVERIFY(notice.body().contains(s("#vault")));
        // The bot is not dragged in.
        QVERIFY(!backend->service()->isMember(s("botdeck"), s("#vault")));
    }

    void nickChangeOfASimulatedPerson()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        LocalService *service = backend->service();
        Room *lobby = backend->room(s("#lobby"));
        Room *dev = backend->room(s("#dev"));
        Room *random = backend->room(s("#random"));
        Room *vault = backend->queryRoom(s("#vault")).valueOr(nullptr);
        QVERIFY(vault);
        QCOMPARE(service->join(s("alice"), s("#dev")), QString());
        QCOMPARE(service->join(s("alice"), s("#vault"), s("opensesame")), QString());
        QTRY_VERIFY(dev->hasOccupant(s("alice")));

        QSignalSpy lobbyChanged(lobby, &Room::occupantChanged);
        QSignalSpy devChanged(dev, &Room::occupantChanged);
        QSignalSpy randomChanged(random, &Room::occupantChanged);
        QSignalSpy vaultChanged(vault, &Room::occupantChanged);
        QCOMPARE(service->changeNick(s("alice"), s("Alicia")), QString());
        QTRY_COMPARE(lobbyChanged.count(), 1);
        QTRY_COMPARE(devChanged.count(), 1);

        for (const auto &[room, spy] : {std::pair{lobby, &lobbyChanged}, std::pair{dev, &devChanged}}) {
            const Identifier before = spy->at(0).at(0).value<Identifier>();
            const Identifier after = spy->at(0).at(1).value<Identifier>();
            QCOMPARE(before.nick(), s("alice"));
            QCOMPARE(after.nick(), s("Alicia"));
            QCOMPARE(before.person(), s("@alice"));
            QCOMPARE(after.person(), s("@alice"));
            QCOMPARE(after.aclAttr(), s("@alice"));
            QCOMPARE(after.displayName(), s("Alice Ashdown"));
            QCOMPARE(after.room(), room->id());
            QCOMPARE(before.room(), room->id());
            QVERIFY(!room->hasOccupant(s("alice")));
            QVERIFY(room->hasOccupant(s("alicia")));
            QCOMPARE(room->occupant(s("Alicia")), after);
        }
        QCOMPARE(lobby->occupantCount(), 7);
        // Rooms she is not in, or the bot is not in, hear nothing.
        QCOMPARE(randomChanged.count(), 0);
        QCOMPARE(vaultChanged.count(), 0);
        QCOMPARE(backend->buildIdentifier(s("alicia")).value().person(), s("@alice"));
        QVERIFY(!backend->buildIdentifier(s("alice")));

        // Her next message comes from the new nick.
        QSignalSpy received(backend.get(), &Backend::messageReceived);
        QCOMPARE(service->say(s("alice"), s("#dev"), s("new name")), QString());
        QTRY_COMPARE(received.count(), 1);
        QCOMPARE(messageAt(received, 0).from().nick(), s("Alicia"));
    }

    void nickChangeOfTheBot()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        QSignalSpy botId(backend.get(), &Backend::botIdentifierChanged);
        QSignalSpy lobbyChanged(backend->room(s("#lobby")), &Room::occupantChanged);
        QCOMPARE(backend->service()->changeNick(s("botdeck"), s("robot")), QString());
        QTRY_COMPARE(botId.count(), 1);
        QCOMPARE(backend->botIdentifier().nick(), s("robot"));
        QCOMPARE(backend->botIdentifier().person(), s("@botdeck"));
        QTRY_COMPARE(lobbyChanged.count(), 1);
        QVERIFY(backend->room(s("#lobby"))->hasOccupant(s("robot")));
    }

    void awayChange()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        Room *lobby = backend->room(s("#lobby"));
        Room *random = backend->room(s("#random"));
        Room *dev = backend->room(s("#dev"));
        QSignalSpy lobbyChanged(lobby, &Room::occupantChanged);
        QSignalSpy randomChanged(random, &Room::occupantChanged);
        QSignalSpy devChanged(dev, &Room::occupantChanged);
        QSignalSpy presence(backend.get(), &Backend::presenceChanged);

        QCOMPARE(backend->service()->setAway(s("bob"), true), QString());
        QTRY_COMPARE(lobbyChanged.count(), 1);
        QTRY_COMPARE(randomChanged.count(), 1);
        QTRY_COMPARE(presence.count(), 1);
        for (const QSignalSpy *spy : {&lobbyChanged, &randomChanged}) {
            const Identifier before = spy->at(0).at(0).value<Identifier>();
            const Identifier after = spy->at(0).at(1).value<Identifier>();
            QCOMPARE(before.nick(), s("bob"));
            QCOMPARE(after.nick(), s("bob"));
            QCOMPARE(before.extra(Extras::Away).toBool(), false);
            QCOMPARE(after.extra(Extras::Away).toBool(), true);
        }
        QCOMPARE(lobby->occupant(s("bob")).extra(Extras::Away).toBool(), true);
        QCOMPARE(devChanged.count(), 0);

        const Presence away = presence.at(0).at(0).value<Presence>();
        QCOMPARE(away.identifier().person(), s("@bob"));
        QCOMPARE(away.identifier().nick(), s("bob"));
        QCOMPARE(away.status(), Presence::Status::Away);
        QVERIFY(away.isAvailable());

        QCOMPARE(backend->service()->setAway(s("bob"), false), QString());
        QTRY_COMPARE(presence.count(), 2);
        QCOMPARE(presence.at(1).at(0).value<Presence>().status(), Presence::Status::Online);
        QTRY_COMPARE(lobbyChanged.count(), 2);
        QCOMPARE(lobby->occupant(s("bob")).extra(Extras::Away).toBool(), false);
    }

    void botPresence()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        QSignalSpy presence(backend.get(), &Backend::presenceChanged);
        backend->setPresence(Presence(backend->botIdentifier(), Presence::Status::Away, s("lunch")));
        QVERIFY(presence.wait());
        QCOMPARE(presence.at(0).at(0).value<Presence>().identifier().person(), s("@botdeck"));
        QCOMPARE(presence.at(0).at(0).value<Presence>().status(), Presence::Status::Away);
        QVERIFY(backend->service()->user(s("botdeck"))->away);
        QTRY_VERIFY(backend->room(s("#lobby"))->occupant(s("botdeck")).extra(Extras::Away).toBool());
    }

    void occupantsComeAndGo()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        Room *dev = backend->room(s("#dev"));
        QSignalSpy joinedSpy(dev, &Room::occupantJoined);
        QSignalSpy leftSpy(dev, &Room::occupantLeft);
        QSignalSpy count(dev, &Room::occupantCountChanged);
        QCOMPARE(backend->service()->join(s("heidi"), s("#dev")), QString());
        QTRY_COMPARE(joinedSpy.count(), 1);
        QCOMPARE(joinedSpy.at(0).at(0).value<Identifier>().person(), s("@heidi"));
        QCOMPARE(dev->occupantCount(), 5);
        QCOMPARE(backend->service()->leave(s("carol"), s("#dev"), s("lunch")), QString());
        QTRY_COMPARE(leftSpy.count(), 1);
        QCOMPARE(leftSpy.at(0).at(0).value<Identifier>().person(), s("@carol"));
        QCOMPARE(leftSpy.at(0).at(1).toString(), s("lunch"));
        QVERIFY(!dev->hasOccupant(s("carol")));
        QCOMPARE(dev->occupantCount(), 4);
        QCOMPARE(count.count(), 2);
    }

    void leaveRoom()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        Room *lobby = backend->room(s("#lobby"));
        QSignalSpy joined(lobby, &Room::joinedChanged);
        QSignalSpy reset(lobby, &Room::occupantsReset);
        QSignalSpy traffic(backend.get(), &Backend::trafficLogged);
        lobby->leave(s("bye"));
        QVERIFY(joined.wait());
        QCOMPARE(joined.at(0).at(0).toBool(), false);
        QVERIFY(!lobby->isJoined());
        QVERIFY(lobby->exists());
        QCOMPARE(lobby->occupantCount(), 0);
        QVERIFY(lobby->occupants().isEmpty());
        QVERIFY(reset.count() >= 1);
        QVERIFY(!backend->service()->isMember(s("botdeck"), s("#lobby")));
        QVERIFY(textsOf(traffic, 1).contains(s("PART #lobby :bye")));

        // What happens there no longer reaches the bot.
        QSignalSpy received(backend.get(), &Backend::messageReceived);
        QCOMPARE(backend->service()->say(s("bob"), s("#lobby"), s("is the bot gone?")), QString());
        QCOMPARE(backend->service()->join(s("grace"), s("#lobby")), QString());
        auto *simulation = qobject_cast<SimulationControl *>(backend.get());
        QVERIFY(simulation->speakAs(s("bob"), backend->botIdentifier(), s("fence")));
        QVERIFY(received.wait());
        QCOMPARE(received.count(), 1);
        QCOMPARE(messageAt(received, 0).body(), s("fence"));
        QCOMPARE(lobby->occupantCount(), 0);

        // Leaving again is an error.
        QSignalSpy errors(lobby, &Room::errorOccurred);
        lobby->leave();
        QVERIFY(errors.wait());
        QCOMPARE(joined.count(), 1);

        // And it can be joined again.
        lobby->join();
        QTRY_VERIFY(lobby->isJoined());
        QCOMPARE(lobby->occupantCount(), 8);
    }

    void disconnectAndReconnect()
    {
        auto backend = LocalTest::create();
        QVERIFY(backend);
        const BackendSettings settings = LocalTest::settings();
        backend->connectToService(settings);
        QVERIFY(LocalTest::waitUntilReady(*backend, settings));
        Room *garden = backend->joinRoom(s("#garden")).valueOr(nullptr);
        QVERIFY(garden);
        QTRY_VERIFY(garden->isJoined());
        Room *vault = backend->joinRoom(s("#vault"), s("opensesame")).valueOr(nullptr);
        QVERIFY(vault);
        QTRY_VERIFY(vault->isJoined());
        const QList<Room *> rooms = backend->rooms();
        QCOMPARE(rooms.size(), 5);

        QSignalSpy states(backend.get(), &Backend::stateChanged);
        QSignalSpy traffic(backend.get(), &Backend::trafficLogged);
        backend->disconnectFromService();
        QCOMPARE(backend->state(), Backend::State::Disconnected);
        QCOMPARE(statesOf(states), QList<Backend::State>{Backend::State::Disconnected});
        for (const Room *room : rooms) {
            QVERIFY2(!room->isJoined(), qPrintable(room->id()));
            QCOMPARE(room->occupantCount(), 0);
        }
        QVERIFY(!backend->service());
        QVERIFY(!backend->simulation());
        QVERIFY(!qobject_cast<SimulationControl *>(backend.get())->isSimulationRunning());
        QVERIFY(textsOf(traffic, 1).contains(s("QUIT")));
        // Disconnecting twice changes nothing.
        backend->disconnectFromService();
        QCOMPARE(states.count(), 1);

        states.clear();
        backend->connectToService(settings);
        QVERIFY(LocalTest::waitUntilReady(*backend, settings));
        QCOMPARE(statesOf(states),
                 (QList<Backend::State>{Backend::State::Connecting, Backend::State::Authenticating,
                                        Backend::State::Connected}));
        // The same room objects, joined again with their people.
        QCOMPARE(backend->rooms(), rooms);
        QCOMPARE(backend->room(s("#lobby"))->occupantCount(), 7);
        QCOMPARE(backend->botIdentifier().person(), s("@botdeck"));
        // Every room the bot was in comes back: #vault with its password,
        // and #garden, which the fresh service no longer had, made again.
        QTRY_VERIFY(vault->isJoined());
        QTRY_VERIFY(garden->isJoined());
        QVERIFY(garden->exists());

        auto *simulation = qobject_cast<SimulationControl *>(backend.get());
        QSignalSpy received(backend.get(), &Backend::messageReceived);
        QVERIFY(simulation->speakAs(s("dave"), backend->room(s("#dev"))->identifier(), s("welcome back")));
        QVERIFY(received.wait());
        QCOMPARE(messageAt(received, 0).from().room(), s("#dev"));
    }

    void connectWhileConnected()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        QSignalSpy states(backend.get(), &Backend::stateChanged);
        const BackendSettings other = LocalTest::settings({{s("nick"), s("otherbot")}, {s("rooms"), s("#random")}});
        backend->connectToService(other);
        QVERIFY(LocalTest::waitUntilReady(*backend, other));
        QCOMPARE(statesOf(states),
                 (QList<Backend::State>{Backend::State::Disconnected, Backend::State::Connecting,
                                        Backend::State::Authenticating, Backend::State::Connected}));
        QCOMPARE(backend->botIdentifier().nick(), s("otherbot"));
        QVERIFY(!backend->room(s("#lobby"))->isJoined());
        QVERIFY(backend->room(s("#random"))->isJoined());
    }

    void connectTwiceQuickly()
    {
        // A second connectToService before the first one finishes logs in
        // with the second one's settings.
        auto backend = LocalTest::create();
        QVERIFY(backend);
        QSignalSpy states(backend.get(), &Backend::stateChanged);
        backend->connectToService(LocalTest::settings({{s("nick"), s("first")}, {s("rooms"), s("#lobby")}}));
        const BackendSettings second = LocalTest::settings({{s("nick"), s("second")}, {s("rooms"), s("#dev")}});
        backend->connectToService(second);
        QVERIFY(LocalTest::waitUntilReady(*backend, second));
        QCOMPARE(backend->botIdentifier().nick(), s("second"));
        QVERIFY(!backend->room(s("#lobby")));
        QCOMPARE(statesOf(states).count(Backend::State::Connected), 1);
        QCOMPARE(states.last().at(0).value<Backend::State>(), Backend::State::Connected);

        // And a disconnect in between connects nothing at all.
        auto other = LocalTest::create();
        QVERIFY(other);
        other->connectToService(LocalTest::settings());
        other->disconnectFromService();
        QSignalSpy otherStates(other.get(), &Backend::stateChanged);
        // Let both queued steps of the abandoned login run.
        QSignalSpy fence(backend.get(), &Backend::messageReceived);
        QVERIFY(qobject_cast<SimulationControl *>(backend.get())
                    ->speakAs(s("carol"), backend->botIdentifier(), s("fence")));
        QVERIFY(fence.wait());
        QTRY_VERIFY(fence.count() == 1 && otherStates.isEmpty());
        QCOMPARE(other->state(), Backend::State::Disconnected);
    }

    void nickInUse()
    {
        auto backend = LocalTest::create();
        QVERIFY(backend);
        QSignalSpy errors(backend.get(), &Backend::errorOccurred);
        const BackendSettings settings = LocalTest::settings({{s("nick"), s("alice")}});
        backend->connectToService(settings);
        QVERIFY(LocalTest::waitUntilReady(*backend, settings));
        QCOMPARE(errors.count(), 1);
        const QString error = errors.at(0).at(0).toString();
        QVERIFY2(error.contains(s("alice")) && error.contains(s("alice_")), qPrintable(error));
        const Identifier bot = backend->botIdentifier();
        QCOMPARE(bot.nick(), s("alice_"));
        QVERIFY(bot.person() != s("@alice"));
        QCOMPARE(backend->state(), Backend::State::Connected);
        Room *lobby = backend->room(s("#lobby"));
        QVERIFY(lobby->hasOccupant(s("alice")));
        QVERIFY(lobby->hasOccupant(s("alice_")));
        QCOMPARE(lobby->occupant(s("alice_")).toPerson(), bot);
        // The real alice is still one of the simulated people, and not the bot.
        QCOMPARE(backend->buildIdentifier(s("alice")).value().person(), s("@alice"));
        QSignalSpy received(backend.get(), &Backend::messageReceived);
        QVERIFY(qobject_cast<SimulationControl *>(backend.get())->speakAs(s("alice"), lobby->identifier(), s("hi")));
        QVERIFY(received.wait());
        QCOMPARE(messageAt(received, 0).from().person(), s("@alice"));
    }

    void invalidNickFails()
    {
        auto backend = LocalTest::create();
        QVERIFY(backend);
        QSignalSpy states(backend.get(), &Backend::stateChanged);
        QSignalSpy errors(backend.get(), &Backend::errorOccurred);
        backend->connectToService(LocalTest::settings({{s("nick"), s("9lives")}}));
        QTRY_COMPARE(backend->state(), Backend::State::Failed);
        QCOMPARE(statesOf(states),
                 (QList<Backend::State>{Backend::State::Connecting, Backend::State::Authenticating,
                                        Backend::State::Failed}));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(s("9lives")), qPrintable(errors.at(0).at(0).toString()));
        QVERIFY(!backend->service());
        QVERIFY(backend->botIdentifier().isNull());
        QVERIFY(backend->rooms().isEmpty());

        // A good nick afterwards works.
        const BackendSettings good = LocalTest::settings();
        backend->connectToService(good);
        QVERIFY(LocalTest::waitUntilReady(*backend, good));
        QCOMPARE(backend->botIdentifier().nick(), s("botdeck"));
    }

    void crowd()
    {
        auto backend = LocalTest::connected({{s("crowd"), 10000}, {s("rooms"), s("#lobby,#crowd")}});
        QVERIFY(backend);
        Room *crowd = backend->room(s("#crowd"));
        QVERIFY(crowd);
        QVERIFY(crowd->isJoined());
        // The 10 000 guests, and the bot.
        QCOMPARE(crowd->occupantCount(), 10001);
        QVERIFY(crowd->hasOccupant(s("guest00001")));
        QVERIFY(crowd->hasOccupant(s("guest10000")));
        QVERIFY(crowd->hasOccupant(s("botdeck")));
        int guests = 0;
        const QList<Identifier> occupants = crowd->occupants();
        for (const Identifier &occupant : occupants) {
            if (occupant.nick().startsWith(s("guest")))
                ++guests;
        }
        QCOMPARE(guests, 10000);
        const Identifier guest = crowd->occupant(s("guest04242"));
        QCOMPARE(guest.person(), s("@guest04242"));
        QCOMPARE(guest.room(), s("#crowd"));
        QVERIFY(!guest.displayName().isEmpty());
        QVERIFY(!guest.client().isEmpty());
        QCOMPARE(qobject_cast<SimulationControl *>(backend.get())->simulatedPeople().size(), 10008);
        // Without a crowd there is no #crowd.
        auto plain = LocalTest::connected();
        QVERIFY(plain);
        QVERIFY(!plain->service()->room(s("#crowd")));
    }

    void simulationControl()
    {
        auto quiet = LocalTest::connected();
        QVERIFY(quiet);
        auto *quietControl = qobject_cast<SimulationControl *>(quiet.get());
        QVERIFY(!quietControl->isSimulationRunning());
        // Nothing to run at a rate of 0.
        quietControl->setSimulationRunning(true);
        QVERIFY(!quietControl->isSimulationRunning());

        auto lively = LocalTest::connected({{s("event-rate"), 200}, {s("seed"), 7}});
        QVERIFY(lively);
        auto *control = qobject_cast<SimulationControl *>(lively.get());
        QVERIFY(control->isSimulationRunning());
        QCOMPARE(lively->simulation()->rate(), 200.0);
        QSignalSpy received(lively.get(), &Backend::messageReceived);
        QTRY_VERIFY_WITH_TIMEOUT(received.count() >= 3, 10000);
        for (const QList<QVariant> &args : received) {
            const Message message = args.at(0).value<Message>();
            QVERIFY(message.from().person() != s("@botdeck"));
            QVERIFY(!message.body().isEmpty());
        }
        control->setSimulationRunning(false);
        QVERIFY(!control->isSimulationRunning());
        control->setSimulationRunning(true);
        QVERIFY(control->isSimulationRunning());
        lively->disconnectFromService();
        QVERIFY(!control->isSimulationRunning());
        control->setSimulationRunning(true);
        QVERIFY(!control->isSimulationRunning());
    }

    void privateTalkBetweenSimulatedPeopleIsPrivate()
    {
        auto backend = LocalTest::connected();
        QVERIFY(backend);
        QSignalSpy received(backend.get(), &Backend::messageReceived);
        QCOMPARE(backend->service()->say(s("alice"), s("@bob"), s("secret plans")), QString());
        QVERIFY(
            qobject_cast<SimulationControl *>(backend.get())->speakAs(s("bob"), backend->botIdentifier(), s("fence")));
        QVERIFY(received.wait());
        QCOMPARE(received.count(), 1);
        QCOMPARE(messageAt(received, 0).body(), s("fence"));
    }

    void trafficNeverShowsPasswords()
    {
        auto backend = LocalTest::create();
        QVERIFY(backend);
        QSignalSpy traffic(backend.get(), &Backend::trafficLogged);
        QSignalSpy errors(backend.get(), &Backend::errorOccurred);
        const BackendSettings settings = LocalTest::settings({{s("rooms"), s("#lobby")}});
        backend->connectToService(settings);
        QVERIFY(LocalTest::waitUntilReady(*backend, settings));

        Room *vault = backend->joinRoom(s("#vault"), s("wrongsesame")).valueOr(nullptr);
        QVERIFY(vault);
        QTRY_COMPARE(errors.count(), 1);
        vault->join(s("opensesame"));
        QTRY_VERIFY(vault->isJoined());
        // A new room with a password of its own.
        Room *hideout = backend->joinRoom(s("#hideout"), s("hunter2")).valueOr(nullptr);
        QVERIFY(hideout);
        QTRY_VERIFY(hideout->isJoined());
        QCOMPARE(backend->service()->room(s("#hideout"))->password, s("hunter2"));
        vault->invite({backend->buildIdentifier(s("alice")).value()});
        QTRY_VERIFY(vault->hasOccupant(s("alice")));
        vault->leave();
        QTRY_VERIFY(!vault->isJoined());

        const QStringList lines = textsOf(traffic, 1);
        // The joins were logged, without what unlocks them.
        QVERIFY2(!lines.filter(s("JOIN #vault")).isEmpty(), qPrintable(lines.join(u'\n')));
        QVERIFY2(!lines.filter(s("JOIN #hideout")).isEmpty(), qPrintable(lines.join(u'\n')));
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(s("opensesame")), qPrintable(line));
            QVERIFY2(!line.contains(s("wrongsesame")), qPrintable(line));
            QVERIFY2(!line.contains(s("hunter2")), qPrintable(line));
        }
        for (const QString &error : textsOf(errors)) {
            QVERIFY2(!error.contains(s("sesame")), qPrintable(error));
            QVERIFY2(!error.contains(s("hunter2")), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestLocalBackend)
#include "tst_localbackend.moc"
