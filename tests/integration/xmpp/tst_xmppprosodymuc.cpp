// Multi-user chat against a real Prosody: joining with occupants, roles,
// affiliations and identities, nick changes and conflicts, kicks, subject,
// invitations, group and private messages, create, exists and destroy,
// password-protected rooms. Alice and Bob, the humans, are XmppBackends too.
#include "xmpptesthelpers.h"

#include "backends/xmpp/mucpresence.h"
#include "backends/xmpp/namespaces.h"
#include "backends/xmpp/xmpproom.h"
#include "core/eventlog.h"

#include <QSignalSpy>
#include <QTest>

using namespace Botdeck;
using namespace Botdeck::Xmpp;

namespace {

XmppRoom *joined(TestClient &client, const QString &id, const QString &password = {})
{
    const Result<Room *> room = client->joinRoom(id, password);
    if (!room)
        qFatal("%s", qPrintable(room.error()));
    auto *xmpp = qobject_cast<XmppRoom *>(room.value());
    if (!QTest::qWaitFor([xmpp] { return xmpp->isJoined(); }, 10000))
        qWarning("%s not joined: %s", qPrintable(id), qPrintable(client.errors.join(QStringLiteral(" | "))));
    return xmpp;
}

XmlElement adminItem(const QString &room, const QString &nick, const QString &attribute, const QString &value,
                     const QString &reason = {})
{
    XmlElement item(QStringLiteral("item"));
    item.setAttribute(QStringLiteral("nick"), nick);
    item.setAttribute(attribute, value);
    if (!reason.isEmpty())
        item.appendChild(XmlElement(QStringLiteral("reason")).setText(reason));
    XmlElement iq(QStringLiteral("iq"), Ns::Client);
    iq.setAttribute(QStringLiteral("to"), room);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.appendChild(XmlElement(QStringLiteral("query"), Ns::MucAdmin).appendChild(item));
    return iq;
}

// An owner's configuration form with the given fields (XEP-0045 10.2).
XmlElement configure(const QString &room, const QList<std::pair<QString, QString>> &fields)
{
    XmlElement form(QStringLiteral("x"), Ns::DataForms);
    form.setAttribute(QStringLiteral("type"), QStringLiteral("submit"));
    form.appendChild(XmlElement(QStringLiteral("field"))
                         .setAttribute(QStringLiteral("var"), QStringLiteral("FORM_TYPE"))
                         .appendChild(XmlElement(QStringLiteral("value"))
                                          .setText(QStringLiteral("http://jabber.org/protocol/muc#roomconfig"))));
    for (const auto &field : fields) {
        form.appendChild(XmlElement(QStringLiteral("field"))
                             .setAttribute(QStringLiteral("var"), field.first)
                             .appendChild(XmlElement(QStringLiteral("value")).setText(field.second)));
    }
    XmlElement iq(QStringLiteral("iq"), Ns::Client);
    iq.setAttribute(QStringLiteral("to"), room);
    iq.setAttribute(QStringLiteral("type"), QStringLiteral("set"));
    iq.appendChild(XmlElement(QStringLiteral("query"), Ns::MucOwner).appendChild(form));
    return iq;
}

bool iqSucceeds(TestClient &client, const XmlElement &iq)
{
    QString type;
    client->sendIq(iq, [&type](const XmlElement &reply) { type = reply.attribute(QStringLiteral("type")); });
    (void)QTest::qWaitFor([&type] { return !type.isEmpty(); }, 5000);
    return type == QLatin1String("result");
}

} // namespace

class TestXmppProsodyMuc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = m_server->missingPrograms();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        for (const QString &user : {QStringLiteral("bot"), QStringLiteral("alice"), QStringLiteral("bob")})
            QVERIFY2(m_server->registerUser(user, user + QStringLiteral("-pw")), qPrintable(m_server->error()));
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void init()
    {
        m_bot = std::make_unique<TestClient>();
        m_alice = std::make_unique<TestClient>();
        m_bob = std::make_unique<TestClient>();
        XMPP_CONNECT(*m_bot, settings(QStringLiteral("bot")));
        XMPP_CONNECT(*m_alice, settings(QStringLiteral("alice")));
        XMPP_CONNECT(*m_bob, settings(QStringLiteral("bob")));
    }

    void cleanup()
    {
        m_bot.reset();
        m_alice.reset();
        m_bob.reset();
    }

    void joinWithOccupantsAndLeave()
    {
        const QString id = QStringLiteral("lobby@conference.localhost");
        XmppRoom *aliceRoom = joined(*m_alice, id);
        QVERIFY(aliceRoom->isJoined());
        QVERIFY(joined(*m_bob, id)->isJoined());
        // History: what was said before the bot came is delivered, marked.
        QSignalSpy bobHeard(m_bob->get(), &Backend::messageReceived);
        m_alice->get()->sendText(aliceRoom->identifier(), QStringLiteral("before you came"));
        QTRY_COMPARE_WITH_TIMEOUT(bobHeard.size(), 1, 5000);

        QSignalSpy botMessages(m_bot.get()->get(), &Backend::messageReceived);
        XmppRoom *room = joined(*m_bot, id);
        QVERIFY(room->isJoined());
        QVERIFY(room->exists());
        QCOMPARE(room->occupantCount(), 3);
        QVERIFY(m_bot->traffic.join(u'\n').contains(QStringLiteral("maxstanzas='10'")));

        const Identifier alice = room->occupant(QStringLiteral("alice"));
        QVERIFY(alice.isOccupant());
        QCOMPARE(alice.room(), id);
        QCOMPARE(alice.nick(), QStringLiteral("alice"));
        QCOMPARE(alice.extra(XmppExtras::Affiliation).toString(), QStringLiteral("owner"));
        QCOMPARE(alice.extra(XmppExtras::Role).toString(), QStringLiteral("moderator"));
        QCOMPARE(alice.extra(Extras::Rank).toInt(), 4);
        QCOMPARE(alice.extra(Extras::RankName).toString(), QStringLiteral("owner"));
        // The room hides real JIDs from a participant: the person is the
        // occupant JID, which cannot be reached once they leave; access
        // control keys on the stable occupant-id where the room gives one.
        QCOMPARE(alice.person(), id + QStringLiteral("/alice"));
        QVERIFY(!alice.canContactPrivately());
        if (m_server->hasOccupantIds()) {
            QVERIFY(!alice.extra(XmppExtras::OccupantId).toString().isEmpty());
            QVERIFY(alice.aclAttr().contains(alice.extra(XmppExtras::OccupantId).toString()));
        } else {
            QCOMPARE(alice.aclAttr(), id + QStringLiteral("/alice"));
        }
        QVERIFY(room->hasOccupant(QStringLiteral("bot")));
        QCOMPARE(room->occupant(QStringLiteral("bob")).extra(Extras::Rank).toInt(), 0);

        QTRY_VERIFY_WITH_TIMEOUT(!botMessages.isEmpty(), 5000);
        const Message history = botMessages.first().first().value<Message>();
        QCOMPARE(history.body(), QStringLiteral("before you came"));
        QVERIFY(history.extras().value(QStringLiteral("delayed")).toBool());

        QSignalSpy left(room, &Room::occupantLeft);
        qobject_cast<XmppRoom *>(m_bob->get()->room(id))->leave(QStringLiteral("bye"));
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 5000);
        QCOMPARE(left.first().first().value<Identifier>().nick(), QStringLiteral("bob"));
        QCOMPARE(room->occupantCount(), 2);

        QSignalSpy joinedChanged(room, &Room::joinedChanged);
        room->leave();
        QTRY_COMPARE_WITH_TIMEOUT(joinedChanged.size(), 1, 5000);
        QVERIFY(!room->isJoined());
        QCOMPARE(room->occupantCount(), 0);
    }

    void roomThatRevealsRealJids()
    {
        const QString id = QStringLiteral("open@conference.localhost");
        QVERIFY(joined(*m_alice, id)->isJoined());
        QVERIFY(
            iqSucceeds(*m_alice, configure(id, {{QStringLiteral("muc#roomconfig_whois"), QStringLiteral("anyone")}})));
        XmppRoom *room = joined(*m_bot, id);
        QVERIFY(room->revealsRealJids());
        const Identifier alice = room->occupant(QStringLiteral("alice"));
        QCOMPARE(alice.person(), QStringLiteral("alice@localhost"));
        QVERIFY(alice.canContactPrivately());
        QCOMPARE(alice.aclAttr(), QStringLiteral("alice@localhost"));
        QCOMPARE(alice.extra(XmppExtras::RealJid).toString(), QStringLiteral("alice@localhost/test"));
        QCOMPARE(alice.toPerson().person(), QStringLiteral("alice@localhost"));
    }

    void roleChangeNickChangeAndKick()
    {
        const QString id = QStringLiteral("ops@conference.localhost");
        QVERIFY(joined(*m_alice, id)->isJoined());
        QVERIFY(joined(*m_bob, id)->isJoined());
        XmppRoom *room = joined(*m_bot, id);
        QSignalSpy changed(room, &Room::occupantChanged);
        QSignalSpy left(room, &Room::occupantLeft);

        QVERIFY(iqSucceeds(*m_alice,
                           adminItem(id, QStringLiteral("bob"), QStringLiteral("role"), QStringLiteral("moderator"))));
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
        QCOMPARE(changed.first().at(0).value<Identifier>().extra(XmppExtras::Role).toString(),
                 QStringLiteral("participant"));
        QCOMPARE(changed.first().at(1).value<Identifier>().extra(XmppExtras::Role).toString(),
                 QStringLiteral("moderator"));
        QCOMPARE(room->occupant(QStringLiteral("bob")).extra(Extras::Rank).toInt(), 2);

        // Bob takes another nick: one change, keyed on the old nick.
        changed.clear();
        XmlElement rename(QStringLiteral("presence"), Ns::Client);
        rename.setAttribute(QStringLiteral("to"), id + QStringLiteral("/bobby"));
        m_bob->get()->sendStanza(rename);
        QTRY_VERIFY_WITH_TIMEOUT(room->hasOccupant(QStringLiteral("bobby")), 5000);
        QVERIFY(!room->hasOccupant(QStringLiteral("bob")));
        QCOMPARE(changed.first().at(0).value<Identifier>().nick(), QStringLiteral("bob"));
        QCOMPARE(changed.first().at(1).value<Identifier>().nick(), QStringLiteral("bobby"));
        QCOMPARE(left.size(), 0);
        QCOMPARE(room->occupantCount(), 3);
        auto *bobRoom = qobject_cast<XmppRoom *>(m_bob->get()->room(id));
        QTRY_COMPARE_WITH_TIMEOUT(bobRoom->nick(), QStringLiteral("bobby"), 5000);

        // Alice kicks him.
        QSignalSpy bobJoined(bobRoom, &Room::joinedChanged);
        QVERIFY(iqSucceeds(*m_alice,
                           adminItem(id, QStringLiteral("bobby"), QStringLiteral("role"), QStringLiteral("none"),
                                     QStringLiteral("too loud"))));
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 5000);
        QCOMPARE(left.first().at(0).value<Identifier>().nick(), QStringLiteral("bobby"));
        QVERIFY2(left.first().at(1).toString().contains(QStringLiteral("kicked")),
                 qPrintable(left.first().at(1).toString()));
        QVERIFY(left.first().at(1).toString().contains(QStringLiteral("too loud")));
        QCOMPARE(room->occupantCount(), 2);
        // Bob's own room saw it from the inside.
        QTRY_COMPARE_WITH_TIMEOUT(bobJoined.size(), 1, 5000);
        QVERIFY(!bobRoom->isJoined());
        QVERIFY(m_bob->errors.join(u' ').contains(QStringLiteral("kicked")));
    }

    void roomApiRolesKickAndNick()
    {
        const QString id = QStringLiteral("moderated@conference.localhost");
        // Alice made the room, so she moderates it.
        XmppRoom *aliceRoom = joined(*m_alice, id);
        QVERIFY(joined(*m_bob, id)->isJoined());
        XmppRoom *room = joined(*m_bot, id);
        QTRY_VERIFY_WITH_TIMEOUT(aliceRoom->hasOccupant(QStringLiteral("bot")), 5000);
        QVERIFY(aliceRoom->supportedActions().testFlag(Room::Action::Kick));
        const auto roleOf
            = [room](const QString &nick) { return room->occupant(nick).extra(XmppExtras::Role).toString(); };

        aliceRoom->grant(aliceRoom->occupant(QStringLiteral("bob")), Room::Privilege::Operator);
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(QStringLiteral("bob")), QStringLiteral("moderator"), 5000);
        aliceRoom->revoke(aliceRoom->occupant(QStringLiteral("bob")), Room::Privilege::Operator);
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(QStringLiteral("bob")), QStringLiteral("participant"), 5000);
        aliceRoom->revoke(aliceRoom->occupant(QStringLiteral("bob")), Room::Privilege::Voice);
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(QStringLiteral("bob")), QStringLiteral("visitor"), 5000);

        // The bot is no moderator: the service refuses, in words.
        QSignalSpy botErrors(room, &Room::errorOccurred);
        room->kick(room->occupant(QStringLiteral("alice")), QStringLiteral("mutiny"));
        QTRY_VERIFY_WITH_TIMEOUT(!botErrors.isEmpty(), 5000);
        QVERIFY2(botErrors.first().first().toString().startsWith(QStringLiteral("cannot kick alice: ")),
                 qPrintable(botErrors.first().first().toString()));
        QVERIFY(room->hasOccupant(QStringLiteral("alice")));

        // A ban needs the real address, which this room hides from the bot.
        room->ban(room->occupant(QStringLiteral("alice")));
        QVERIFY(botErrors.last().first().toString().contains(QStringLiteral("hides their address")));

        QSignalSpy left(room, &Room::occupantLeft);
        aliceRoom->kick(aliceRoom->occupant(QStringLiteral("bob")), QStringLiteral("quiet now"));
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 5000);
        QCOMPARE(left.first().at(0).value<Identifier>().nick(), QStringLiteral("bob"));
        QVERIFY(left.first().at(1).toString().contains(QStringLiteral("quiet now")));

        // The bot's nick changes in every room it is in.
        m_bot->get()->changeNick(QStringLiteral("botty"));
        QTRY_COMPARE_WITH_TIMEOUT(room->nick(), QStringLiteral("botty"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(aliceRoom->hasOccupant(QStringLiteral("botty")), 5000);

        // A moderator sees real addresses, so Alice can ban the bot.
        QVERIFY(aliceRoom->occupant(QStringLiteral("botty")).canContactPrivately());
        aliceRoom->ban(aliceRoom->occupant(QStringLiteral("botty")), QStringLiteral("enough"));
        QTRY_VERIFY_WITH_TIMEOUT(!room->isJoined(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!aliceRoom->hasOccupant(QStringLiteral("botty")), 5000);
    }

    void nickConflictIsRetried()
    {
        const QString id = QStringLiteral("clash@conference.localhost");
        Result<Room *> aliceRoom = m_alice->get()->queryRoom(id);
        qobject_cast<XmppRoom *>(aliceRoom.value())->setNick(QStringLiteral("bot"));
        aliceRoom.value()->join();
        QTRY_VERIFY_WITH_TIMEOUT(aliceRoom.value()->isJoined(), 5000);

        XmppRoom *room = joined(*m_bot, id);
        QVERIFY(room->isJoined());
        QCOMPARE(room->nick(), QStringLiteral("bot_"));
        QVERIFY(room->hasOccupant(QStringLiteral("bot")));
        QVERIFY(room->hasOccupant(QStringLiteral("bot_")));
        QVERIFY(m_bot->errors.join(u' ').contains(QStringLiteral("in use")));
    }

    void subjectReadAndSet()
    {
        const QString id = QStringLiteral("topics@conference.localhost");
        XmppRoom *aliceRoom = joined(*m_alice, id);
        aliceRoom->setTopic(QStringLiteral("first topic"));
        QTRY_COMPARE_WITH_TIMEOUT(aliceRoom->topic(), QStringLiteral("first topic"), 5000);

        XmppRoom *room = joined(*m_bot, id);
        QTRY_COMPARE_WITH_TIMEOUT(room->topic(), QStringLiteral("first topic"), 5000);
        QCOMPARE(room->topicSetBy().nick(), QStringLiteral("alice"));

        QSignalSpy topics(room, &Room::topicChanged);
        aliceRoom->setTopic(QStringLiteral("second topic"));
        QTRY_COMPARE_WITH_TIMEOUT(topics.size(), 1, 5000);
        QCOMPARE(topics.first().at(0).toString(), QStringLiteral("second topic"));
        QCOMPARE(topics.first().at(1).value<Identifier>().nick(), QStringLiteral("alice"));
    }

    void groupAndPrivateMessages()
    {
        const QString id = QStringLiteral("talk@conference.localhost");
        QVERIFY(joined(*m_alice, id)->isJoined());
        XmppRoom *bobRoom = joined(*m_bob, id);
        XmppRoom *room = joined(*m_bot, id);
        QSignalSpy botReceived(m_bot->get(), &Backend::messageReceived);
        QSignalSpy bobReceived(m_bob->get(), &Backend::messageReceived);

        m_bob->get()->sendText(bobRoom->identifier(), QStringLiteral("!echo hello"));
        QTRY_COMPARE_WITH_TIMEOUT(botReceived.size(), 1, 5000);
        const Message group = botReceived.takeFirst().first().value<Message>();
        QVERIFY(group.isGroup());
        QCOMPARE(group.room(), id);
        QCOMPARE(group.from().nick(), QStringLiteral("bob"));
        QCOMPARE(group.from().room(), id);
        m_bot->get()->sendMessage(m_bot->get()->buildReply(group, QStringLiteral("hello")));
        QTRY_VERIFY_WITH_TIMEOUT(!bobReceived.isEmpty(), 5000);
        const Message echoed = bobReceived.takeFirst().first().value<Message>();
        QCOMPARE(echoed.body(), QStringLiteral("hello"));
        QCOMPARE(echoed.from().nick(), QStringLiteral("bot"));
        // The bot does not hear its own message reflected by the room.
        QCOMPARE(botReceived.size(), 0);

        // Bob writes privately through the room: the bot sees the occupant,
        // never the room and never a guessed person, and answers the same way.
        const auto bobInRoom = m_bob->get()->buildIdentifier(id + QStringLiteral("/bot"));
        QVERIFY2(bobInRoom.isOk(), qPrintable(bobInRoom.error()));
        QVERIFY(bobInRoom.value().isOccupant());
        m_bob->get()->sendText(bobInRoom.value(), QStringLiteral("psst"));
        QTRY_COMPARE_WITH_TIMEOUT(botReceived.size(), 1, 5000);
        const Message privately = botReceived.takeFirst().first().value<Message>();
        QVERIFY(privately.isDirect());
        QVERIFY(privately.from().isOccupant());
        QCOMPARE(privately.from().room(), id);
        QCOMPARE(privately.from().nick(), QStringLiteral("bob"));
        QCOMPARE(privately.from(), room->occupant(QStringLiteral("bob")));
        m_bot->get()->sendMessage(m_bot->get()->buildReply(privately, QStringLiteral("psst back")));
        QTRY_VERIFY_WITH_TIMEOUT(!bobReceived.isEmpty(), 5000);
        const Message answer = bobReceived.takeFirst().first().value<Message>();
        QCOMPARE(answer.body(), QStringLiteral("psst back"));
        QVERIFY(answer.isDirect());
        QCOMPARE(answer.from().nick(), QStringLiteral("bot"));
        QCOMPARE(answer.from().room(), id);
    }

    void mediatedInvite()
    {
        const QString id = QStringLiteral("party@conference.localhost");
        XmppRoom *room = joined(*m_bot, id);
        QSignalSpy aliceReceived(m_alice->get(), &Backend::messageReceived);
        room->invite({m_bot->get()->buildIdentifier(QStringLiteral("alice@localhost")).value()});
        QTRY_COMPARE_WITH_TIMEOUT(aliceReceived.size(), 1, 5000);
        const Message invite = aliceReceived.first().first().value<Message>();
        QCOMPARE(invite.type(), Message::Type::Notice);
        QCOMPARE(invite.extras().value(QStringLiteral("invite")).toString(), id);
        // XEP-0045 7.8.2 lets the room name the inviter by occupant JID
        // (Prosody, as this room hides real JIDs) or by real JID (ejabberd).
        QCOMPARE(invite.from().nick(), QStringLiteral("bot"));
        if (m_server->server() == XmppServerFixture::Server::Prosody)
            QCOMPARE(invite.from().room(), id);
        else
            QCOMPARE(invite.from().person(), QStringLiteral("bot@localhost"));
        QVERIFY(invite.body().contains(id));
    }

    void createExistsAndDestroy()
    {
        const QString id = QStringLiteral("fresh@conference.localhost");
        const Result<Room *> queried = m_bot->get()->queryRoom(id);
        QVERIFY(queried.isOk());
        auto *room = qobject_cast<XmppRoom *>(queried.value());
        QVERIFY(!room->exists());
        // Alice looks the room up and finds nothing.
        const Result<Room *> aliceView = m_alice->get()->queryRoom(id);
        QSignalSpy aliceExists(aliceView.value(), &Room::existsChanged);

        QSignalSpy exists(room, &Room::existsChanged);
        QSignalSpy joinedChanged(room, &Room::joinedChanged);
        room->create();
        QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
        QVERIFY(room->exists());
        QCOMPARE(room->occupant(QStringLiteral("bot")).extra(XmppExtras::Affiliation).toString(),
                 QStringLiteral("owner"));
        // The instant room is unlocked: others can come in.
        QVERIFY(m_bot->traffic.join(u'\n').contains(QStringLiteral("<x xmlns='jabber:x:data' type='submit'/>")));
        XmppRoom *aliceRoom = joined(*m_alice, id);
        QVERIFY(aliceRoom->isJoined());
        QTRY_VERIFY_WITH_TIMEOUT(room->hasOccupant(QStringLiteral("alice")), 5000);

        // Exists, by disco#info, for a fresh look from Bob.
        const Result<Room *> bobView = m_bob->get()->queryRoom(id);
        QTRY_VERIFY_WITH_TIMEOUT(bobView.value()->exists(), 5000);

        room->destroy();
        QTRY_VERIFY_WITH_TIMEOUT(!room->exists(), 5000);
        QVERIFY(!room->isJoined());
        QTRY_VERIFY_WITH_TIMEOUT(!aliceRoom->isJoined(), 5000);
        QVERIFY(!aliceRoom->exists());
        QVERIFY(m_alice->errors.join(u' ').contains(QStringLiteral("destroyed")));
    }

    void createdOnlyWhenTheJoinCreatedTheRoom()
    {
        EventLog log;
        log.attach(m_bot->get());
        QStringList lines;
        connect(&log, &EventLog::lineLogged, this,
                [&lines](const QDateTime &, const QString &, const QString &line) { lines.append(line); });
        // Alice's join makes the room; the bot's finds it already there.
        const QString existing = QStringLiteral("alreadythere@conference.localhost");
        QVERIFY(joined(*m_alice, existing)->isJoined());
        QVERIFY(joined(*m_bot, existing)->isJoined());
        QVERIFY2(!lines.filter(existing + QStringLiteral(" -- joined")).isEmpty(), qPrintable(lines.join(u'\n')));
        QVERIFY2(lines.filter(QStringLiteral("created")).isEmpty(), qPrintable(lines.join(u'\n')));
        // Nobody in this one: the bot's join creates it (status 201).
        const QString fresh = QStringLiteral("brandnew@conference.localhost");
        QVERIFY(joined(*m_bot, fresh)->isJoined());
        QCOMPARE(lines.filter(QStringLiteral("created")),
                 QStringList{fresh + QStringLiteral(" -- the room was created")});
    }

    void destroyNeedsOwner()
    {
        const QString id = QStringLiteral("owned@conference.localhost");
        QVERIFY(joined(*m_alice, id)->isJoined());
        XmppRoom *room = joined(*m_bot, id);
        QSignalSpy errors(room, &Room::errorOccurred);
        room->destroy();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("cannot destroy")),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(room->exists());
    }

    void passwordProtectedRoom()
    {
        const QString id = QStringLiteral("secret@conference.localhost");
        QVERIFY(joined(*m_alice, id)->isJoined());
        QVERIFY(iqSucceeds(*m_alice,
                           configure(id,
                                     {{QStringLiteral("muc#roomconfig_passwordprotectedroom"), QStringLiteral("1")},
                                      {QStringLiteral("muc#roomconfig_roomsecret"), QStringLiteral("opensesame")}})));
        const Result<Room *> queried = m_bot->get()->queryRoom(id);
        QSignalSpy errors(queried.value(), &Room::errorOccurred);
        queried.value()->join(QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
        QVERIFY2(errors.first().first().toString().contains(QStringLiteral("password")),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(!queried.value()->isJoined());
        queried.value()->join(QStringLiteral("opensesame"));
        QTRY_VERIFY_WITH_TIMEOUT(queried.value()->isJoined(), 5000);
        const QString traffic = m_bot->traffic.join(u'\n');
        QVERIFY(!traffic.contains(QStringLiteral("opensesame")));
        QVERIFY(traffic.contains(QStringLiteral("<password>[redacted]</password>")));
    }

    void cleanExitIsSeenAtOnce_data()
    {
        QTest::addColumn<bool>("disconnectFirst");
        QTest::newRow("disconnectFromService, then deleted") << true;
        QTest::newRow("deleted while connected") << false;
    }

    // The goodbye reaches the wire even when the backend goes before the
    // event loop runs again (as on SIGTERM): Prosody, which would keep a
    // silently dropped session for resumption (smacks_hibernation_time is
    // 120 s here), lets the bot out of the room at once.
    void cleanExitIsSeenAtOnce()
    {
        QFETCH(bool, disconnectFirst);
        const QString id = QStringLiteral("goodbye@conference.localhost");
        XmppRoom *aliceRoom = joined(*m_alice, id);
        QVERIFY(joined(*m_bot, id)->isJoined());
        QTRY_VERIFY_WITH_TIMEOUT(aliceRoom->hasOccupant(QStringLiteral("bot")), 5000);
        QSignalSpy left(aliceRoom, &Room::occupantLeft);
        if (disconnectFirst)
            m_bot->get()->disconnectFromService();
        m_bot->backend.reset();
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 5000);
        QCOMPARE(left.first().first().value<Identifier>().nick(), QStringLiteral("bot"));
    }

    void unknownOccupantIsAnError()
    {
        const QString id = QStringLiteral("lonely@conference.localhost");
        QVERIFY(joined(*m_bot, id)->isJoined());
        const auto nobody = m_bot->get()->buildIdentifier(id + QStringLiteral("/ghost"));
        QVERIFY(!nobody.isOk());
        QVERIFY(nobody.error().contains(QStringLiteral("ghost")));
        const auto roomId = m_bot->get()->buildIdentifier(id);
        QVERIFY(roomId.value().isRoom());
    }

private:
    BackendSettings settings(const QString &user)
    {
        return xmppSettings(*m_server, user, user + QStringLiteral("-pw"));
    }

    std::unique_ptr<XmppServerFixture> m_server = XmppServerFixture::make();
    std::unique_ptr<TestClient> m_bot;
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
};

QTEST_GUILESS_MAIN(TestXmppProsodyMuc)
#include "tst_xmppprosodymuc.moc"
