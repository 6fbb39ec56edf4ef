#include "../common/testroom.h"

#include <QSignalSpy>
#include <QTest>

using Botdeck::Identifier;
using Botdeck::Room;

namespace {

const QString roomId = QStringLiteral("#lobby");

Identifier occupant(const QString &nick)
{
    return Identifier::makeOccupant(roomId, QLatin1Char('@') + nick.toLower(), nick);
}

} // namespace

class TestRoomClass : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initialState();
    void requestsReachTheSubclass();
    void nameChanged();
    void joinedChanged();
    void leavingClearsOccupants();
    void existsChanged();
    void topicChanged();
    void topicUnchangedEmitsNothing();
    void occupantJoined();
    void occupantJoinedTwiceUpdates();
    void occupantLeft();
    void occupantLeftUnknownNick();
    void occupantChangedNick();
    void occupantChangedUnknownNickJoins();
    void occupantChangedWithoutNickChange();
    void renameOntoExistingNick();
    void caseInsensitiveLookup_data();
    void caseInsensitiveLookup();
    void applyOccupantsBulk();
    void applyOccupantsSameCount();
    void errorOccurred();
    void properties();
};

void TestRoomClass::initialState()
{
    TestRoom room(roomId);
    QCOMPARE(room.backend(), nullptr);
    QCOMPARE(room.parent(), nullptr);
    QCOMPARE(room.id(), roomId);
    QCOMPARE(room.name(), roomId);
    QCOMPARE(room.identifier(), Identifier::makeRoom(roomId));
    QVERIFY(room.identifier().isRoom());
    QVERIFY(room.topic().isEmpty());
    QVERIFY(room.topicSetBy().isNull());
    QVERIFY(!room.isJoined());
    QVERIFY(!room.exists());
    QVERIFY(room.occupants().isEmpty());
    QCOMPARE(room.occupantCount(), 0);
    QVERIFY(!room.hasOccupant(QStringLiteral("alice")));
    QVERIFY(room.occupant(QStringLiteral("alice")).isNull());
}

void TestRoomClass::requestsReachTheSubclass()
{
    TestRoom room(roomId);
    Room &base = room;
    base.join(QStringLiteral("secret"));
    base.setTopic(QStringLiteral("news"));
    base.invite({Identifier::makePerson(QStringLiteral("@a"), QStringLiteral("a")),
                 Identifier::makePerson(QStringLiteral("@b"), QStringLiteral("b"))});
    base.create();
    base.destroy();
    base.leave(QStringLiteral("bye"));
    QCOMPARE(
        room.calls,
        QStringList({QStringLiteral("join:secret"), QStringLiteral("setTopic:news"), QStringLiteral("invite:@a,@b"),
                     QStringLiteral("create"), QStringLiteral("destroy"), QStringLiteral("leave:bye")}));
    // A request changes nothing until the service answers.
    QVERIFY(!room.isJoined());
    QVERIFY(room.topic().isEmpty());
}

void TestRoomClass::nameChanged()
{
    TestRoom room(roomId);
    QSignalSpy spy(&room, &Room::nameChanged);
    room.update().applyName(QStringLiteral("The Lobby"));
    QCOMPARE(room.name(), QStringLiteral("The Lobby"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("The Lobby"));
    room.update().applyName(QStringLiteral("The Lobby"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(room.id(), roomId);
}

void TestRoomClass::joinedChanged()
{
    TestRoom room(roomId);
    QSignalSpy joined(&room, &Room::joinedChanged);
    QSignalSpy exists(&room, &Room::existsChanged);

    room.update().applyJoined(true);
    QVERIFY(room.isJoined());
    QCOMPARE(joined.count(), 1);
    QCOMPARE(joined.at(0).at(0).toBool(), true);
    // A room one has joined exists.
    QVERIFY(room.exists());
    QCOMPARE(exists.count(), 1);
    QCOMPARE(exists.at(0).at(0).toBool(), true);

    room.update().applyJoined(true);
    QCOMPARE(joined.count(), 1);
    QCOMPARE(exists.count(), 1);

    room.update().applyJoined(false);
    QVERIFY(!room.isJoined());
    QCOMPARE(joined.count(), 2);
    QCOMPARE(joined.at(1).at(0).toBool(), false);
    // Leaving does not make the room stop existing.
    QVERIFY(room.exists());
    QCOMPARE(exists.count(), 1);

    room.update().applyJoined(false);
    QCOMPARE(joined.count(), 2);
}

void TestRoomClass::leavingClearsOccupants()
{
    TestRoom room(roomId);
    room.update().applyJoined(true);
    room.update().applyOccupantJoined(occupant(QStringLiteral("alice")));
    room.update().applyOccupantJoined(occupant(QStringLiteral("bob")));
    QCOMPARE(room.occupantCount(), 2);

    QSignalSpy reset(&room, &Room::occupantsReset);
    QSignalSpy count(&room, &Room::occupantCountChanged);
    QSignalSpy left(&room, &Room::occupantLeft);
    int countSeenOnLeave = -1;
    connect(&room, &Room::joinedChanged, this, [&](bool) { countSeenOnLeave = room.occupantCount(); });

    room.update().applyJoined(false);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.at(0).at(0).toInt(), 0);
    // A bulk reset, not one departure per person.
    QCOMPARE(left.count(), 0);
    QVERIFY(room.occupants().isEmpty());
    QCOMPARE(room.occupantCount(), 0);
    QVERIFY(!room.hasOccupant(QStringLiteral("alice")));
    // Observers of joinedChanged already see the empty room.
    QCOMPARE(countSeenOnLeave, 0);
}

void TestRoomClass::existsChanged()
{
    TestRoom room(roomId);
    QSignalSpy spy(&room, &Room::existsChanged);
    room.update().applyExists(true);
    QVERIFY(room.exists());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    room.update().applyExists(true);
    QCOMPARE(spy.count(), 1);
    room.update().applyExists(false);
    QVERIFY(!room.exists());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toBool(), false);
}

void TestRoomClass::topicChanged()
{
    TestRoom room(roomId);
    QSignalSpy spy(&room, &Room::topicChanged);
    const Identifier alice = occupant(QStringLiteral("alice"));

    room.update().applyTopic(QStringLiteral("Welcome"), alice);
    QCOMPARE(room.topic(), QStringLiteral("Welcome"));
    QCOMPARE(room.topicSetBy(), alice);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Welcome"));
    QCOMPARE(spy.at(0).at(1).value<Identifier>(), alice);

    // Without a setter (a topic learnt on join).
    room.update().applyTopic(QStringLiteral("Other"));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("Other"));
    QVERIFY(spy.at(1).at(1).value<Identifier>().isNull());
    QVERIFY(room.topicSetBy().isNull());

    // The same text set again by someone is news.
    room.update().applyTopic(QStringLiteral("Other"), alice);
    QCOMPARE(spy.count(), 3);
    QCOMPARE(spy.at(2).at(1).value<Identifier>(), alice);

    room.update().applyTopic(QString());
    QCOMPARE(spy.count(), 4);
    QVERIFY(room.topic().isEmpty());
}

void TestRoomClass::topicUnchangedEmitsNothing()
{
    TestRoom room(roomId);
    const Identifier alice = occupant(QStringLiteral("alice"));
    room.update().applyTopic(QStringLiteral("Welcome"), alice);

    QSignalSpy spy(&room, &Room::topicChanged);
    room.update().applyTopic(QStringLiteral("Welcome"), alice);
    QCOMPARE(spy.count(), 0);

    TestRoom fresh(roomId);
    QSignalSpy freshSpy(&fresh, &Room::topicChanged);
    fresh.update().applyTopic(QString());
    QCOMPARE(freshSpy.count(), 0);
}

void TestRoomClass::occupantJoined()
{
    TestRoom room(roomId);
    QSignalSpy joined(&room, &Room::occupantJoined);
    QSignalSpy count(&room, &Room::occupantCountChanged);

    const Identifier alice = occupant(QStringLiteral("alice"));
    room.update().applyOccupantJoined(alice);
    QCOMPARE(joined.count(), 1);
    QCOMPARE(joined.at(0).at(0).value<Identifier>(), alice);
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.at(0).at(0).toInt(), 1);
    QVERIFY(room.hasOccupant(QStringLiteral("alice")));
    QCOMPARE(room.occupant(QStringLiteral("alice")), alice);
    QCOMPARE(room.occupants(), QList<Identifier>{alice});

    const Identifier bob = occupant(QStringLiteral("bob"));
    room.update().applyOccupantJoined(bob);
    QCOMPARE(joined.count(), 2);
    QCOMPARE(joined.at(1).at(0).value<Identifier>(), bob);
    QCOMPARE(count.count(), 2);
    QCOMPARE(count.at(1).at(0).toInt(), 2);
    QCOMPARE(room.occupantCount(), 2);
    const QList<Identifier> all = room.occupants();
    QVERIFY(all.contains(alice));
    QVERIFY(all.contains(bob));
}

void TestRoomClass::occupantJoinedTwiceUpdates()
{
    TestRoom room(roomId);
    room.update().applyOccupantJoined(occupant(QStringLiteral("alice")));

    QSignalSpy joined(&room, &Room::occupantJoined);
    QSignalSpy changed(&room, &Room::occupantChanged);
    QSignalSpy count(&room, &Room::occupantCountChanged);

    Identifier away = occupant(QStringLiteral("alice"));
    away.setExtra(Botdeck::Extras::Away, true);
    room.update().applyOccupantJoined(away);

    QCOMPARE(joined.count(), 0);
    QCOMPARE(count.count(), 0);
    QCOMPARE(room.occupantCount(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!changed.at(0).at(0).value<Identifier>().extra(Botdeck::Extras::Away).isValid());
    QCOMPARE(changed.at(0).at(1).value<Identifier>().extra(Botdeck::Extras::Away), QVariant(true));
    QCOMPARE(room.occupant(QStringLiteral("alice")).extra(Botdeck::Extras::Away), QVariant(true));
}

void TestRoomClass::occupantLeft()
{
    TestRoom room(roomId);
    const Identifier alice = occupant(QStringLiteral("alice"));
    room.update().applyOccupantJoined(alice);
    room.update().applyOccupantJoined(occupant(QStringLiteral("bob")));

    QSignalSpy left(&room, &Room::occupantLeft);
    QSignalSpy count(&room, &Room::occupantCountChanged);
    room.update().applyOccupantLeft(QStringLiteral("alice"), QStringLiteral("Quit: bye"));
    QCOMPARE(left.count(), 1);
    QCOMPARE(left.at(0).at(0).value<Identifier>(), alice);
    QCOMPARE(left.at(0).at(1).toString(), QStringLiteral("Quit: bye"));
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.at(0).at(0).toInt(), 1);
    QVERIFY(!room.hasOccupant(QStringLiteral("alice")));
    QVERIFY(room.occupant(QStringLiteral("alice")).isNull());
    QCOMPARE(room.occupantCount(), 1);

    // Without a reason.
    room.update().applyOccupantLeft(QStringLiteral("bob"));
    QCOMPARE(left.count(), 2);
    QVERIFY(left.at(1).at(1).toString().isEmpty());
    QCOMPARE(count.at(1).at(0).toInt(), 0);
    QCOMPARE(room.occupantCount(), 0);
}

void TestRoomClass::occupantLeftUnknownNick()
{
    TestRoom room(roomId);
    room.update().applyOccupantJoined(occupant(QStringLiteral("alice")));

    QSignalSpy left(&room, &Room::occupantLeft);
    QSignalSpy count(&room, &Room::occupantCountChanged);
    room.update().applyOccupantLeft(QStringLiteral("nobody"), QStringLiteral("why"));
    room.update().applyOccupantLeft(QString());
    QCOMPARE(left.count(), 0);
    QCOMPARE(count.count(), 0);
    QCOMPARE(room.occupantCount(), 1);
}

void TestRoomClass::occupantChangedNick()
{
    TestRoom room(roomId);
    const Identifier bob = occupant(QStringLiteral("Bob"));
    room.update().applyOccupantJoined(bob);
    room.update().applyOccupantJoined(occupant(QStringLiteral("alice")));

    QSignalSpy changed(&room, &Room::occupantChanged);
    QSignalSpy joined(&room, &Room::occupantJoined);
    QSignalSpy left(&room, &Room::occupantLeft);
    QSignalSpy count(&room, &Room::occupantCountChanged);

    Identifier robert = bob;
    robert.setNick(QStringLiteral("Robert"));
    // The service may spell the old nick differently.
    room.update().applyOccupantChanged(QStringLiteral("BOB"), robert);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Identifier>().nick(), QStringLiteral("Bob"));
    QCOMPARE(changed.at(0).at(1).value<Identifier>().nick(), QStringLiteral("Robert"));
    QCOMPARE(joined.count(), 0);
    QCOMPARE(left.count(), 0);
    QCOMPARE(count.count(), 0);
    QCOMPARE(room.occupantCount(), 2);

    QVERIFY(!room.hasOccupant(QStringLiteral("Bob")));
    QVERIFY(!room.hasOccupant(QStringLiteral("bob")));
    QVERIFY(room.hasOccupant(QStringLiteral("Robert")));
    QVERIFY(room.hasOccupant(QStringLiteral("robert")));
    QVERIFY(room.hasOccupant(QStringLiteral("ROBERT")));
    QCOMPARE(room.occupant(QStringLiteral("rObErT")).nick(), QStringLiteral("Robert"));
    QVERIFY(room.occupant(QStringLiteral("bob")).isNull());
}

void TestRoomClass::occupantChangedUnknownNickJoins()
{
    TestRoom room(roomId);
    QSignalSpy changed(&room, &Room::occupantChanged);
    QSignalSpy joined(&room, &Room::occupantJoined);

    const Identifier carol = occupant(QStringLiteral("carol"));
    room.update().applyOccupantChanged(QStringLiteral("stranger"), carol);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(joined.count(), 1);
    QCOMPARE(joined.at(0).at(0).value<Identifier>(), carol);
    QVERIFY(room.hasOccupant(QStringLiteral("carol")));
    QVERIFY(!room.hasOccupant(QStringLiteral("stranger")));
}

void TestRoomClass::occupantChangedWithoutNickChange()
{
    TestRoom room(roomId);
    room.update().applyOccupantJoined(occupant(QStringLiteral("alice")));

    QSignalSpy changed(&room, &Room::occupantChanged);
    Identifier op = occupant(QStringLiteral("alice"));
    op.setExtra(Botdeck::Extras::Rank, 2);
    op.setExtra(Botdeck::Extras::RankName, QStringLiteral("operator"));
    room.update().applyOccupantChanged(QStringLiteral("alice"), op);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Identifier>().extra(Botdeck::Extras::Rank), QVariant());
    QCOMPARE(changed.at(0).at(1).value<Identifier>().extra(Botdeck::Extras::Rank).toInt(), 2);
    QCOMPARE(room.occupant(QStringLiteral("alice")).extra(Botdeck::Extras::RankName).toString(),
             QStringLiteral("operator"));
    QCOMPARE(room.occupantCount(), 1);
}

void TestRoomClass::renameOntoExistingNick()
{
    TestRoom room(roomId);
    const Identifier alice = occupant(QStringLiteral("alice"));
    const Identifier bob = occupant(QStringLiteral("bob"));
    const Identifier carol = occupant(QStringLiteral("carol"));
    room.update().applyOccupants({alice, bob, carol});

    QSignalSpy changed(&room, &Room::occupantChanged);
    QSignalSpy left(&room, &Room::occupantLeft);
    QSignalSpy count(&room, &Room::occupantCountChanged);
    QList<int> countsSeen;
    connect(&room, &Room::occupantCountChanged, this, [&](int announced) {
        QCOMPARE(announced, room.occupantCount());
        countsSeen.append(room.occupants().size());
    });

    Identifier bobAsCarol = bob;
    bobAsCarol.setNick(QStringLiteral("Carol"));
    room.update().applyOccupantChanged(QStringLiteral("bob"), bobAsCarol);

    // The carol who was there is gone; bob now holds the nick.
    QCOMPARE(left.count(), 1);
    QCOMPARE(left.at(0).at(0).value<Identifier>(), carol);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Identifier>(), bob);
    QCOMPARE(changed.at(0).at(1).value<Identifier>(), bobAsCarol);
    QCOMPARE(room.occupantCount(), 2);
    QCOMPARE(room.occupant(QStringLiteral("carol")), bobAsCarol);
    QCOMPARE(room.occupant(QStringLiteral("carol")).person(), bob.person());
    QVERIFY(!room.hasOccupant(QStringLiteral("bob")));
    QVERIFY(room.hasOccupant(QStringLiteral("alice")));

    // Every count announced is a count the room really had, and the last
    // one is the count it has now.
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.at(0).at(0).toInt(), 2);
    QCOMPARE(countsSeen, QList<int>{2});
}

void TestRoomClass::caseInsensitiveLookup_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("asked");

    QTest::newRow("same") << QStringLiteral("Alice") << QStringLiteral("Alice");
    QTest::newRow("lower") << QStringLiteral("Alice") << QStringLiteral("alice");
    QTest::newRow("upper") << QStringLiteral("Alice") << QStringLiteral("ALICE");
    QTest::newRow("mixed") << QStringLiteral("alice") << QStringLiteral("aLiCe");
}

void TestRoomClass::caseInsensitiveLookup()
{
    QFETCH(QString, stored);
    QFETCH(QString, asked);

    TestRoom room(roomId);
    room.update().applyOccupantJoined(occupant(stored));
    QVERIFY(room.hasOccupant(asked));
    QCOMPARE(room.occupant(asked).nick(), stored);

    // The same person under another spelling is an update, not a second
    // occupant.
    QSignalSpy joined(&room, &Room::occupantJoined);
    room.update().applyOccupantJoined(occupant(asked));
    QCOMPARE(joined.count(), 0);
    QCOMPARE(room.occupantCount(), 1);
    QCOMPARE(room.occupant(stored).nick(), asked);

    QSignalSpy left(&room, &Room::occupantLeft);
    room.update().applyOccupantLeft(stored.toUpper());
    QCOMPARE(left.count(), 1);
    QCOMPARE(room.occupantCount(), 0);
}

void TestRoomClass::applyOccupantsBulk()
{
    TestRoom room(roomId);
    room.update().applyOccupantJoined(occupant(QStringLiteral("old")));

    QSignalSpy reset(&room, &Room::occupantsReset);
    QSignalSpy count(&room, &Room::occupantCountChanged);
    QSignalSpy joined(&room, &Room::occupantJoined);
    QSignalSpy left(&room, &Room::occupantLeft);

    QList<Identifier> names;
    for (int i = 0; i < 1000; ++i)
        names.append(occupant(QStringLiteral("User%1").arg(i)));
    room.update().applyOccupants(names);

    QCOMPARE(reset.count(), 1);
    QCOMPARE(count.count(), 1);
    QCOMPARE(count.at(0).at(0).toInt(), 1000);
    QCOMPARE(joined.count(), 0);
    QCOMPARE(left.count(), 0);
    QCOMPARE(room.occupantCount(), 1000);
    QCOMPARE(room.occupants().size(), 1000);
    QVERIFY(!room.hasOccupant(QStringLiteral("old")));
    QVERIFY(room.hasOccupant(QStringLiteral("user999")));
    QCOMPARE(room.occupant(QStringLiteral("USER0")), names.first());

    // Emptying the room.
    room.update().applyOccupants({});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(count.count(), 2);
    QCOMPARE(count.at(1).at(0).toInt(), 0);
    QVERIFY(room.occupants().isEmpty());
}

void TestRoomClass::applyOccupantsSameCount()
{
    TestRoom room(roomId);
    room.update().applyOccupants({occupant(QStringLiteral("a")), occupant(QStringLiteral("b"))});

    QSignalSpy reset(&room, &Room::occupantsReset);
    QSignalSpy count(&room, &Room::occupantCountChanged);
    room.update().applyOccupants({occupant(QStringLiteral("c")), occupant(QStringLiteral("d"))});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(count.count(), 0);
    QVERIFY(room.hasOccupant(QStringLiteral("c")));
    QVERIFY(!room.hasOccupant(QStringLiteral("a")));
}

void TestRoomClass::errorOccurred()
{
    TestRoom room(roomId);
    QSignalSpy spy(&room, &Room::errorOccurred);
    room.update().reportError(QStringLiteral("Cannot join: banned"));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("Cannot join: banned"));
    // Reporting does not change the state.
    QVERIFY(!room.isJoined());
}

void TestRoomClass::properties()
{
    TestRoom room(roomId);
    room.update().applyJoined(true);
    room.update().applyTopic(QStringLiteral("t"));
    room.update().applyOccupantJoined(occupant(QStringLiteral("alice")));
    QCOMPARE(room.property("id").toString(), roomId);
    QCOMPARE(room.property("name").toString(), roomId);
    QCOMPARE(room.property("topic").toString(), QStringLiteral("t"));
    QCOMPARE(room.property("joined").toBool(), true);
    QCOMPARE(room.property("exists").toBool(), true);
    QCOMPARE(room.property("occupantCount").toInt(), 1);
}

QTEST_GUILESS_MAIN(TestRoomClass)
#include "tst_room.moc"
