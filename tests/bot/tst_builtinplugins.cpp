// Every built-in command (Help, Utils, Rooms, Plugins, ACL), asked by
// simulated people on the local backend, checked by the text of the reply
// and by what it did to the service.
#include "botfixture.h"

#include "backends/local/localbackend.h"
#include "backends/local/localservice.h"

#include "core/bot/accesscontrol.h"
#include "core/bot/pluginmanager.h"

#include <QRegularExpression>

using namespace Botdeck;

namespace {

QString lobby()
{
    return QStringLiteral("#lobby");
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

} // namespace

class TestBuiltinPlugins : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BotFixture> f;

    QString ask(const QString &nick, const QString &room, const QString &text) { return f->ask(nick, room, text); }
    // alice asks in #lobby.
    QString alice(const QString &text) { return ask(QStringLiteral("alice"), lobby(), text); }
    // bob, who is no admin, asks in #lobby.
    QString bob(const QString &text) { return ask(QStringLiteral("bob"), lobby(), text); }

    void makeAliceAdmin(const QList<AclRule> &rules = {})
    {
        AccessControl acl;
        acl.setAdmins({QStringLiteral("@alice")});
        acl.setRules(rules);
        f->bot.setAccessControl(acl);
    }

    Local::LocalService *service() const { return qobject_cast<Local::LocalBackend *>(f->backend)->service(); }

    Room *room(const QString &id) const { return f->backend->room(id); }

    static QString refusal(const QString &command, const QString &nick)
    {
        return QStringLiteral("You may not run %1: only admins may run %1; your aclAttr is @%2").arg(command, nick);
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<BotFixture>();
        f->bot.addBuiltinPlugins();
        QVERIFY(f->start());
    }
    void cleanup() { f.reset(); }

    // ---- Help ----------------------------------------------------------

    void helpListsEveryPluginGroup()
    {
        const QString reply = alice(QStringLiteral("!help"));
        QCOMPARE(reply,
                 QStringLiteral("Commands (prefix !; * = admins only): "
                                "ACL: acl explain, acl show* | "
                                "Help: help | "
                                "Plugins: plugin activate*, plugin deactivate*, plugin list | "
                                "Rooms: room create*, room destroy*, room invite*, room join*, room leave*, "
                                "room list, room occupants, room topic | "
                                "Utils: echo, status, uptime, whoami. "
                                "Say !help <command> for details."));
        // The reply went to the room it was asked in.
        QVERIFY(f->sent.constLast().to().isRoom());
        QCOMPARE(f->sent.constLast().to().room(), lobby());
    }

    void helpFollowsThePrefix()
    {
        f->bot.setPrefix(QStringLiteral("."));
        const QString reply = ask(QStringLiteral("alice"), QString(), QStringLiteral("help"));
        QVERIFY2(reply.startsWith(QLatin1String("Commands (prefix .; * = admins only): ")), qPrintable(reply));
        QVERIFY2(reply.endsWith(QLatin1String("Say .help <command> for details.")), qPrintable(reply));
        QCOMPARE(ask(QStringLiteral("alice"), QString(), QStringLiteral("help echo")),
                 QStringLiteral(".echo <text>: Says the text back (plugin Utils)"));
    }

    void helpForOneCommand_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("echo") << QStringLiteral("!help echo")
                              << QStringLiteral("!echo <text>: Says the text back (plugin Utils)");
        QTest::newRow("help itself") << QStringLiteral(
            "!help help") << QStringLiteral("!help [command]: Lists every command, or explains one (plugin Help)");
        QTest::newRow("no arguments") << QStringLiteral("!help whoami")
                                      << QStringLiteral("!whoami: Shows every field of your identifier (plugin Utils)");
        QTest::newRow("multi-word, admins only")
            << QStringLiteral("!help room join")
            << QStringLiteral(
                   "!room join <room> [password]: Joins a room (creating it if needed) (plugin Rooms, admins only)");
        QTest::newRow("multi-word, extra spaces")
            << QStringLiteral("!help   room    topic")
            << QStringLiteral(
                   "!room topic [room] [new topic]: Shows or sets a room's topic (this one's when none is named) "
                   "(plugin Rooms)");
        QTest::newRow("multi-word, quoted")
            << QStringLiteral("!help \"plugin list\"")
            << QStringLiteral("!plugin list: Every plugin and its state (plugin Plugins)");
        QTest::newRow("case") << QStringLiteral("!help ACL Explain")
                              << QStringLiteral("!acl explain <command> [identifier]: Whether someone (you by default) "
                                                "may run a command here, and why (plugin ACL)");
        QTest::newRow("admin only") << QStringLiteral(
            "!help acl show") << QStringLiteral("!acl show: The admins and access rules (plugin ACL, admins only)");
    }

    void helpForOneCommand()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(bob(text), expected);
    }

    void helpForUnknownCommandSuggests_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("typo") << QStringLiteral("!help ecoh")
                              << QStringLiteral("There is no command called ecoh. Did you mean echo?");
        QTest::newRow("typo in a multi-word name")
            << QStringLiteral("!help room jion")
            << QStringLiteral("There is no command called room jion. Did you mean "
                              "room join or room list?");
        QTest::newRow("group name") << QStringLiteral("!help plugin")
                                    << QStringLiteral(
                                           "There is no command called plugin. Did you mean plugin activate or "
                                           "plugin deactivate or plugin list?");
        QTest::newRow("nothing close") << QStringLiteral("!help frobnicate")
                                       << QStringLiteral("There is no command called frobnicate.");
    }

    void helpForUnknownCommandSuggests()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(alice(text), expected);
    }

    void unknownCommandSuggests()
    {
        QCOMPARE(alice(QStringLiteral("!ehco hi")), QStringLiteral("Unknown command \"ehco\". Did you mean !echo?"));
        QCOMPARE(alice(QStringLiteral("!whoamii")),
                 QStringLiteral("Unknown command \"whoamii\". Did you mean !whoami?"));
        // A mistake in the second word of a group of commands.
        QCOMPARE(alice(QStringLiteral("!room jion #random")),
                 QStringLiteral("Unknown command \"room jion\". Did you mean !room join?"));
        QCOMPARE(alice(QStringLiteral("!Plugin lsit")),
                 QStringLiteral("Unknown command \"Plugin lsit\". Did you mean !plugin list?"));
        QCOMPARE(alice(QStringLiteral("!room xyzzy")),
                 QStringLiteral("Unknown command \"room xyzzy\". Say !help for the list."));
        QCOMPARE(alice(QStringLiteral("!acl")),
                 QStringLiteral("\"acl\" needs one more word: !acl explain, !acl show."));
        QCOMPARE(alice(QStringLiteral("!frobnicate")),
                 QStringLiteral("Unknown command \"frobnicate\". Say !help for the list."));
        QCOMPARE(ask(QStringLiteral("alice"), QString(), QStringLiteral("stauts")),
                 QStringLiteral("Unknown command \"stauts\". Did you mean !status?"));
    }

    // ---- Utils ---------------------------------------------------------

    void echo_data()
    {
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("word") << lobby() << QStringLiteral("!echo hi") << QStringLiteral("hi");
        QTest::newRow("spaces kept inside") << lobby() << QStringLiteral("!echo  a   b  ") << QStringLiteral("a   b");
        QTest::newRow("quotes kept as written")
            << lobby() << QStringLiteral("!echo say \"hi\" 'there'") << QStringLiteral("say \"hi\" 'there'");
        QTest::newRow("apostrophe") << lobby() << QStringLiteral("!echo it's fine") << QStringLiteral("it's fine");
        QTest::newRow("unicode") << lobby() << QStringLiteral("!echo Grüße 😀 日本") << QStringLiteral("Grüße 😀 日本");
        QTest::newRow("direct message") << QString() << QStringLiteral("echo private") << QStringLiteral("private");
        QTest::newRow("no text") << lobby() << QStringLiteral("!echo")
                                 << QStringLiteral("Echo what? Say !echo <text>.");
    }

    void echo()
    {
        QFETCH(QString, room);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(ask(QStringLiteral("carol"), room, text), expected);
        if (room.isEmpty()) {
            // A direct message is answered directly.
            QVERIFY(!f->sent.constLast().to().isRoom());
            QCOMPARE(f->sent.constLast().to().person(), QStringLiteral("@carol"));
        }
    }

    void whoamiInARoom()
    {
        QCOMPARE(alice(QStringLiteral("!whoami")),
                 QStringLiteral("kind: occupant | person: @alice | client: laptop | nick: alice | "
                                "displayName: Alice Ashdown | aclAttr: @alice | room: #lobby"));
        QCOMPARE(ask(QStringLiteral("grace"), QStringLiteral("#dev"), QStringLiteral("!whoami")),
                 QStringLiteral("kind: occupant | person: @grace | client: desktop | nick: grace | "
                                "displayName: Grace Gupta | aclAttr: @grace | room: #dev"));
    }

    void whoamiInADirectMessage()
    {
        QCOMPARE(ask(QStringLiteral("bob"), QString(), QStringLiteral("whoami")),
                 QStringLiteral("kind: person | person: @bob | client: phone | nick: bob | "
                                "displayName: Bob Brennan | aclAttr: @bob"));
    }

    void uptime()
    {
        const QString since = f->bot.startTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        const QRegularExpression pattern(
            QStringLiteral("^Up 0 min (\\d+) s \\(since %1 UTC\\), (\\d+) command\\(s\\) run\\.$")
                .arg(QRegularExpression::escape(since)));
        const QRegularExpressionMatch first = pattern.match(alice(QStringLiteral("!uptime")));
        QVERIFY2(first.hasMatch(), qPrintable(f->sent.constLast().body()));
        QVERIFY(first.captured(1).toInt() < 20);
        QCOMPARE(first.captured(2), QStringLiteral("1"));
        QCOMPARE(alice(QStringLiteral("!echo x")), QStringLiteral("x"));
        const QRegularExpressionMatch third = pattern.match(alice(QStringLiteral("!uptime")));
        QVERIFY2(third.hasMatch(), qPrintable(f->sent.constLast().body()));
        QCOMPARE(third.captured(2), QStringLiteral("3"));
    }

    void status()
    {
        const QString expected = QStringLiteral("Botdeck %1: local service connected, %2 room(s) joined, 0 reply(ies) "
                                                "waiting; %3 of 5 plugins active.")
                                     .arg(QStringLiteral(BOTDECK_VERSION));
        QCOMPARE(alice(QStringLiteral("!status")), expected.arg(2).arg(5));
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!room join #random")), QStringLiteral("Joined #random."));
        QCOMPARE(alice(QStringLiteral("!plugin deactivate Rooms")), QStringLiteral("Rooms is inactive."));
        QCOMPARE(ask(QStringLiteral("bob"), QString(), QStringLiteral("status")), expected.arg(3).arg(4));
    }

    // ---- Rooms ---------------------------------------------------------

    void roomList()
    {
        QCOMPARE(alice(QStringLiteral("!room list")),
                 QStringLiteral("Rooms: #lobby (joined, 7 people), #dev (joined, 4 people)"));
        // A room the bot has only looked at is listed as not joined.
        QCOMPARE(alice(QStringLiteral("!room topic #random")),
                 QStringLiteral("The topic of #random is: Anything goes"));
        QCOMPARE(alice(QStringLiteral("!room list")),
                 QStringLiteral("Rooms: #lobby (joined, 7 people), #dev (joined, 4 people), #random (not joined)"));
    }

    void roomJoin()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!room join #random")), QStringLiteral("Joined #random."));
        QVERIFY(room(QStringLiteral("#random"))->isJoined());
        QVERIFY(service()->isMember(QStringLiteral("botdeck"), QStringLiteral("#random")));
        QCOMPARE(nicksOf(room(QStringLiteral("#random"))),
                 (QStringList{QStringLiteral("bob"), QStringLiteral("botdeck"), QStringLiteral("erin"),
                              QStringLiteral("heidi")}));
        QCOMPARE(alice(QStringLiteral("!room join #random")), QStringLiteral("I am already in #random."));
        // A room nobody has made yet is made by joining it.
        QCOMPARE(alice(QStringLiteral("!room join #brandnew")), QStringLiteral("Joined #brandnew."));
        QVERIFY(service()->room(QStringLiteral("#brandnew")));
    }

    void roomJoinWithPassword()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!room join #vault")),
                 QStringLiteral("room join failed: #vault needs a password"));
        QVERIFY(!room(QStringLiteral("#vault"))->isJoined());
        QCOMPARE(ask(QStringLiteral("alice"), QString(), QStringLiteral("room join #vault letmein")),
                 QStringLiteral("room join failed: wrong password for #vault"));
        QVERIFY(!room(QStringLiteral("#vault"))->isJoined());
        QCOMPARE(ask(QStringLiteral("alice"), QString(), QStringLiteral("room join #vault opensesame")),
                 QStringLiteral("Joined #vault."));
        QVERIFY(room(QStringLiteral("#vault"))->isJoined());
        QVERIFY(service()->isMember(QStringLiteral("botdeck"), QStringLiteral("#vault")));
    }

    void roomPasswordsAreNotTakenInPublic()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!room join #vault opensesame")),
                 QStringLiteral("Everyone here can read that password now: tell it to me in a direct message "
                                "instead. I did not use it."));
        QVERIFY(!service()->isMember(QStringLiteral("botdeck"), QStringLiteral("#vault")));
    }

    void leavingTheRoomAskedFromAnswersPrivately()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!room leave #lobby")), QStringLiteral("Left #lobby."));
        const Message reply = f->sent.constLast();
        QVERIFY(reply.isDirect());
        QCOMPARE(reply.to().person(), QStringLiteral("@alice"));
    }

    void roomJoinMistakes()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!room join")), QStringLiteral("Which room? Say !room join <room>."));
        QCOMPARE(alice(QStringLiteral("!room join random")),
                 QStringLiteral("\"random\" is not a valid room: a room is # followed by letters, digits, - or _"));
    }

    void roomJoinIsForAdmins()
    {
        makeAliceAdmin();
        QCOMPARE(bob(QStringLiteral("!room join #random")),
                 refusal(QStringLiteral("room join"), QStringLiteral("bob")));
        QVERIFY(!service()->isMember(QStringLiteral("botdeck"), QStringLiteral("#random")));
        // Without any admin, nobody is one.
        f->bot.setAccessControl(AccessControl());
        QCOMPARE(alice(QStringLiteral("!room join #random")),
                 refusal(QStringLiteral("room join"), QStringLiteral("alice")));
        QVERIFY(!service()->isMember(QStringLiteral("botdeck"), QStringLiteral("#random")));
    }

    void roomLeave()
    {
        makeAliceAdmin();
        QCOMPARE(bob(QStringLiteral("!room leave #dev")), refusal(QStringLiteral("room leave"), QStringLiteral("bob")));
        QVERIFY(room(QStringLiteral("#dev"))->isJoined());
        QCOMPARE(alice(QStringLiteral("!room leave #dev")), QStringLiteral("Left #dev."));
        QVERIFY(!room(QStringLiteral("#dev"))->isJoined());
        QVERIFY(!service()->isMember(QStringLiteral("botdeck"), QStringLiteral("#dev")));
        QCOMPARE(alice(QStringLiteral("!room leave #dev")), QStringLiteral("I am not in #dev."));
        QCOMPARE(alice(QStringLiteral("!room leave")), QStringLiteral("Which room? Say !room leave <room>."));
    }

    void roomOccupants()
    {
        QCOMPARE(bob(QStringLiteral("!room occupants #lobby")),
                 QStringLiteral("#lobby has 7 occupant(s): alice, bob, botdeck, carol, dave, erin, frank"));
        QCOMPARE(bob(QStringLiteral("!room occupants #DEV")),
                 QStringLiteral("#dev has 4 occupant(s): botdeck, carol, dave, grace"));
        QCOMPARE(bob(QStringLiteral("!room occupants #random")),
                 QStringLiteral("I am not in #random, so I cannot see who is."));
        // Without a room: the one it was said in.
        QCOMPARE(bob(QStringLiteral("!room occupants")),
                 QStringLiteral("#lobby has 7 occupant(s): alice, bob, botdeck, carol, dave, erin, frank"));
    }

    void roomOccupantsFollowsChanges()
    {
        QVERIFY(service()->leave(QStringLiteral("dave"), QStringLiteral("#dev"), QStringLiteral("bye")).isEmpty());
        QVERIFY(service()->join(QStringLiteral("heidi"), QStringLiteral("#dev"), QString()).isEmpty());
        QTRY_COMPARE(nicksOf(room(QStringLiteral("#dev"))),
                     (QStringList{QStringLiteral("botdeck"), QStringLiteral("carol"), QStringLiteral("grace"),
                                  QStringLiteral("heidi")}));
        QCOMPARE(bob(QStringLiteral("!room occupants #dev")),
                 QStringLiteral("#dev has 4 occupant(s): botdeck, carol, grace, heidi"));
    }

    void roomOccupantsOfACrowd()
    {
        f = std::make_unique<BotFixture>();
        f->bot.addBuiltinPlugins();
        QVERIFY(f->start(
            {{QStringLiteral("crowd"), 200}, {QStringLiteral("rooms"), QStringLiteral("#lobby,#crowd,#dev")}}));
        QTRY_VERIFY(room(QStringLiteral("#crowd")) && room(QStringLiteral("#crowd"))->isJoined());
        QCOMPARE(room(QStringLiteral("#crowd"))->occupantCount(), 201);
        const QString reply = bob(QStringLiteral("!room occupants #crowd"));
        const QString prefix = QStringLiteral("#crowd has 201 occupant(s): ");
        const QString suffix = QStringLiteral(" and 151 more");
        QVERIFY2(reply.startsWith(prefix) && reply.endsWith(suffix), qPrintable(reply));
        const QStringList listed
            = reply.mid(prefix.size(), reply.size() - prefix.size() - suffix.size()).split(QStringLiteral(", "));
        QCOMPARE(listed.size(), 50);
        QStringList expected = {QStringLiteral("botdeck")};
        for (int i = 1; i <= 49; ++i)
            expected.append(QStringLiteral("guest%1").arg(i, 5, 10, QLatin1Char('0')));
        QCOMPARE(listed, expected);
        QVERIFY(reply.toUtf8().size() <= f->backend->maxMessageSize());
    }

    void roomTopicShow()
    {
        QCOMPARE(bob(QStringLiteral("!room topic #dev")),
                 QStringLiteral("The topic of #dev is: Building bots: patches welcome"));
        QCOMPARE(bob(QStringLiteral("!room topic")),
                 QStringLiteral("The topic of #lobby is: Welcome to the Botdeck local service. Try !help"));
        QCOMPARE(bob(QStringLiteral("!room topic #nowhere")), QStringLiteral("#nowhere has no topic."));
    }

    void roomTopicSet()
    {
        QSignalSpy changed(room(QStringLiteral("#dev")), &Room::topicChanged);
        QCOMPARE(bob(QStringLiteral("!room topic #dev Release on Friday")),
                 QStringLiteral("The topic of #dev is now: Release on Friday"));
        // Answered once the service had confirmed it, not before.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(service()->room(QStringLiteral("#dev"))->topic, QStringLiteral("Release on Friday"));
        QCOMPARE(room(QStringLiteral("#dev"))->topic(), QStringLiteral("Release on Friday"));
        QCOMPARE(room(QStringLiteral("#dev"))->topicSetBy().person(), QStringLiteral("@botdeck"));
        QCOMPARE(bob(QStringLiteral("!room topic #dev")), QStringLiteral("The topic of #dev is: Release on Friday"));
        // Quoted, and with an apostrophe.
        QCOMPARE(bob(QStringLiteral("!room topic #dev \"Ship  it\"")),
                 QStringLiteral("The topic of #dev is now: Ship  it"));
        QCOMPARE(bob(QStringLiteral("!room topic #dev it's done")),
                 QStringLiteral("The topic of #dev is now: it's done"));
        QCOMPARE(service()->room(QStringLiteral("#dev"))->topic, QStringLiteral("it's done"));
    }

    void roomTopicSetTwice()
    {
        f->bot.setCommandTimeout(std::chrono::seconds(3));
        QCOMPARE(bob(QStringLiteral("!room topic #dev Same")), QStringLiteral("The topic of #dev is now: Same"));
        // Nothing changes the second time; the answer must not wait for a
        // change that never comes.
        QCOMPARE(bob(QStringLiteral("!room topic #dev Same")), QStringLiteral("The topic of #dev is already: Same"));
    }

    void roomTopicRefused()
    {
        QCOMPARE(bob(QStringLiteral("!room topic #random New topic")),
                 QStringLiteral("room topic failed: you must be in #random to set its topic"));
        QCOMPARE(service()->room(QStringLiteral("#random"))->topic, QStringLiteral("Anything goes"));
    }

    void roomInvite()
    {
        makeAliceAdmin();
        Room *dev = room(QStringLiteral("#dev"));
        QVERIFY(!nicksOf(dev).contains(QStringLiteral("bob")));
        QCOMPARE(alice(QStringLiteral("!room invite #dev bob @erin")), QStringLiteral("Invited bob, erin to #dev."));
        // The simulated people accept.
        QTRY_VERIFY(nicksOf(dev).contains(QStringLiteral("bob")) && nicksOf(dev).contains(QStringLiteral("erin")));
        QVERIFY(service()->isMember(QStringLiteral("bob"), QStringLiteral("#dev")));
        QVERIFY(service()->isMember(QStringLiteral("erin"), QStringLiteral("#dev")));
    }

    void roomInviteMistakes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");

        QTest::newRow("nobody named") << QStringLiteral("!room invite #dev")
                                      << QStringLiteral("Say !room invite <room> <identifier>...");
        QTest::newRow("unknown nick") << QStringLiteral("!room invite #dev nosuchperson")
                                      << QStringLiteral(
                                             "Cannot invite nosuchperson: Nobody is using the nick nosuchperson");
        QTest::newRow("unknown account") << QStringLiteral("!room invite #dev @nobody")
                                         << QStringLiteral(
                                                "Cannot invite @nobody: There is nobody with the account @nobody");
        QTest::newRow("malformed") << QStringLiteral("!room invite #dev 9lives")
                                   << QStringLiteral("Cannot invite 9lives: \"9lives\" is not an identifier: write "
                                                     "@account, nick, #room or #room/nick");
        QTest::newRow("one bad among good") << QStringLiteral("!room invite #dev heidi nosuchperson")
                                            << QStringLiteral("Cannot invite nosuchperson: Nobody is using the nick "
                                                              "nosuchperson");
        QTest::newRow("a room is no person") << QStringLiteral("!room invite #dev #lobby")
                                             << QStringLiteral("Cannot invite #lobby: it is a room, not a person");
        QTest::newRow("bot not in the room") << QStringLiteral("!room invite #random carol")
                                             << QStringLiteral("I am not in #random, so I cannot invite anyone to it.");
        QTest::newRow("already there") << QStringLiteral("!room invite #dev grace")
                                       << QStringLiteral("Cannot invite grace: already in #dev");
        QTest::newRow("bad room") << QStringLiteral("!room invite dev heidi")
                                  << QStringLiteral(
                                         "\"dev\" is not a valid room: a room is # followed by letters, digits, "
                                         "- or _");
    }

    void roomInviteMistakes()
    {
        makeAliceAdmin();
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(alice(text), expected);
        // Nobody was invited: heidi stays out of #dev.
        QVERIFY(!service()->isMember(QStringLiteral("heidi"), QStringLiteral("#dev")));
        QCOMPARE(alice(QStringLiteral("!echo marker")), QStringLiteral("marker"));
        QVERIFY(!nicksOf(room(QStringLiteral("#dev"))).contains(QStringLiteral("heidi")));
    }

    void roomInviteIsForAdmins()
    {
        makeAliceAdmin();
        QCOMPARE(bob(QStringLiteral("!room invite #dev bob")),
                 refusal(QStringLiteral("room invite"), QStringLiteral("bob")));
        QCOMPARE(alice(QStringLiteral("!echo marker")), QStringLiteral("marker"));
        QVERIFY(!service()->isMember(QStringLiteral("bob"), QStringLiteral("#dev")));
    }

    void roomCreate()
    {
        makeAliceAdmin();
        QVERIFY(!service()->room(QStringLiteral("#scratch")));
        QCOMPARE(bob(QStringLiteral("!room create #scratch")),
                 refusal(QStringLiteral("room create"), QStringLiteral("bob")));
        QVERIFY(!service()->room(QStringLiteral("#scratch")));
        QCOMPARE(alice(QStringLiteral("!room create #scratch")), QStringLiteral("Created #scratch."));
        QVERIFY(service()->room(QStringLiteral("#scratch")));
        QCOMPARE(service()->room(QStringLiteral("#scratch"))->owner, QStringLiteral("botdeck"));
        QVERIFY(room(QStringLiteral("#scratch"))->exists());
        QCOMPARE(alice(QStringLiteral("!room create #scratch")), QStringLiteral("#scratch already exists."));
        QCOMPARE(alice(QStringLiteral("!room create #random")), QStringLiteral("#random already exists."));
    }

    void roomDestroy()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!room create #scratch")), QStringLiteral("Created #scratch."));
        QCOMPARE(bob(QStringLiteral("!room destroy #scratch")),
                 refusal(QStringLiteral("room destroy"), QStringLiteral("bob")));
        QVERIFY(service()->room(QStringLiteral("#scratch")));
        QCOMPARE(alice(QStringLiteral("!room destroy #scratch")), QStringLiteral("Destroyed #scratch."));
        QVERIFY(!service()->room(QStringLiteral("#scratch")));
        QVERIFY(!room(QStringLiteral("#scratch"))->exists());
        QCOMPARE(alice(QStringLiteral("!room destroy #scratch")), QStringLiteral("#scratch does not exist."));
    }

    void roomDestroyJoinedRoom()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!room join #mine")), QStringLiteral("Joined #mine."));
        QCOMPARE(alice(QStringLiteral("!room destroy #mine")), QStringLiteral("Destroyed #mine."));
        QVERIFY(!room(QStringLiteral("#mine"))->isJoined());
        QVERIFY(!service()->room(QStringLiteral("#mine")));
    }

    void roomDestroySomeoneElses()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!room destroy #random")),
                 QStringLiteral("room destroy failed: only its owner, @bob, can destroy #random"));
        QVERIFY(service()->room(QStringLiteral("#random")));
        // Also one the bot is in.
        QCOMPARE(alice(QStringLiteral("!room destroy #dev")),
                 QStringLiteral("room destroy failed: only its owner, @carol, can destroy #dev"));
        QVERIFY(service()->room(QStringLiteral("#dev")));
        QVERIFY(room(QStringLiteral("#dev"))->isJoined());
    }

    // ---- Plugins -------------------------------------------------------

    void pluginList()
    {
        const QString v = QStringLiteral(BOTDECK_VERSION);
        const QString all = QStringLiteral("Plugins: Help %1 (active), Utils %1 (active), Rooms %1 (active), "
                                           "Plugins %1 (active), ACL %1 (active)")
                                .arg(v);
        QCOMPARE(bob(QStringLiteral("!plugin list")), all);
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!plugin deactivate utils")), QStringLiteral("Utils is inactive."));
        QCOMPARE(bob(QStringLiteral("!plugin list")),
                 QStringLiteral("Plugins: Help %1 (active), Utils %1 (inactive), Rooms %1 (active), "
                                "Plugins %1 (active), ACL %1 (active)")
                     .arg(v));
    }

    void pluginDeactivateAndActivate()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!echo before")), QStringLiteral("before"));
        QCOMPARE(alice(QStringLiteral("!plugin deactivate Utils")), QStringLiteral("Utils is inactive."));
        QVERIFY(!f->bot.plugins()->isActive(QStringLiteral("Utils")));
        // Its commands are unknown now, and gone from help.
        QCOMPARE(alice(QStringLiteral("!echo after")),
                 QStringLiteral("Unknown command \"echo\". Say !help for the list."));
        QCOMPARE(alice(QStringLiteral("!whoamj")),
                 QStringLiteral("Unknown command \"whoamj\". Say !help for the list."));
        QCOMPARE(alice(QStringLiteral("!help echo")), QStringLiteral("There is no command called echo."));
        const QString help = alice(QStringLiteral("!help"));
        QVERIFY2(!help.contains(QLatin1String("Utils")) && !help.contains(QLatin1String("echo")), qPrintable(help));
        QVERIFY2(help.contains(QLatin1String("Rooms: ")), qPrintable(help));
        QCOMPARE(alice(QStringLiteral("!plugin deactivate Utils")),
                 QStringLiteral("Cannot deactivate: Utils is not active."));

        QCOMPARE(alice(QStringLiteral("!plugin activate Utils")), QStringLiteral("Utils is active."));
        QCOMPARE(alice(QStringLiteral("!echo again")), QStringLiteral("again"));
        QCOMPARE(alice(QStringLiteral("!plugin activate Utils")),
                 QStringLiteral("Cannot activate: Utils is already active."));
    }

    void pluginMistakes()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!plugin activate")),
                 QStringLiteral("Which plugin? Say !plugin activate <name>."));
        QCOMPARE(alice(QStringLiteral("!plugin deactivate")),
                 QStringLiteral("Which plugin? Say !plugin deactivate <name>."));
        QCOMPARE(alice(QStringLiteral("!plugin activate Nope")),
                 QStringLiteral("Cannot activate: there is no plugin called Nope."));
        QCOMPARE(alice(QStringLiteral("!plugin deactivate Nope")),
                 QStringLiteral("Cannot deactivate: there is no plugin called Nope."));
    }

    void pluginsPluginStaysOn_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("as written") << QStringLiteral("Plugins");
        QTest::newRow("lower case") << QStringLiteral("plugins");
    }

    void pluginsPluginStaysOn()
    {
        QFETCH(QString, name);
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!plugin deactivate ") + name),
                 QStringLiteral("The Plugins plugin stays on: without it nothing could be switched on again."));
        QVERIFY(f->bot.plugins()->isActive(QStringLiteral("Plugins")));
        QCOMPARE(alice(QStringLiteral("!plugin list")).count(QLatin1String("(active)")), 5);
    }

    void pluginSwitchingIsForAdmins()
    {
        makeAliceAdmin();
        QCOMPARE(bob(QStringLiteral("!plugin deactivate Utils")),
                 refusal(QStringLiteral("plugin deactivate"), QStringLiteral("bob")));
        QVERIFY(f->bot.plugins()->isActive(QStringLiteral("Utils")));
        QCOMPARE(alice(QStringLiteral("!plugin deactivate ACL")), QStringLiteral("ACL is inactive."));
        QCOMPARE(ask(QStringLiteral("bob"), QString(), QStringLiteral("plugin activate ACL")),
                 refusal(QStringLiteral("plugin activate"), QStringLiteral("bob")));
        QVERIFY(!f->bot.plugins()->isActive(QStringLiteral("ACL")));
        QCOMPARE(alice(QStringLiteral("!acl show")),
                 QStringLiteral("Unknown command \"acl\". Say !help for the list."));
    }

    // ---- ACL -----------------------------------------------------------

    void aclShow()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!acl show")), QStringLiteral("Admins: @alice. Default: allow. Rules: none."));
        AclRule echoRule;
        echoRule.scope = QStringLiteral("echo");
        echoRule.denyUsers = {QStringLiteral("@bob")};
        echoRule.allowRooms = {QStringLiteral("#lobby"), QStringLiteral("#dev")};
        AclRule utilsRule;
        utilsRule.scope = QStringLiteral("plugin:Utils");
        utilsRule.roomOnly = true;
        makeAliceAdmin({echoRule, utilsRule});
        QCOMPARE(
            ask(QStringLiteral("alice"), QString(), QStringLiteral("acl show")),
            QStringLiteral("Admins: @alice. Default: allow. Rules: echo: deny users @bob; allow rooms #lobby, #dev "
                           "| plugin:Utils: rooms only."));
    }

    void aclShowIsForAdmins()
    {
        makeAliceAdmin();
        QCOMPARE(bob(QStringLiteral("!acl show")), refusal(QStringLiteral("acl show"), QStringLiteral("bob")));
        QCOMPARE(ask(QStringLiteral("bob"), QString(), QStringLiteral("acl show")),
                 refusal(QStringLiteral("acl show"), QStringLiteral("bob")));
    }

    void aclExplainForYourself()
    {
        makeAliceAdmin();
        QCOMPARE(alice(QStringLiteral("!acl explain room join")),
                 QStringLiteral("#lobby/alice may run room join here: room join is for admins only, and aclAttr @alice "
                                "matches admin pattern \"@alice\". (decided by rule admins on aclAttr = @alice)"));
        QCOMPARE(bob(QStringLiteral("!acl explain room join")),
                 QStringLiteral("#lobby/bob may not run room join here: only admins may run room join; your aclAttr is "
                                "@bob. (decided by rule admins on aclAttr = @bob)"));
        QCOMPARE(bob(QStringLiteral("!acl explain echo")),
                 QStringLiteral(
                     "#lobby/bob may run echo here: no rule restricts echo. (decided by rule default on aclAttr = "
                     "@bob)"));
    }

    void aclExplainForAnother()
    {
        AclRule echoRule;
        echoRule.scope = QStringLiteral("echo");
        echoRule.denyUsers = {QStringLiteral("@bob")};
        makeAliceAdmin({echoRule});
        QCOMPARE(
            alice(QStringLiteral("!acl explain echo @bob")),
            QStringLiteral("@bob may not run echo here: rule \"echo\" denies echo to aclAttr @bob (deny_users pattern "
                           "\"@bob\"). (decided by rule echo on aclAttr = @bob)"));
        // By nick, and for a multi-word command.
        QCOMPARE(alice(QStringLiteral("!acl explain room join carol")),
                 QStringLiteral("@carol may not run room join here: only admins may run room join; your aclAttr is "
                                "@carol. (decided by rule admins on aclAttr = @carol)"));
        // Asking about someone else tells which patterns let people in: admins only.
        QCOMPARE(bob(QStringLiteral("!acl explain whoami alice")),
                 QStringLiteral("Only admins may ask about other people; !acl explain whoami explains it for you."));
        // The answer matches what the dispatcher does.
        QCOMPARE(bob(QStringLiteral("!echo hi")),
                 QStringLiteral("You may not run echo: rule \"echo\" denies echo to aclAttr @bob (deny_users pattern "
                                "\"@bob\")"));
    }

    void aclExplainDependsOnThePlace()
    {
        AclRule echoRule;
        echoRule.scope = QStringLiteral("echo");
        echoRule.directOnly = true;
        makeAliceAdmin({echoRule});
        QCOMPARE(
            bob(QStringLiteral("!acl explain echo")),
            QStringLiteral("#lobby/bob may not run echo here: rule \"echo\" allows echo only in direct messages, not "
                           "in room #lobby. (decided by rule echo on room = #lobby)"));
        QCOMPARE(ask(QStringLiteral("bob"), QString(), QStringLiteral("acl explain echo")),
                 QStringLiteral(
                     "@bob may run echo here: no rule restricts echo. (decided by rule default on aclAttr = @bob)"));
    }

    void aclExplainMistakes()
    {
        makeAliceAdmin();
        QCOMPARE(bob(QStringLiteral("!acl explain")), QStringLiteral("Say !acl explain <command> [identifier]."));
        QCOMPARE(bob(QStringLiteral("!acl explain frobnicate")),
                 QStringLiteral("#lobby/bob may not run frobnicate here: there is no command called frobnicate."));
        QCOMPARE(alice(QStringLiteral("!acl explain echo nosuchperson")),
                 QStringLiteral("Cannot explain for that identifier: Nobody is using the nick nosuchperson"));
    }
};

QTEST_MAIN(TestBuiltinPlugins)
#include "tst_builtinplugins.moc"
