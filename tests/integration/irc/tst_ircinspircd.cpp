// The IRC backend against a real InspIRCd 3: the IRCv3 capabilities it
// offers (echo-message, away-notify, extended-join, server-time,
// multi-prefix, userhost-in-names), IRC over WebSocket, and a 2 000-name
// NAMES burst.
#include "../retrypolicy.h"
#include "ircintegration.h"

#include <QSignalSpy>

#include <algorithm>
#include <vector>

using namespace Botdeck;
using namespace Botdeck::Irc;

class TestIrcInspircd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void capabilities();
    void webSocket();
    void webSocketOriginRefused();
    void echoAndServerTime();
    void awayAndExtendedJoin();
    void namesBurst();

private:
    std::unique_ptr<IrcServer> m_server;
};

void TestIrcInspircd::initTestCase()
{
    m_server = std::make_unique<IrcServer>(IrcServer::Kind::Inspircd);
    if (const QString missing = m_server->missingReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestIrcInspircd::capabilities()
{
    std::unique_ptr<IrcBackend> bot = makeIrcBackend(ircFields(m_server->port(), QStringLiteral("capbot")));
    QTRY_VERIFY_WITH_TIMEOUT(bot->isConnected(), 10000);
    const QSet<QString> caps = bot->enabledCapabilities();
    for (const char *cap : {"multi-prefix", "message-tags", "server-time", "away-notify", "account-notify",
                            "extended-join", "chghost", "userhost-in-names", "echo-message", "batch"})
        QVERIFY2(caps.contains(QString::fromLatin1(cap)), cap);
    QCOMPARE(bot->isupport().network(), QStringLiteral("BotdeckNet"));
    QVERIFY(bot->serviceName().contains(QStringLiteral("BotdeckNet")));
}

void TestIrcInspircd::webSocket()
{
    IrcTestClient hank;
    QVERIFY(hank.connectAndRegister(m_server->port(), QStringLiteral("hank")));
    hank.send(QStringLiteral("JOIN #web"));
    QVERIFY(!hank.waitForCommand(QStringLiteral("366")).command.isEmpty());

    QVariantMap fields = ircFields(m_server->webSocketPort(), QStringLiteral("wsbot"));
    fields.insert(QStringLiteral("transport"), QStringLiteral("websocket"));
    fields.insert(QStringLiteral("rooms"), QStringLiteral("#web"));
    std::unique_ptr<IrcBackend> bot = makeIrcBackend(fields);
    QStringList log;
    connect(bot.get(), &Backend::trafficLogged, this, [&](Backend::Direction, const QString &t) { log.append(t); });
    connect(bot.get(), &Backend::errorOccurred, this, [&](const QString &t) { log.append(t); });
    QTRY_VERIFY2_WITH_TIMEOUT(bot->isConnected(), qPrintable(log.join(QLatin1Char('\n'))), 10000);
    QVERIFY(bot->serviceName().startsWith(QStringLiteral("BotdeckNet (ws://")));
    // InspIRCd 3 accepts the handshake without naming text.ircv3.net: a
    // success (RFC 6455), so one attempt and no complaint. The log started
    // listening after the first attempt: any other would show here.
    QVERIFY2(log.filter(QStringLiteral("connecting to")).isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
    QVERIFY2(log.filter(QStringLiteral("subprotocol")).isEmpty(), qPrintable(log.join(QLatin1Char('\n'))));
    Room *room = bot->room(QStringLiteral("#web"));
    QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(room->occupantCount(), 2, 5000);
    QSignalSpy received(bot.get(), &Backend::messageReceived);
    hank.send(QStringLiteral("PRIVMSG #web :over the web \u00e9"));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
    QCOMPARE(received.first().first().value<Message>().body(), QStringLiteral("over the web \u00e9"));
    bot->sendText(room->identifier(), QStringLiteral("and back"));
    QCOMPARE(hank.waitForCommand(QStringLiteral("PRIVMSG"), QStringLiteral("#web")).param(1),
             QStringLiteral("and back"));
}

void TestIrcInspircd::webSocketOriginRefused()
{
    IrcServer restricted(IrcServer::Kind::Inspircd);
    restricted.setWebSocketOrigin(QStringLiteral("https://web.example"));
    QVERIFY2(restricted.start(), qPrintable(restricted.error()));
    QVariantMap fields = ircFields(restricted.webSocketPort(), QStringLiteral("originbot"));
    fields.insert(QStringLiteral("transport"), QStringLiteral("websocket"));
    std::unique_ptr<IrcBackend> bot = makeIrcBackend(fields);
    bot->setReconnectDelays(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
    QSignalSpy errors(bot.get(), &Backend::errorOccurred);
    // The server's 403 in plain words, on every attempt, and no giving up.
    verifyKeepsRetrying(*bot,
                        QStringLiteral("refused the WebSocket connection (HTTP 403 Forbidden): its allowed "
                                       "origins do not include http://127.0.0.1"),
                        3, 0.4);
    for (const QList<QVariant> &error : std::as_const(errors))
        QVERIFY2(!error.first().toString().contains(QStringLiteral("QWebSocketPrivate")),
                 qPrintable(error.first().toString()));
    QVERIFY(!bot->isConnected());
    bot->disconnectFromService();
}

void TestIrcInspircd::echoAndServerTime()
{
    IrcTestClient ivy;
    QVERIFY(ivy.connectAndRegister(m_server->port(), QStringLiteral("ivy")));
    std::unique_ptr<IrcBackend> bot = makeIrcBackend(ircFields(m_server->port(), QStringLiteral("echobot")));
    QTRY_VERIFY_WITH_TIMEOUT(bot->isConnected(), 10000);
    QSignalSpy sent(bot.get(), &Backend::messageSent);
    QSignalSpy received(bot.get(), &Backend::messageReceived);
    bot->sendText(bot->buildIdentifier(QStringLiteral("ivy")).value(), QStringLiteral("confirmed by the server"));
    // With echo-message, messageSent waits for the server's copy (with its
    // msgid and time).
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 5000);
    const Message echoed = sent.first().first().value<Message>();
    QCOMPARE(echoed.body(), QStringLiteral("confirmed by the server"));
    QCOMPARE(echoed.to().nick(), QStringLiteral("ivy"));
    QVERIFY(!echoed.id().isEmpty());
    QCOMPARE(received.count(), 0);

    ivy.send(QStringLiteral("PRIVMSG echobot :timed"));
    QTRY_COMPARE_WITH_TIMEOUT(received.count(), 1, 5000);
    const Message timed = received.first().first().value<Message>();
    QVERIFY(timed.extras().value(QStringLiteral("tags")).toMap().contains(QStringLiteral("time")));
    QVERIFY(qAbs(timed.timestamp().secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestIrcInspircd::awayAndExtendedJoin()
{
    std::unique_ptr<IrcBackend> bot = makeIrcBackend(ircFields(m_server->port(), QStringLiteral("awaybot")));
    QTRY_VERIFY_WITH_TIMEOUT(bot->isConnected(), 10000);
    Room *room = bot->joinRoom(QStringLiteral("#away")).value();
    QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
    IrcTestClient jack;
    QVERIFY(jack.connectAndRegister(m_server->port(), QStringLiteral("jack")));
    jack.send(QStringLiteral("JOIN #away"));
    // extended-join carries the realname with the JOIN itself.
    QTRY_COMPARE_WITH_TIMEOUT(room->occupant(QStringLiteral("jack")).displayName(), QStringLiteral("Test jack"), 5000);
    QCOMPARE(room->occupant(QStringLiteral("jack")).client(), QStringLiteral("jack@127.0.0.1"));
    QSignalSpy presences(bot.get(), &Backend::presenceChanged);
    jack.send(QStringLiteral("AWAY :lunch"));
    QTRY_VERIFY_WITH_TIMEOUT(room->occupant(QStringLiteral("jack")).extra(Extras::Away).toBool(), 5000);
    QCOMPARE(presences.last().first().value<Presence>().message(), QStringLiteral("lunch"));
    jack.send(QStringLiteral("AWAY"));
    QTRY_VERIFY_WITH_TIMEOUT(!room->occupant(QStringLiteral("jack")).extra(Extras::Away).toBool(), 5000);
}

void TestIrcInspircd::namesBurst()
{
    constexpr int Crowd = 2000;
    // The crowd fills #big first, each member reading and dropping what it
    // gets so the server never waits on them.
    std::vector<std::unique_ptr<IrcTestClient>> crowd;
    crowd.reserve(Crowd);
    for (int i = 0; i < Crowd; ++i) {
        auto client = std::make_unique<IrcTestClient>();
        client->setDiscarding(true);
        client->connectWithoutWaiting(m_server->port(), QStringLiteral("m%1").arg(i), "JOIN #big\r\n");
        crowd.push_back(std::move(client));
    }
    QVERIFY(QTest::qWaitFor(
        [&] { return std::all_of(crowd.begin(), crowd.end(), [](const auto &c) { return c->isRegistered(); }); },
        60000));
    // A bystander counts the channel until every JOIN is through.
    IrcTestClient counter;
    QVERIFY(counter.connectAndRegister(m_server->port(), QStringLiteral("counter")));
    QVERIFY(QTest::qWaitFor(
        [&] {
            counter.send(QStringLiteral("LIST #big"));
            const IrcMessage listed = counter.waitForCommand(QStringLiteral("322"), {}, 5000);
            return listed.param(2).toInt() >= Crowd;
        },
        60000));

    std::unique_ptr<IrcBackend> bot = makeIrcBackend(ircFields(m_server->port(), QStringLiteral("bigbot")));
    QTRY_VERIFY_WITH_TIMEOUT(bot->isConnected(), 10000);
    Room *room = bot->queryRoom(QStringLiteral("#big")).value();
    QSignalSpy resets(room, &Room::occupantsReset);
    QSignalSpy joins(room, &Room::occupantJoined);
    room->join();
    QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(room->occupantCount(), Crowd + 1, 20000);
    // The whole NAMES reply (many 353 lines) arrived as one reset.
    QCOMPARE(joins.count(), 0);
    QCOMPARE(resets.count(), 1);
    QVERIFY(room->hasOccupant(QStringLiteral("m1999")));
    // userhost-in-names gave everyone their hostmask straight away.
    QCOMPARE(room->occupant(QStringLiteral("m1999")).person(), QStringLiteral("m1999!m1999@127.0.0.1"));
    for (auto &client : crowd)
        client->disconnectNow();
}

QTEST_GUILESS_MAIN(TestIrcInspircd)
#include "tst_ircinspircd.moc"
