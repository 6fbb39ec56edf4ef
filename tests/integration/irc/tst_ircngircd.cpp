// The IRC backend against a real ngircd: registration, rooms and their live
// updates, messages both ways, long replies, a 2 000-name NAMES burst,
// reconnecting after the server dies, and TLS with a pinned certificate.
// (ngircd accepts about ten connections a second, so the 2 000-name NAMES
// burst runs against InspIRCd instead.)
#include "../retrypolicy.h"
#include "ircintegration.h"

#include "backends/irc/irccodec.h"
#include "core/sendqueue.h"

#include <QSignalSpy>
#include <QTimer>

using namespace Botdeck;
using namespace Botdeck::Irc;

class TestIrcNgircd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void registration();
    void wrongPassword();
    void nickInUse();
    void roomLiveUpdates();
    void lagStaysLiveOnABusyLink();
    void awayIsLearntWithoutAwayNotify();
    void topicAndWhoOnJoin();
    void messagesBothWays();
    void longReplySplitting();
    void createAndDestroy();
    void reconnectAfterRestart();
    void tlsPinned();
    void tlsUnpinnedRefused();

private:
    std::unique_ptr<IrcBackend> connectedBot(const QString &nick, QVariantMap extra = {});

    std::unique_ptr<IrcServer> m_server;
};

void TestIrcNgircd::initTestCase()
{
    m_server = std::make_unique<IrcServer>(IrcServer::Kind::Ngircd);
    if (const QString missing = m_server->missingReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QVERIFY2(m_server->start(true), qPrintable(m_server->error()));
}

std::unique_ptr<IrcBackend> TestIrcNgircd::connectedBot(const QString &nick, QVariantMap extra)
{
    QVariantMap fields = ircFields(m_server->port(), nick);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        fields.insert(it.key(), it.value());
    std::unique_ptr<IrcBackend> bot = makeIrcBackend(fields);
    if (bot && !QTest::qWaitFor([&] { return bot->isConnected(); }, 10000))
        qWarning("the bot did not connect");
    return bot;
}

void TestIrcNgircd::registration()
{
    QVariantMap fields = ircFields(m_server->port(), QStringLiteral("regbot"));
    fields.insert(QStringLiteral("ping-interval"), 1);
    std::unique_ptr<IrcBackend> bot = makeIrcBackend(fields);
    QVERIFY(bot);
    QSignalSpy states(bot.get(), &Backend::stateChanged);
    QStringList traffic;
    connect(bot.get(), &Backend::trafficLogged, this,
            [&](Backend::Direction, const QString &text) { traffic.append(text); });
    QTRY_VERIFY2_WITH_TIMEOUT(bot->isConnected(), qPrintable(traffic.join(QLatin1Char('\n'))), 10000);
    QCOMPARE(bot->currentNick(), QStringLiteral("regbot"));
    QCOMPARE(bot->botIdentifier().nick(), QStringLiteral("regbot"));
    QCOMPARE(bot->isupport().caseMapping(), CaseMapping::Ascii);
    QCOMPARE(bot->isupport().nickLength(), 30);
    QVERIFY(bot->enabledCapabilities().contains(QStringLiteral("multi-prefix")));
    // Our own PING measured the lag.
    QTRY_VERIFY_WITH_TIMEOUT(bot->latencyMs() >= 0, 5000);
    bot->disconnectFromService();
    QCOMPARE(bot->state(), Backend::State::Disconnected);
}

void TestIrcNgircd::wrongPassword()
{
    // This ngircd has no server password, so it refuses any PASS: a login
    // that cannot succeed by retrying, said in plain words.
    QVariantMap fields = ircFields(m_server->port(), QStringLiteral("passbot"));
    fields.insert(QStringLiteral("password"), QStringLiteral("hunter2"));
    std::unique_ptr<IrcBackend> bot = makeIrcBackend(fields);
    QStringList traffic;
    connect(bot.get(), &Backend::trafficLogged, this,
            [&](Backend::Direction, const QString &text) { traffic.append(text); });
    QSignalSpy errors(bot.get(), &Backend::errorOccurred);
    QTRY_COMPARE_WITH_TIMEOUT(bot->state(), Backend::State::Failed, 10000);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.last().first().toString().contains(QStringLiteral("password")),
             qPrintable(errors.last().first().toString()));
    QVERIFY(traffic.contains(QStringLiteral("PASS ****")));
    for (const QString &line : std::as_const(traffic))
        QVERIFY2(!line.contains(QStringLiteral("hunter2")), qPrintable(line));
}

void TestIrcNgircd::nickInUse()
{
    IrcTestClient squatter;
    QVERIFY(squatter.connectAndRegister(m_server->port(), QStringLiteral("takenbot")));
    std::unique_ptr<IrcBackend> bot = makeIrcBackend(ircFields(m_server->port(), QStringLiteral("takenbot")));
    QSignalSpy errors(bot.get(), &Backend::errorOccurred);
    QTRY_VERIFY_WITH_TIMEOUT(bot->isConnected(), 10000);
    QCOMPARE(bot->currentNick(), QStringLiteral("takenbot_"));
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("in use")));
}

void TestIrcNgircd::lagStaysLiveOnABusyLink()
{
    // A link that never falls quiet (a chatty channel) still has its lag
    // measured again and again, not only at login.
    std::unique_ptr<IrcBackend> bot = connectedBot(QStringLiteral("lagbot"), {{QStringLiteral("ping-interval"), 1}});
    QVERIFY(bot && bot->isConnected());
    QVERIFY(bot->joinRoom(QStringLiteral("#chatty")));
    QTRY_VERIFY(bot->room(QStringLiteral("#chatty")) && bot->room(QStringLiteral("#chatty"))->isJoined());
    IrcTestClient chatter;
    QVERIFY(chatter.connectAndRegister(m_server->port(), QStringLiteral("chatter")));
    chatter.send(QStringLiteral("JOIN #chatty"));
    QVERIFY(!chatter.waitForCommand(QStringLiteral("366")).command.isEmpty());
    // Loopback lag is the same few milliseconds every time, so what counts
    // is each PONG that answers one of the bot's PINGs.
    int pongs = 0;
    connect(bot.get(), &Backend::trafficLogged, this, [&](Backend::Direction direction, const QString &text) {
        pongs += direction == Backend::Direction::Incoming && text.contains(QLatin1String("PONG"))
            && text.contains(QLatin1String("botdeck-"));
    });
    QTimer talk;
    int said = 0;
    connect(&talk, &QTimer::timeout, this,
            [&] { chatter.send(QStringLiteral("PRIVMSG #chatty :line %1").arg(++said)); });
    talk.start(150);
    QTRY_VERIFY_WITH_TIMEOUT(pongs >= 3, 8000);
    QVERIFY(bot->latencyMs() >= 0);
    talk.stop();
    // The link was never quiet for a whole ping interval meanwhile.
    QVERIFY(said >= 10);
}

void TestIrcNgircd::awayIsLearntWithoutAwayNotify()
{
    // ngircd has no away-notify: the bot asks WHO now and then, through
    // the paced queue, and the room learns who went away and came back.
    std::unique_ptr<IrcBackend> bot = connectedBot(QStringLiteral("awaybot"));
    QVERIFY(bot && bot->isConnected());
    QVERIFY(!bot->enabledCapabilities().contains(QStringLiteral("away-notify")));
    bot->setAwayPollInterval(200);
    IrcTestClient sleeper;
    QVERIFY(sleeper.connectAndRegister(m_server->port(), QStringLiteral("sleeper")));
    sleeper.send(QStringLiteral("JOIN #naps"));
    QVERIFY(!sleeper.waitForCommand(QStringLiteral("366")).command.isEmpty());
    QVERIFY(bot->joinRoom(QStringLiteral("#naps")));
    QTRY_VERIFY(bot->room(QStringLiteral("#naps"))
                && bot->room(QStringLiteral("#naps"))->hasOccupant(QStringLiteral("sleeper")));
    Room *naps = bot->room(QStringLiteral("#naps"));
    QVERIFY(!naps->occupant(QStringLiteral("sleeper")).extra(Extras::Away).toBool());
    sleeper.send(QStringLiteral("AWAY :lunch"));
    QTRY_VERIFY_WITH_TIMEOUT(naps->occupant(QStringLiteral("sleeper")).extra(Extras::Away).toBool(), 5000);
    sleeper.send(QStringLiteral("AWAY"));
    QTRY_VERIFY_WITH_TIMEOUT(!naps->occupant(QStringLiteral("sleeper")).extra(Extras::Away).toBool(), 5000);
}

void TestIrcNgircd::roomLiveUpdates()
{
    IrcTestClient alice;
    QVERIFY(alice.connectAndRegister(m_server->port(), QStringLiteral("alice")));
    alice.send(QStringLiteral("JOIN #live"));
    QVERIFY(!alice.waitForCommand(QStringLiteral("366")).command.isEmpty());

    std::unique_ptr<IrcBackend> bot = connectedBot(QStringLiteral("livebot"));
    QVERIFY(bot && bot->isConnected());
    const Result<Room *> joined = bot->joinRoom(QStringLiteral("#live"));
    QVERIFY(joined);
    Room *room = joined.value();
    QSignalSpy resets(room, &Room::occupantsReset);
    QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(room->occupantCount(), 2, 5000);
    QCOMPARE(room->occupant(QStringLiteral("ALICE")).extra(Extras::RankName).toString(), QStringLiteral("operator"));
    // WHO fills in user, host and realname.
    QTRY_COMPARE_WITH_TIMEOUT(room->occupant(QStringLiteral("alice")).client(), QStringLiteral("~alice@127.0.0.1"),
                              5000);
    QCOMPARE(room->occupant(QStringLiteral("alice")).displayName(), QStringLiteral("Test alice"));
    QCOMPARE(room->occupant(QStringLiteral("alice")).person(), QStringLiteral("alice!~alice@127.0.0.1"));
    QVERIFY(resets.count() >= 1);

    QSignalSpy joins(room, &Room::occupantJoined);
    QSignalSpy leaves(room, &Room::occupantLeft);
    QSignalSpy changes(room, &Room::occupantChanged);
    QSignalSpy topics(room, &Room::topicChanged);

    IrcTestClient bob;
    QVERIFY(bob.connectAndRegister(m_server->port(), QStringLiteral("bob")));
    bob.send(QStringLiteral("JOIN #live"));
    QTRY_COMPARE_WITH_TIMEOUT(joins.count(), 1, 5000);
    QCOMPARE(joins.first().first().value<Identifier>().person(), QStringLiteral("bob!~bob@127.0.0.1"));

    alice.send(QStringLiteral("TOPIC #live :the live topic"));
    QTRY_COMPARE_WITH_TIMEOUT(room->topic(), QStringLiteral("the live topic"), 5000);
    QCOMPARE(room->topicSetBy().nick(), QStringLiteral("alice"));

    alice.send(QStringLiteral("MODE #live +v bob"));
    QTRY_COMPARE_WITH_TIMEOUT(room->occupant(QStringLiteral("bob")).extra(Extras::RankName).toString(),
                              QStringLiteral("voice"), 5000);
    alice.send(QStringLiteral("MODE #live +o-v bob bob"));
    QTRY_COMPARE_WITH_TIMEOUT(room->occupant(QStringLiteral("bob")).extra(IrcIdentifiers::Modes).toString(),
                              QStringLiteral("@"), 5000);

    changes.clear();
    bob.send(QStringLiteral("NICK robert"));
    QTRY_VERIFY_WITH_TIMEOUT(room->hasOccupant(QStringLiteral("robert")), 5000);
    QVERIFY(!room->hasOccupant(QStringLiteral("bob")));
    QCOMPARE(changes.last().at(0).value<Identifier>().nick(), QStringLiteral("bob"));
    QCOMPARE(changes.last().at(1).value<Identifier>().nick(), QStringLiteral("robert"));
    QCOMPARE(room->occupant(QStringLiteral("robert")).extra(Extras::RankName).toString(), QStringLiteral("operator"));

    bob.send(QStringLiteral("PART #live :see you"));
    QTRY_COMPARE_WITH_TIMEOUT(leaves.count(), 1, 5000);
    QCOMPARE(leaves.first().at(1).toString(), QStringLiteral("see you"));

    IrcTestClient carol;
    QVERIFY(carol.connectAndRegister(m_server->port(), QStringLiteral("carol")));
    carol.send(QStringLiteral("JOIN #live"));
    QTRY_VERIFY_WITH_TIMEOUT(room->hasOccupant(QStringLiteral("carol")), 5000);
    carol.send(QStringLiteral("QUIT :gone fishing"));
    QTRY_COMPARE_WITH_TIMEOUT(leaves.count(), 2, 5000);
    QVERIFY(leaves.last().at(1).toString().contains(QStringLiteral("gone fishing")));

    alice.send(QStringLiteral("KICK #live livebot :out you go"));
    QSignalSpy roomErrors(room, &Room::errorOccurred);
    QTRY_VERIFY_WITH_TIMEOUT(!room->isJoined(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!roomErrors.isEmpty(), 5000);
    QVERIFY(roomErrors.first().first().toString().contains(QStringLiteral("kicked by alice")));
    QCOMPARE(room->occupantCount(), 0);
}

void TestIrcNgircd::topicAndWhoOnJoin()
{
    IrcTestClient dave;
    QVERIFY(dave.connectAndRegister(m_server->port(), QStringLiteral("dave")));
    dave.send(QStringLiteral("JOIN #topical"));
    dave.send(QStringLiteral("TOPIC #topical :set before the bot came"));
    QVERIFY(!dave.waitForCommand(QStringLiteral("TOPIC")).command.isEmpty());

    std::unique_ptr<IrcBackend> bot
        = connectedBot(QStringLiteral("topicbot"), {{QStringLiteral("rooms"), QStringLiteral("#topical")}});
    QVERIFY(bot && bot->isConnected());
    Room *room = bot->room(QStringLiteral("#TOPICAL"));
    QVERIFY(room);
    QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(room->topic(), QStringLiteral("set before the bot came"), 5000);
    QCOMPARE(room->topicSetBy().nick(), QStringLiteral("dave"));
    // The bot learns its own hostmask from its JOIN.
    QCOMPARE(bot->botIdentifier().person(), QStringLiteral("topicbot!~topicbot@127.0.0.1"));
}

void TestIrcNgircd::messagesBothWays()
{
    IrcTestClient erin;
    QVERIFY(erin.connectAndRegister(m_server->port(), QStringLiteral("erin")));
    erin.send(QStringLiteral("JOIN #talk"));
    std::unique_ptr<IrcBackend> bot
        = connectedBot(QStringLiteral("talkbot"), {{QStringLiteral("rooms"), QStringLiteral("#talk")}});
    QVERIFY(bot && bot->isConnected());
    Room *room = bot->room(QStringLiteral("#talk"));
    QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
    QSignalSpy received(bot.get(), &Backend::messageReceived);
    QSignalSpy sent(bot.get(), &Backend::messageSent);

    erin.send(QStringLiteral("PRIVMSG #talk :hello room"));
    erin.send(QStringLiteral("PRIVMSG talkbot :hello bot"));
    erin.send(QStringLiteral("PRIVMSG #talk :\x01"
                             "ACTION waves\x01"));
    erin.send(QStringLiteral("NOTICE talkbot :psst"));
    erin.send(QStringLiteral("PRIVMSG #talk :caf\u00e9 \u20ac"));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 5, 5000);
    const Message group = received.at(0).first().value<Message>();
    QVERIFY(group.isGroup());
    QCOMPARE(group.room(), QStringLiteral("#talk"));
    QCOMPARE(group.from().nick(), QStringLiteral("erin"));
    QCOMPARE(group.from().room(), QStringLiteral("#talk"));
    QCOMPARE(group.body(), QStringLiteral("hello room"));
    const Message direct = received.at(1).first().value<Message>();
    QVERIFY(direct.isDirect());
    QCOMPARE(direct.from().person(), QStringLiteral("erin!~erin@127.0.0.1"));
    QCOMPARE(direct.body(), QStringLiteral("hello bot"));
    const Message action = received.at(2).first().value<Message>();
    QCOMPARE(action.type(), Message::Type::Action);
    QCOMPARE(action.body(), QStringLiteral("waves"));
    QCOMPARE(received.at(3).first().value<Message>().type(), Message::Type::Notice);
    QCOMPARE(received.at(4).first().value<Message>().body(), QStringLiteral("caf\u00e9 \u20ac"));

    // Replies: to the room, privately, as an action.
    bot->sendMessage(bot->buildReply(group, QStringLiteral("hi erin")));
    bot->sendMessage(bot->buildReply(direct, QStringLiteral("hi in private")));
    bot->sendText(room->identifier(), QStringLiteral("dances"), Message::Type::Action);
    QCOMPARE(erin.waitForCommand(QStringLiteral("PRIVMSG"), QStringLiteral("#talk")).param(1),
             QStringLiteral("hi erin"));
    QCOMPARE(erin.waitForCommand(QStringLiteral("PRIVMSG"), QStringLiteral("erin")).param(1),
             QStringLiteral("hi in private"));
    QCOMPARE(erin.waitForCommand(QStringLiteral("PRIVMSG"), QStringLiteral("#talk")).param(1),
             QStringLiteral("\x01"
                            "ACTION dances\x01"));
    QCOMPARE(sent.count(), 3);
    QCOMPARE(sent.first().first().value<Message>().body(), QStringLiteral("hi erin"));

    // CTCP VERSION is answered by the backend, not shown as a message.
    erin.send(QStringLiteral("PRIVMSG talkbot :\x01VERSION\x01"));
    const IrcMessage version = erin.waitForCommand(QStringLiteral("NOTICE"), QStringLiteral("erin"));
    QVERIFY(version.param(1).startsWith(QStringLiteral("\x01VERSION Botdeck")));
    QCOMPARE(received.count(), 5);
}

void TestIrcNgircd::longReplySplitting()
{
    IrcTestClient frank;
    QVERIFY(frank.connectAndRegister(m_server->port(), QStringLiteral("frank")));
    std::unique_ptr<IrcBackend> bot = connectedBot(QStringLiteral("splitbot"));
    QVERIFY(bot && bot->isConnected());
    QString text;
    for (int i = 0; i < 150; ++i)
        text += QStringLiteral("w\u00f6rd%1\u20ac ").arg(i);
    text = text.trimmed();
    const Result<Identifier> frankId = bot->buildIdentifier(QStringLiteral("frank"));
    QVERIFY(frankId);
    bot->sendText(frankId.value(), text);
    QString joined;
    int pieces = 0;
    while (joined.size() < text.size()) {
        const IrcMessage line = frank.waitForCommand(QStringLiteral("PRIVMSG"), QStringLiteral("frank"));
        QVERIFY(!line.command.isEmpty());
        QVERIFY(!line.param(1).contains(QChar(0xFFFD)));
        // What frank received must have fitted in 512 bytes with the prefix.
        IrcMessage echoed = line;
        echoed.tags.clear();
        QVERIFY(IrcCodec::serialize(echoed).value().size() + 2 <= 512);
        joined += (joined.isEmpty() ? QString() : QStringLiteral(" ")) + line.param(1);
        ++pieces;
    }
    QVERIFY(pieces > 1);
    QCOMPARE(joined, text);
}

void TestIrcNgircd::createAndDestroy()
{
    std::unique_ptr<IrcBackend> bot = connectedBot(QStringLiteral("makerbot"));
    QVERIFY(bot && bot->isConnected());
    IrcTestClient kim;
    QVERIFY(kim.connectAndRegister(m_server->port(), QStringLiteral("kim")));
    kim.send(QStringLiteral("JOIN #occupied"));
    QVERIFY(!kim.waitForCommand(QStringLiteral("366")).command.isEmpty());
    // Asking about a room finds out whether it exists (NAMES), without joining.
    Room *occupied = bot->queryRoom(QStringLiteral("#occupied")).value();
    QTRY_VERIFY_WITH_TIMEOUT(occupied->exists(), 5000);
    QVERIFY(!occupied->isJoined());
    QCOMPARE(occupied->occupantCount(), 0);

    const Result<Room *> made = bot->queryRoom(QStringLiteral("#fresh-room"));
    QVERIFY(made);
    Room *room = made.value();
    QVERIFY(!room->exists());
    room->create();
    QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
    QVERIFY(room->exists());
    QCOMPARE(room->occupant(QStringLiteral("makerbot")).extra(Extras::RankName).toString(), QStringLiteral("operator"));
    QSignalSpy errors(room, &Room::errorOccurred);
    room->destroy();
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("not supported on IRC")));
    QVERIFY(!bot->queryRoom(QStringLiteral("not a channel")));
}

void TestIrcNgircd::reconnectAfterRestart()
{
    IrcTestClient grace;
    QVERIFY(grace.connectAndRegister(m_server->port(), QStringLiteral("grace")));
    std::unique_ptr<IrcBackend> bot = connectedBot(QStringLiteral("phoenix"));
    QVERIFY(bot && bot->isConnected());
    Room *room = bot->joinRoom(QStringLiteral("#keyed"), QStringLiteral("sesame")).value();
    QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
    // The bot, as the channel's first member, locks it with the key.
    bot->sendLine(
        IrcMessage(QStringLiteral("MODE"), {QStringLiteral("#keyed"), QStringLiteral("+k"), QStringLiteral("sesame")}));
    QSignalSpy errors(bot.get(), &Backend::errorOccurred);

    m_server->kill();
    QTRY_COMPARE_WITH_TIMEOUT(bot->state(), Backend::State::Reconnecting, 5000);
    QVERIFY(!room->isJoined());
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.last().first().toString().contains(QStringLiteral("Reconnecting in")));

    // A reply queued during the outage goes out once the bot is back.
    bot->sendQueue()->enqueue(SendQueue::Priority::Reply, [&bot] {
        bot->sendText(bot->buildIdentifier(QStringLiteral("grace")).value(), QStringLiteral("queued while away"));
    });

    QVERIFY2(m_server->restart(), qPrintable(m_server->error()));
    IrcTestClient graceAgain;
    QVERIFY(graceAgain.connectAndRegister(m_server->port(), QStringLiteral("grace")));
    QTRY_VERIFY_WITH_TIMEOUT(bot->isConnected(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
    QCOMPARE(graceAgain.waitForCommand(QStringLiteral("PRIVMSG"), QStringLiteral("grace")).param(1),
             QStringLiteral("queued while away"));
}

void TestIrcNgircd::tlsPinned()
{
    QVariantMap fields = ircFields(m_server->tlsPort(), QStringLiteral("tlsbot"));
    fields.insert(QStringLiteral("tls"), true);
    fields.insert(QStringLiteral("trusted-fingerprint"), m_server->certificateFingerprint());
    std::unique_ptr<IrcBackend> bot = makeIrcBackend(fields);
    QTRY_VERIFY_WITH_TIMEOUT(bot->isConnected(), 10000);
    QVERIFY(bot->serviceName().contains(QStringLiteral("TLS")));
}

void TestIrcNgircd::tlsUnpinnedRefused()
{
    QVariantMap fields = ircFields(m_server->tlsPort(), QStringLiteral("tlsbot2"));
    fields.insert(QStringLiteral("tls"), true);
    std::unique_ptr<IrcBackend> bot = makeIrcBackend(fields);
    bot->setReconnectDelays(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
    QSignalSpy errors(bot.get(), &Backend::errorOccurred);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
    QVERIFY2(errors.first().first().toString().contains(QStringLiteral("cannot be trusted")),
             qPrintable(errors.first().first().toString()));
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("pin its fingerprint")));
    // Not given up on: the same rule as XMPP's (../retrypolicy.h).
    verifyKeepsRetrying(*bot, QStringLiteral("cannot be trusted"), 3, 0.4);
    QVERIFY(!bot->isConnected());
    bot->disconnectFromService();
}

QTEST_GUILESS_MAIN(TestIrcNgircd)
#include "tst_ircngircd.moc"
