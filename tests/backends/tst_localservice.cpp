// LocalService on its own: the simulated server's synchronous API and the
// signals it announces outcomes with.

#include "backends/local/localservice.h"

#include <QSignalSpy>
#include <QTest>

using namespace Botdeck;
using namespace Botdeck::Local;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList members(const LocalService &service, const QString &roomId)
{
    QStringList result;
    const LocalRoomState *state = service.room(roomId);
    if (!state)
        return result;
    for (const QString &account : state->members)
        result.append(account);
    return result;
}

} // namespace

class TestLocalService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void populateMakesPeopleAndRooms()
    {
        LocalService service;
        QVERIFY(service.users().isEmpty());
        QVERIFY(service.roomIds().isEmpty());
        service.populate();

        const QStringList expectedAccounts
            = {s("alice"), s("bob"), s("carol"), s("dave"), s("erin"), s("frank"), s("grace"), s("heidi")};
        QStringList accounts;
        const QList<LocalUser> users = service.users();
        for (const LocalUser &user : users) {
            accounts.append(user.account);
            QCOMPARE(user.nick, user.account);
            QVERIFY(!user.displayName.isEmpty());
            QVERIFY(!user.device.isEmpty());
            QVERIFY(!user.away);
        }
        QCOMPARE(accounts, expectedAccounts);

        const LocalUser *alice = service.user(s("alice"));
        QVERIFY(alice);
        QCOMPARE(alice->displayName, s("Alice Ashdown"));
        QCOMPARE(alice->device, s("laptop"));
        QCOMPARE(service.user(s("bob"))->device, s("phone"));
        QCOMPARE(service.user(s("heidi"))->displayName, s("Heidi Hansen"));

        QCOMPARE(service.roomIds(), (QStringList{s("#dev"), s("#lobby"), s("#random"), s("#vault")}));

        const LocalRoomState *lobby = service.room(s("#lobby"));
        QVERIFY(lobby);
        QCOMPARE(lobby->id, s("#lobby"));
        QCOMPARE(lobby->owner, s("alice"));
        QCOMPARE(lobby->topicSetBy, s("alice"));
        QVERIFY(lobby->topic.startsWith(s("Welcome")));
        QVERIFY(lobby->password.isEmpty());
        QCOMPARE(members(service, s("#lobby")),
                 (QStringList{s("alice"), s("bob"), s("carol"), s("dave"), s("erin"), s("frank")}));

        QCOMPARE(service.room(s("#dev"))->owner, s("carol"));
        QCOMPARE(members(service, s("#dev")), (QStringList{s("carol"), s("dave"), s("grace")}));
        QCOMPARE(service.room(s("#random"))->owner, s("bob"));
        QCOMPARE(members(service, s("#random")), (QStringList{s("bob"), s("erin"), s("heidi")}));

        const LocalRoomState *vault = service.room(s("#vault"));
        QVERIFY(vault);
        QCOMPARE(vault->owner, s("grace"));
        QCOMPARE(vault->password, s("opensesame"));
        QCOMPARE(members(service, s("#vault")), (QStringList{s("grace"), s("heidi")}));

        QVERIFY(service.isMember(s("heidi"), s("#vault")));
        QVERIFY(!service.isMember(s("alice"), s("#vault")));
        QVERIFY(!service.isMember(s("alice"), s("#nosuchroom")));
        QCOMPARE(service.roomsOf(s("dave")), (QStringList{s("#dev"), s("#lobby")}));
        QVERIFY(service.roomsOf(s("nobody")).isEmpty());
    }

    void populateCrowd()
    {
        LocalService service;
        service.populate();
        QSignalSpy created(&service, &LocalService::roomCreated);
        service.populateCrowd(10000);
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.at(0).at(0).toString(), s("#crowd"));

        const LocalRoomState *crowd = service.room(s("#crowd"));
        QVERIFY(crowd);
        QCOMPARE(int(crowd->members.size()), 10000);
        QCOMPARE(service.users().size(), 8 + 10000);
        QVERIFY(crowd->members.count(s("guest00001")));
        QVERIFY(crowd->members.count(s("guest10000")));
        QVERIFY(!crowd->members.count(s("alice")));
        QVERIFY(crowd->topic.contains(s("10000")));
        const LocalUser *guest = service.user(s("guest00042"));
        QVERIFY(guest);
        QCOMPARE(guest->nick, s("guest00042"));
        QVERIFY(!guest->displayName.isEmpty());
        QVERIFY(!guest->device.isEmpty());
    }

    void populateCrowdWithNothing()
    {
        LocalService service;
        service.populate();
        service.populateCrowd(0);
        service.populateCrowd(-5);
        QVERIFY(!service.room(s("#crowd")));
        QCOMPARE(service.users().size(), 8);
    }

    void addUser_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("nick");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << s("zed") << s("zed") << true;
        QTest::newRow("nick differs") << s("zed") << s("Zed_the-Great") << true;
        QTest::newRow("dots in account") << s("z.e-d_1") << s("zed") << true;
        QTest::newRow("empty account") << QString() << s("zed") << false;
        QTest::newRow("upper-case account") << s("Zed") << s("zed") << false;
        QTest::newRow("space in account") << s("z ed") << s("zed") << false;
        QTest::newRow("account too long") << QString(33, u'z') << s("zed") << false;
        QTest::newRow("empty nick") << s("zed") << QString() << false;
        QTest::newRow("nick starts with digit") << s("zed") << s("9lives") << false;
        QTest::newRow("space in nick") << s("zed") << s("z ed") << false;
        QTest::newRow("nick too long") << s("zed") << QString(33, u'z') << false;
        QTest::newRow("duplicate account") << s("alice") << s("someone") << false;
        QTest::newRow("duplicate nick") << s("zed") << s("alice") << false;
        QTest::newRow("duplicate nick, other case") << s("zed") << s("ALICE") << false;
    }

    void addUser()
    {
        QFETCH(QString, account);
        QFETCH(QString, nick);
        QFETCH(bool, ok);
        LocalService service;
        service.populate();
        const QString error = service.addUser({account, nick, s("Zed Zimmer"), s("watch")});
        if (ok) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const LocalUser *added = service.user(account);
            QVERIFY(added);
            QCOMPARE(added->nick, nick);
            QCOMPARE(added->displayName, s("Zed Zimmer"));
            QCOMPARE(added->device, s("watch"));
            QCOMPARE(service.userByNick(nick), added);
            QCOMPARE(service.users().size(), 9);
        } else {
            QVERIFY(!error.isEmpty());
            QCOMPARE(service.users().size(), 8);
            // The people already there are left alone.
            QCOMPARE(service.user(s("alice"))->nick, s("alice"));
            QCOMPARE(service.userByNick(s("alice"))->account, s("alice"));
        }
    }

    void removeUser()
    {
        LocalService service;
        service.populate();
        QSignalSpy left(&service, &LocalService::left);
        QCOMPARE(service.removeUser(s("dave"), s("bye")), QString());
        QCOMPARE(left.count(), 2);
        QCOMPARE(left.at(0).at(1).toString(), s("dave"));
        QCOMPARE(left.at(0).at(2).toString(), s("bye"));
        QVERIFY(!service.user(s("dave")));
        QVERIFY(!service.userByNick(s("dave")));
        QVERIFY(!service.isMember(s("dave"), s("#lobby")));
        QVERIFY(!service.removeUser(s("dave")).isEmpty());
        // The nick is free again.
        QCOMPARE(service.addUser({s("dave2"), s("dave"), s("D"), s("pc")}), QString());
    }

    void nickLookupIsCaseInsensitive()
    {
        LocalService service;
        service.populate();
        QVERIFY(service.userByNick(s("ALICE")));
        QCOMPARE(service.userByNick(s("ALICE"))->account, s("alice"));
        QCOMPARE(service.userByNick(s("Bob"))->account, s("bob"));
        QVERIFY(!service.userByNick(s("zed")));
        // Accounts are exact.
        QVERIFY(!service.user(s("ALICE")));
    }

    void roomLookupIsCaseInsensitive()
    {
        LocalService service;
        service.populate();
        QVERIFY(service.room(s("#LOBBY")));
        QCOMPARE(service.room(s("#LoBbY"))->id, s("#lobby"));
        QVERIFY(service.isMember(s("alice"), s("#Lobby")));

        QSignalSpy joined(&service, &LocalService::joined);
        QCOMPARE(service.join(s("grace"), s("#LOBBY")), QString());
        QCOMPARE(joined.count(), 1);
        // Announced under the room's own spelling.
        QCOMPARE(joined.at(0).at(0).toString(), s("#lobby"));

        QCOMPARE(service.createRoom(s("alice"), s("#MixedCase")), QString());
        QCOMPARE(service.room(s("#mixedcase"))->id, s("#MixedCase"));
        QVERIFY(!service.createRoom(s("bob"), s("#MIXEDCASE")).isEmpty());
    }

    void validators_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("room");
        QTest::addColumn<bool>("nick");
        QTest::addColumn<bool>("account");
        QTest::newRow("#lobby") << s("#lobby") << true << false << false;
        QTest::newRow("#a-b_C9") << s("#a-b_C9") << true << false << false;
        QTest::newRow("#") << s("#") << false << false << false;
        QTest::newRow("#bad room") << s("#bad room") << false << false << false;
        QTest::newRow("#bad/room") << s("#bad/room") << false << false << false;
        QTest::newRow("lobby") << s("lobby") << false << true << true;
        QTest::newRow("#51") << (u'#' + QString(51, u'x')) << false << false << false;
        QTest::newRow("#50") << (u'#' + QString(50, u'x')) << true << false << false;
        QTest::newRow("Alice") << s("Alice") << false << true << false;
        QTest::newRow("nick|away") << s("nick|away") << false << true << false;
        QTest::newRow("x[]^`{}-") << s("x[]^`{}-") << false << true << false;
        QTest::newRow("[x]") << s("[x]") << false << false << false;
        QTest::newRow("_") << s("_") << false << true << true;
        QTest::newRow("9lives") << s("9lives") << false << false << true;
        QTest::newRow("a.b") << s("a.b") << false << false << true;
        QTest::newRow("a b") << s("a b") << false << false << false;
        QTest::newRow("empty") << QString() << false << false << false;
        QTest::newRow("32 chars") << QString(32, u'a') << false << true << true;
        QTest::newRow("33 chars") << QString(33, u'a') << false << false << false;
    }

    void validators()
    {
        QFETCH(QString, text);
        QFETCH(bool, room);
        QFETCH(bool, nick);
        QFETCH(bool, account);
        QCOMPARE(LocalService::isValidRoomId(text), room);
        QCOMPARE(LocalService::isValidNick(text), nick);
        QCOMPARE(LocalService::isValidAccount(text), account);
    }

    void joinAndLeave()
    {
        LocalService service;
        service.populate();
        QSignalSpy joined(&service, &LocalService::joined);
        QSignalSpy left(&service, &LocalService::left);

        QCOMPARE(service.join(s("grace"), s("#lobby")), QString());
        QCOMPARE(joined.count(), 1);
        QCOMPARE(joined.at(0), (QVariantList{s("#lobby"), s("grace")}));
        QVERIFY(service.isMember(s("grace"), s("#lobby")));

        QCOMPARE(service.leave(s("grace"), s("#lobby"), s("lunch")), QString());
        QCOMPARE(left.count(), 1);
        QCOMPARE(left.at(0), (QVariantList{s("#lobby"), s("grace"), s("lunch")}));
        QVERIFY(!service.isMember(s("grace"), s("#lobby")));
    }

    void joinErrors()
    {
        LocalService service;
        service.populate();
        QSignalSpy joined(&service, &LocalService::joined);
        QSignalSpy created(&service, &LocalService::roomCreated);

        // Twice.
        const QString twice = service.join(s("alice"), s("#lobby"));
        QVERIFY(!twice.isEmpty());
        QVERIFY2(twice.contains(s("#lobby")), qPrintable(twice));
        // Password-protected room without and with a wrong password.
        const QString missing = service.join(s("alice"), s("#vault"));
        QVERIFY(!missing.isEmpty());
        QVERIFY2(missing.contains(s("password")), qPrintable(missing));
        const QString wrong = service.join(s("alice"), s("#vault"), s("letmein"));
        QVERIFY(!wrong.isEmpty());
        QVERIFY2(wrong.contains(s("password")), qPrintable(wrong));
        QVERIFY(missing != wrong);
        // Nobody.
        QVERIFY(!service.join(s("zed"), s("#lobby")).isEmpty());
        // Names a room can never have.
        QVERIFY(!service.join(s("alice"), s("lobby")).isEmpty());
        QVERIFY(!service.join(s("alice"), s("#bad room")).isEmpty());
        QVERIFY(!service.join(s("alice"), s("#")).isEmpty());

        QCOMPARE(joined.count(), 0);
        QCOMPARE(created.count(), 0);
        QVERIFY(!service.isMember(s("alice"), s("#vault")));
        QCOMPARE(service.roomIds().size(), 4);

        QCOMPARE(service.join(s("alice"), s("#vault"), s("opensesame")), QString());
        QVERIFY(service.isMember(s("alice"), s("#vault")));
        QCOMPARE(joined.count(), 1);
    }

    void joinCreatesMissingRoom()
    {
        LocalService service;
        service.populate();
        QSignalSpy created(&service, &LocalService::roomCreated);
        QSignalSpy joined(&service, &LocalService::joined);
        QCOMPARE(service.join(s("bob"), s("#new"), s("pw")), QString());
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.at(0), (QVariantList{s("#new"), s("bob")}));
        QCOMPARE(joined.count(), 1);
        const LocalRoomState *room = service.room(s("#new"));
        QVERIFY(room);
        QCOMPARE(room->owner, s("bob"));
        QCOMPARE(room->password, s("pw"));
        QCOMPARE(members(service, s("#new")), QStringList{s("bob")});
        QVERIFY(!service.join(s("alice"), s("#new")).isEmpty());
        QCOMPARE(service.join(s("alice"), s("#new"), s("pw")), QString());
    }

    void leaveErrors()
    {
        LocalService service;
        service.populate();
        QSignalSpy left(&service, &LocalService::left);
        QVERIFY(!service.leave(s("grace"), s("#lobby")).isEmpty());
        QVERIFY(!service.leave(s("alice"), s("#nosuchroom")).isEmpty());
        QVERIFY(!service.leave(s("zed"), s("#lobby")).isEmpty());
        QCOMPARE(left.count(), 0);
        QCOMPARE(service.leave(s("alice"), s("#LOBBY")), QString());
        QVERIFY(!service.leave(s("alice"), s("#lobby")).isEmpty());
        QCOMPARE(left.count(), 1);
    }

    void createRoom()
    {
        LocalService service;
        service.populate();
        QSignalSpy created(&service, &LocalService::roomCreated);
        QCOMPARE(service.createRoom(s("dave"), s("#garden"), s("roses")), QString());
        QCOMPARE(created.count(), 1);
        QCOMPARE(created.at(0), (QVariantList{s("#garden"), s("dave")}));
        const LocalRoomState *garden = service.room(s("#garden"));
        QVERIFY(garden);
        QCOMPARE(garden->owner, s("dave"));
        QCOMPARE(garden->password, s("roses"));
        // Creating does not join.
        QVERIFY(garden->members.empty());
        QVERIFY(service.roomIds().contains(s("#garden")));
    }

    void createRoomErrors()
    {
        LocalService service;
        service.populate();
        QSignalSpy created(&service, &LocalService::roomCreated);
        const QString exists = service.createRoom(s("dave"), s("#lobby"));
        QVERIFY2(exists.contains(s("#lobby")), qPrintable(exists));
        QVERIFY(!service.createRoom(s("dave"), s("#Lobby")).isEmpty());
        QVERIFY(!service.createRoom(s("dave"), s("garden")).isEmpty());
        QVERIFY(!service.createRoom(s("dave"), s("#bad room")).isEmpty());
        QVERIFY(!service.createRoom(s("dave"), s("#")).isEmpty());
        QVERIFY(!service.createRoom(s("dave"), QString()).isEmpty());
        QVERIFY(!service.createRoom(s("zed"), s("#garden")).isEmpty());
        QCOMPARE(created.count(), 0);
        QCOMPARE(service.roomIds().size(), 4);
        QCOMPARE(service.room(s("#lobby"))->owner, s("alice"));
    }

    void destroyRoom()
    {
        LocalService service;
        service.populate();
        QSignalSpy left(&service, &LocalService::left);
        QSignalSpy destroyed(&service, &LocalService::roomDestroyed);
        QCOMPARE(service.destroyRoom(s("carol"), s("#DEV")), QString());
        QCOMPARE(left.count(), 3);
        QStringList gone;
        for (const QList<QVariant> &args : left) {
            QCOMPARE(args.at(0).toString(), s("#dev"));
            QVERIFY(!args.at(2).toString().isEmpty());
            gone.append(args.at(1).toString());
        }
        QCOMPARE(gone, (QStringList{s("carol"), s("dave"), s("grace")}));
        QCOMPARE(destroyed.count(), 1);
        QCOMPARE(destroyed.at(0), (QVariantList{s("#dev"), s("carol")}));
        QVERIFY(!service.room(s("#dev")));
        QVERIFY(!service.roomsOf(s("grace")).contains(s("#dev")));
        // The name is free again.
        QCOMPARE(service.createRoom(s("grace"), s("#dev")), QString());
    }

    void destroyRoomErrors()
    {
        LocalService service;
        service.populate();
        QSignalSpy destroyed(&service, &LocalService::roomDestroyed);
        QSignalSpy left(&service, &LocalService::left);
        const QString missing = service.destroyRoom(s("alice"), s("#nosuchroom"));
        QVERIFY2(missing.contains(s("#nosuchroom")), qPrintable(missing));
        const QString notOwner = service.destroyRoom(s("bob"), s("#lobby"));
        QVERIFY(!notOwner.isEmpty());
        QVERIFY2(notOwner.contains(s("alice")), qPrintable(notOwner));
        QCOMPARE(destroyed.count(), 0);
        QCOMPARE(left.count(), 0);
        QVERIFY(service.room(s("#lobby")));
        QCOMPARE(service.room(s("#lobby"))->members.size(), size_t(6));
    }

    void setTopic()
    {
        LocalService service;
        service.populate();
        QSignalSpy topic(&service, &LocalService::topicChanged);
        QCOMPARE(service.setTopic(s("dave"), s("#Lobby"), s("New topic")), QString());
        QCOMPARE(topic.count(), 1);
        QCOMPARE(topic.at(0), (QVariantList{s("#lobby"), s("New topic"), s("dave")}));
        QCOMPARE(service.room(s("#lobby"))->topic, s("New topic"));
        QCOMPARE(service.room(s("#lobby"))->topicSetBy, s("dave"));

        QVERIFY(!service.setTopic(s("grace"), s("#lobby"), s("Not mine")).isEmpty());
        QVERIFY(!service.setTopic(s("dave"), s("#nosuchroom"), s("x")).isEmpty());
        QCOMPARE(topic.count(), 1);
        QCOMPARE(service.room(s("#lobby"))->topic, s("New topic"));
    }

    void invite()
    {
        LocalService service;
        service.populate();
        QSignalSpy invited(&service, &LocalService::invited);
        QCOMPARE(service.invite(s("grace"), s("#vault"), s("alice")), QString());
        QCOMPARE(invited.count(), 1);
        QCOMPARE(invited.at(0), (QVariantList{s("#vault"), s("grace"), s("alice")}));
        // An invitation is not a join.
        QVERIFY(!service.isMember(s("alice"), s("#vault")));

        QVERIFY(!service.invite(s("alice"), s("#vault"), s("bob")).isEmpty());   // inviter not in the room
        QVERIFY(!service.invite(s("grace"), s("#vault"), s("zed")).isEmpty());   // nobody
        QVERIFY(!service.invite(s("grace"), s("#vault"), s("heidi")).isEmpty()); // already there
        QVERIFY(!service.invite(s("grace"), s("#nosuchroom"), s("alice")).isEmpty());
        QCOMPARE(invited.count(), 1);
    }

    void changeNick()
    {
        LocalService service;
        service.populate();
        QSignalSpy nick(&service, &LocalService::nickChanged);
        QCOMPARE(service.changeNick(s("alice"), s("Alicia")), QString());
        QCOMPARE(nick.count(), 1);
        QCOMPARE(nick.at(0), (QVariantList{s("alice"), s("alice"), s("Alicia")}));
        QCOMPARE(service.user(s("alice"))->nick, s("Alicia"));
        QCOMPARE(service.userByNick(s("alicia"))->account, s("alice"));
        QVERIFY(!service.userByNick(s("alice")));
        // The old nick is free for someone else.
        QCOMPARE(service.changeNick(s("bob"), s("alice")), QString());
        QCOMPARE(service.userByNick(s("ALICE"))->account, s("bob"));
        QCOMPARE(nick.count(), 2);

        // The same nick is no change.
        QCOMPARE(service.changeNick(s("carol"), s("carol")), QString());
        QCOMPARE(nick.count(), 2);
        // A change of case is one, and does not collide with itself.
        QCOMPARE(service.changeNick(s("carol"), s("Carol")), QString());
        QCOMPARE(nick.count(), 3);
        QCOMPARE(service.userByNick(s("carol"))->nick, s("Carol"));
    }

    void changeNickErrors()
    {
        LocalService service;
        service.populate();
        QSignalSpy nick(&service, &LocalService::nickChanged);
        const QString inUse = service.changeNick(s("alice"), s("bob"));
        QVERIFY2(inUse.contains(s("bob")), qPrintable(inUse));
        QVERIFY(!service.changeNick(s("alice"), s("BOB")).isEmpty());
        QVERIFY(!service.changeNick(s("alice"), s("9lives")).isEmpty());
        QVERIFY(!service.changeNick(s("alice"), s("a b")).isEmpty());
        QVERIFY(!service.changeNick(s("alice"), QString()).isEmpty());
        QVERIFY(!service.changeNick(s("zed"), s("zed")).isEmpty());
        QCOMPARE(nick.count(), 0);
        QCOMPARE(service.user(s("alice"))->nick, s("alice"));
        QCOMPARE(service.userByNick(s("bob"))->account, s("bob"));
    }

    void setAway()
    {
        LocalService service;
        service.populate();
        QSignalSpy away(&service, &LocalService::awayChanged);
        QCOMPARE(service.setAway(s("bob"), true), QString());
        QCOMPARE(away.count(), 1);
        QCOMPARE(away.at(0), (QVariantList{s("bob"), true}));
        QVERIFY(service.user(s("bob"))->away);
        // No change, no signal.
        QCOMPARE(service.setAway(s("bob"), true), QString());
        QCOMPARE(away.count(), 1);
        QCOMPARE(service.setAway(s("bob"), false), QString());
        QCOMPARE(away.count(), 2);
        QVERIFY(!service.user(s("bob"))->away);
        QVERIFY(!service.setAway(s("zed"), true).isEmpty());
        QCOMPARE(away.count(), 2);
    }

    void say()
    {
        LocalService service;
        service.populate();
        QSignalSpy said(&service, &LocalService::said);
        QCOMPARE(service.say(s("bob"), s("#LOBBY"), s("hello")), QString());
        QCOMPARE(service.say(s("bob"), s("#lobby"), s("waves"), Message::Type::Action), QString());
        QCOMPARE(service.say(s("bob"), s("@heidi"), s("psst")), QString());
        QCOMPARE(said.count(), 3);
        QCOMPARE(said.at(0).at(0).toString(), s("bob"));
        QCOMPARE(said.at(0).at(1).toString(), s("#lobby"));
        QCOMPARE(said.at(0).at(2).toString(), s("hello"));
        QCOMPARE(said.at(0).at(3).value<Message::Type>(), Message::Type::Chat);
        QCOMPARE(said.at(1).at(3).value<Message::Type>(), Message::Type::Action);
        QCOMPARE(said.at(2).at(1).toString(), s("@heidi"));
        QCOMPARE(said.at(2).at(2).toString(), s("psst"));
    }

    void sayErrors()
    {
        LocalService service;
        service.populate();
        QSignalSpy said(&service, &LocalService::said);
        const QString notIn = service.say(s("grace"), s("#lobby"), s("hi"));
        QVERIFY2(notIn.contains(s("#lobby")), qPrintable(notIn));
        QVERIFY(!service.say(s("bob"), s("#nosuchroom"), s("hi")).isEmpty());
        QVERIFY(!service.say(s("bob"), s("@zed"), s("hi")).isEmpty());
        QVERIFY(!service.say(s("zed"), s("#lobby"), s("hi")).isEmpty());
        QVERIFY(!service.say(s("bob"), s("#lobby"), QString()).isEmpty());
        QCOMPARE(said.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalService)
#include "tst_localservice.moc"
