// The XMPP client session against a real Prosody: logging in (STARTTLS,
// SCRAM, wrong password, certificate checks, refusing plain text), 1:1
// messages both ways, presence, WebSocket, and secrets kept out of the
// traffic log.
#include "../retrypolicy.h"
#include "xmpptesthelpers.h"

#include <QSignalSpy>
#include <QTest>

using namespace Botdeck;
using namespace Botdeck::Xmpp;

class TestXmppProsodySession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = m_server->missingPrograms();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY2(m_server->registerUser(QStringLiteral("bot"), QStringLiteral("s3cret-bot")),
                 qPrintable(m_server->error()));
        QVERIFY2(m_server->registerUser(QStringLiteral("alice"), QStringLiteral("alice-pw")),
                 qPrintable(m_server->error()));
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void loginWithStartTlsAndScram()
    {
        TestClient bot;
        QSignalSpy states(bot.get(), &Backend::stateChanged);
        XMPP_CONNECT(bot, xmppSettings(*m_server, QStringLiteral("bot"), QStringLiteral("s3cret-bot")));
        QCOMPARE(states.first().first().value<Backend::State>(), Backend::State::Connecting);
        QVERIFY(states.contains(QVariantList{QVariant::fromValue(Backend::State::Authenticating)}));
        const QString traffic = bot.traffic.join(u'\n');
        QVERIFY(traffic.contains(QStringLiteral("<starttls")));
        QVERIFY(traffic.contains(QStringLiteral("<proceed")));
        QVERIFY(traffic.contains(QStringLiteral("mechanism='SCRAM-SHA-")));
        QCOMPARE(bot->botIdentifier().person(), QStringLiteral("bot@localhost"));
        QCOMPARE(bot->botIdentifier().client(), QStringLiteral("test"));
        QCOMPARE(bot->botIdentifier().nick(), QStringLiteral("bot"));
        QCOMPARE(bot->boundJid().full(), QStringLiteral("bot@localhost/test"));
    }

    void secretsStayOutOfTheTrafficLog()
    {
        TestClient bot;
        XMPP_CONNECT(bot, xmppSettings(*m_server, QStringLiteral("bot"), QStringLiteral("s3cret-bot")));
        const QString traffic = bot.traffic.join(u'\n');
        QVERIFY(!traffic.contains(QStringLiteral("s3cret-bot")));
        QVERIFY(!traffic.contains(QString::fromLatin1(QByteArray("s3cret-bot").toBase64())));
        // The SASL exchange is logged, its payloads are not: "biws" is the
        // base64 of the GS2 header every SCRAM first message starts with.
        QVERIFY(traffic.contains(QStringLiteral("<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl'")));
        QVERIFY(traffic.contains(QStringLiteral("[redacted]")));
        QVERIFY(!traffic.contains(QStringLiteral("biws")));
        for (const QString &line : bot.traffic) {
            if (line.contains(QStringLiteral("<challenge")) || line.contains(QStringLiteral("<response"))
                || line.contains(QStringLiteral("<success")))
                QVERIFY2(line.contains(QStringLiteral("[redacted]")) || line.endsWith(QStringLiteral("/>")),
                         qPrintable(line));
        }
    }

    void wrongPassword()
    {
        TestClient bot;
        bot->connectToService(xmppSettings(*m_server, QStringLiteral("bot"), QStringLiteral("wrong")));
        QTRY_COMPARE_WITH_TIMEOUT(bot->state(), Backend::State::Failed, 10000);
        QVERIFY2(bot.errors.join(u' ').contains(QStringLiteral("wrong user name or password")),
                 qPrintable(bot.errors.join(u' ')));
        // A wrong password is not retried.
        QSignalSpy states(bot.get(), &Backend::stateChanged);
        QVERIFY(!states.wait(300));
    }

    void untrustedCertificateIsRefused()
    {
        TestClient bot;
        bot->connectToService(xmppSettings(*m_server, QStringLiteral("bot"), QStringLiteral("s3cret-bot"),
                                           {{QStringLiteral("trusted-fingerprint"), QString()}}));
        // Not given up on: the same rule as IRC's (../retrypolicy.h).
        verifyKeepsRetrying(*bot.get(), QStringLiteral("cannot be trusted"), 3, 1.0);
        QVERIFY(!bot.traffic.join(u' ').contains(QStringLiteral("<auth")));
    }

    void webSocket()
    {
        TestClient bot;
        XMPP_CONNECT(bot,
                     xmppSettings(*m_server, QStringLiteral("bot"), QStringLiteral("s3cret-bot"),
                                  {{QStringLiteral("transport"), QStringLiteral("websocket")},
                                   {QStringLiteral("port"), m_server->httpPort()},
                                   {QStringLiteral("allow-plain"), true}}));
        const QString traffic = bot.traffic.join(u'\n');
        QVERIFY(traffic.contains(QStringLiteral("<open xmlns='urn:ietf:params:xml:ns:xmpp-framing'")));
        QVERIFY(!traffic.contains(QStringLiteral("s3cret-bot")));

        TestClient alice;
        XMPP_CONNECT(alice, xmppSettings(*m_server, QStringLiteral("alice"), QStringLiteral("alice-pw")));
        QSignalSpy received(bot.get(), &Backend::messageReceived);
        alice->sendText(Identifier::makePerson(QStringLiteral("bot@localhost"), QStringLiteral("bot")),
                        QStringLiteral("over websocket"));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        QCOMPARE(received.first().first().value<Message>().body(), QStringLiteral("over websocket"));
    }

    // "Allow unencrypted" does what its help says: over a connection
    // without TLS (plain ws://) it logs in even where the server offers
    // only PLAIN, the password itself; without it the bot refuses.
    void allowPlainLogsInWithPlainWithoutTls()
    {
        std::unique_ptr<XmppServerFixture> plainOnly = XmppServerFixture::make();
        plainOnly->offerPlainOnly();
        QVERIFY2(plainOnly->registerUser(QStringLiteral("bot"), QStringLiteral("s3cret-bot")),
                 qPrintable(plainOnly->error()));
        QVERIFY2(plainOnly->start(), qPrintable(plainOnly->error()));
        const QVariantMap overWebSocket{{QStringLiteral("transport"), QStringLiteral("websocket")},
                                        {QStringLiteral("port"), plainOnly->httpPort()},
                                        {QStringLiteral("allow-plain"), true}};
        TestClient bot;
        XMPP_CONNECT(bot, xmppSettings(*plainOnly, QStringLiteral("bot"), QStringLiteral("s3cret-bot"), overWebSocket));
        QVERIFY(bot->serviceName().contains(QStringLiteral("ws://")));
        const QString traffic = bot.traffic.join(u'\n');
        QVERIFY(traffic.contains(QStringLiteral("mechanism='PLAIN'")));
        QVERIFY(!traffic.contains(QStringLiteral("s3cret-bot")));
        QVERIFY(!traffic.contains(QString::fromLatin1(QByteArray("\0bot\0s3cret-bot", 16).toBase64())));
    }

    void secureWebSocket()
    {
        TestClient bot;
        XMPP_CONNECT(bot,
                     xmppSettings(*m_server, QStringLiteral("bot"), QStringLiteral("s3cret-bot"),
                                  {{QStringLiteral("transport"), QStringLiteral("websocket")},
                                   {QStringLiteral("port"), m_server->httpsPort()}}));
        QVERIFY(bot->serviceName().contains(QStringLiteral("wss://")));
        QVERIFY(bot.traffic.join(u'\n').contains(QStringLiteral("<open xmlns='urn:ietf:params:xml:ns:xmpp-framing'")));
    }

    void directMessagesBothWays()
    {
        TestClient bot;
        TestClient alice;
        XMPP_CONNECT(bot, xmppSettings(*m_server, QStringLiteral("bot"), QStringLiteral("s3cret-bot")));
        XMPP_CONNECT(alice,
                     xmppSettings(*m_server, QStringLiteral("alice"), QStringLiteral("alice-pw"),
                                  {{QStringLiteral("resource"), QStringLiteral("phone")}}));
        QSignalSpy botReceived(bot.get(), &Backend::messageReceived);
        QSignalSpy aliceReceived(alice.get(), &Backend::messageReceived);
        QSignalSpy botSent(bot.get(), &Backend::messageSent);

        const auto target = alice->buildIdentifier(QStringLiteral("bot@localhost"));
        QVERIFY(target.isOk());
        alice->sendText(target.value(), QStringLiteral("hello bot <&>"));
        QTRY_COMPARE_WITH_TIMEOUT(botReceived.size(), 1, 5000);
        const Message incoming = botReceived.first().first().value<Message>();
        QCOMPARE(incoming.body(), QStringLiteral("hello bot <&>"));
        QVERIFY(incoming.isDirect());
        QCOMPARE(incoming.from().person(), QStringLiteral("alice@localhost"));
        QCOMPARE(incoming.from().client(), QStringLiteral("phone"));
        QCOMPARE(incoming.from().nick(), QStringLiteral("alice"));
        QCOMPARE(incoming.from().aclAttr(), QStringLiteral("alice@localhost"));

        bot->sendMessage(bot->buildReply(incoming, QStringLiteral("hello alice")));
        QTRY_COMPARE_WITH_TIMEOUT(aliceReceived.size(), 1, 5000);
        QCOMPARE(aliceReceived.first().first().value<Message>().body(), QStringLiteral("hello alice"));
        QCOMPARE(aliceReceived.first().first().value<Message>().from().person(), QStringLiteral("bot@localhost"));
        QCOMPARE(botSent.size(), 1);
    }

    // RFC 6121 5.1: the answer goes to the resource that asked, which may
    // be the only one able to receive it, as a script that never sends
    // presence is: for the server it is not available, so a reply to the
    // bare JID would never reach it.
    void replyReachesASenderWithoutPresence()
    {
        TestClient bot;
        XMPP_CONNECT(bot, xmppSettings(*m_server, QStringLiteral("bot"), QStringLiteral("s3cret-bot")));
        SessionConfig config;
        config.jid = Jid::parse(QStringLiteral("alice@localhost")).value();
        config.password = QStringLiteral("alice-pw");
        config.resource = QStringLiteral("script");
        config.transport.host = QStringLiteral("127.0.0.1");
        config.transport.port = m_server->c2sPort();
        config.transport.peerName = QStringLiteral("localhost");
        config.transport.trustedFingerprint = m_server->fingerprint();
        ClientSession script;
        QSignalSpy established(&script, &ClientSession::established);
        QStringList heard;
        connect(&script, &ClientSession::stanzaReceived, &script, [&heard](const XmlElement &stanza) {
            if (stanza.name() == QLatin1String("message"))
                heard.append(stanza.childText(QStringLiteral("body")));
        });
        script.open(config);
        QVERIFY(established.wait(10000));

        QSignalSpy botReceived(bot.get(), &Backend::messageReceived);
        XmlElement question(QStringLiteral("message"), QStringLiteral("jabber:client"));
        question.setAttribute(QStringLiteral("to"), QStringLiteral("bot@localhost"));
        question.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
        question.appendChild(XmlElement(QStringLiteral("body")).setText(QStringLiteral("status?")));
        script.send(question);
        QTRY_COMPARE_WITH_TIMEOUT(botReceived.size(), 1, 5000);
        const Message incoming = botReceived.first().first().value<Message>();
        QCOMPARE(incoming.from().client(), QStringLiteral("script"));
        bot->sendMessage(bot->buildReply(incoming, QStringLiteral("all well")));
        QTRY_VERIFY_WITH_TIMEOUT(heard.contains(QStringLiteral("all well")), 5000);
        script.close();
    }

    void presence()
    {
        TestClient bot;
        TestClient alice;
        XMPP_CONNECT(bot, xmppSettings(*m_server, QStringLiteral("bot"), QStringLiteral("s3cret-bot")));
        XMPP_CONNECT(alice, xmppSettings(*m_server, QStringLiteral("alice"), QStringLiteral("alice-pw")));
        QSignalSpy presences(bot.get(), &Backend::presenceChanged);
        // Directed presence reaches the bot without a roster subscription.
        XmlElement away(QStringLiteral("presence"), QStringLiteral("jabber:client"));
        away.setAttribute(QStringLiteral("to"), QStringLiteral("bot@localhost/test"));
        away.appendChild(XmlElement(QStringLiteral("show")).setText(QStringLiteral("away")));
        away.appendChild(XmlElement(QStringLiteral("status")).setText(QStringLiteral("lunch")));
        alice->sendStanza(away);
        QTRY_COMPARE_WITH_TIMEOUT(presences.size(), 1, 5000);
        const Presence p = presences.first().first().value<Presence>();
        QCOMPARE(p.identifier().person(), QStringLiteral("alice@localhost"));
        QCOMPARE(p.status(), Presence::Status::Away);
        QCOMPARE(p.message(), QStringLiteral("lunch"));
    }

    void disconnectIsClean()
    {
        TestClient bot;
        XMPP_CONNECT(bot, xmppSettings(*m_server, QStringLiteral("bot"), QStringLiteral("s3cret-bot")));
        QSignalSpy states(bot.get(), &Backend::stateChanged);
        bot->disconnectFromService();
        QCOMPARE(bot->state(), Backend::State::Disconnected);
        // No reconnection follows a deliberate disconnect.
        QVERIFY(!states.wait(300));
        QCOMPARE(states.size(), 1);
        QVERIFY(bot.traffic.last().contains(QStringLiteral("</stream:stream>")));
    }

private:
    std::unique_ptr<XmppServerFixture> m_server = XmppServerFixture::make();
};

QTEST_GUILESS_MAIN(TestXmppProsodySession)
#include "tst_xmppprosodysession.moc"
