// Surviving trouble against a real Prosody: a server killed and restarted
// (reconnect with backoff, rooms joined again), a dropped link (the session
// resumed with XEP-0198, nothing lost, nothing rejoined), and keep-alive and
// room self-pings (XEP-0199, XEP-0410).
#include "xmpptesthelpers.h"

#include "backends/xmpp/xmpproom.h"
#include "core/bot/bot.h"

#include <QSignalSpy>
#include <QTest>

using namespace Botdeck;
using namespace Botdeck::Xmpp;

class TestXmppProsodyResilience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = m_server->missingPrograms();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        for (const QString &user : {QStringLiteral("bot"), QStringLiteral("alice")})
            QVERIFY2(m_server->registerUser(user, user + QStringLiteral("-pw")), qPrintable(m_server->error()));
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void streamResumption()
    {
        TestClient bot;
        TestClient alice;
        XMPP_CONNECT(bot,
                     settings(QStringLiteral("bot"),
                              {{QStringLiteral("rooms"), QStringLiteral("resume@conference.localhost")}}));
        XMPP_CONNECT(alice, settings(QStringLiteral("alice")));
        Room *room = bot->room(QStringLiteral("resume@conference.localhost"));
        QVERIFY(room);
        QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
        QVERIFY(bot.traffic.join(u'\n').contains(QStringLiteral("<enabled")));

        QSignalSpy established(bot.get(), &XmppBackend::sessionEstablished);
        QSignalSpy joinedChanged(room, &Room::joinedChanged);
        QSignalSpy received(bot.get(), &Backend::messageReceived);
        QSignalSpy aliceReceived(alice.get(), &Backend::messageReceived);
        // The bot writes, and the link drops before the server can confirm.
        bot->sendText(Identifier::makePerson(QStringLiteral("alice@localhost"), QStringLiteral("alice")),
                      QStringLiteral("sent just before the drop"));
        bot->dropConnection();
        QVERIFY(bot->state() != Backend::State::Connected);
        // Alice writes while the bot is away.
        alice->sendText(Identifier::makePerson(QStringLiteral("bot@localhost"), QStringLiteral("bot")),
                        QStringLiteral("while you were away"));

        QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);
        QVERIFY2(established.first().first().toBool(), "the session was not resumed");
        QCOMPARE(bot->state(), Backend::State::Connected);
        QVERIFY(bot.traffic.join(u'\n').contains(QStringLiteral("<resumed")));
        // The resumed session is the bound one: the bot is still itself.
        QCOMPARE(bot->boundJid().full(), QStringLiteral("bot@localhost/test"));
        QCOMPARE(bot->botIdentifier().person(), QStringLiteral("bot@localhost"));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        QCOMPARE(received.first().first().value<Message>().body(), QStringLiteral("while you were away"));
        // The room was kept: no rejoin.
        QVERIFY(room->isJoined());
        QCOMPARE(joinedChanged.size(), 0);
        // Whatever the server had not confirmed went out again; Alice hears
        // it (at least once: XEP-0198 can deliver twice, never zero times).
        QTRY_VERIFY_WITH_TIMEOUT(!aliceReceived.isEmpty(), 5000);
        QCOMPARE(aliceReceived.first().first().value<Message>().body(), QStringLiteral("sent just before the drop"));
    }

    // A command said in the room while the bot's link was down reaches it
    // when the session resumes, late (ejabberd marks it <delay>Resent</delay>,
    // from its own domain): that is no room history, and the bot answers it,
    // once.
    void commandWhileAwayIsAnsweredOnce()
    {
        const QString id = QStringLiteral("missed@conference.localhost");
        TestClient bot;
        TestClient alice;
        XMPP_CONNECT(bot, settings(QStringLiteral("bot"), {{QStringLiteral("rooms"), id}}));
        XMPP_CONNECT(alice, settings(QStringLiteral("alice")));
        Bot brain;
        brain.setSendRate(0);
        brain.addBuiltinPlugins();
        brain.attach(bot.get());
        QTRY_VERIFY_WITH_TIMEOUT(bot->room(id)->isJoined(), 5000);
        const Result<Room *> aliceRoom = alice->joinRoom(id);
        QVERIFY(aliceRoom.isOk());
        QTRY_VERIFY_WITH_TIMEOUT(aliceRoom.value()->hasOccupant(QStringLiteral("bot")), 5000);

        QSignalSpy established(bot.get(), &XmppBackend::sessionEstablished);
        QSignalSpy heard(alice.get(), &Backend::messageReceived);
        const auto answers = [&heard] {
            int count = 0;
            for (const QList<QVariant> &arguments : std::as_const(heard)) {
                const Message message = arguments.constFirst().value<Message>();
                count += message.from().nick() == QLatin1String("bot")
                    && message.body() == QLatin1String("said while you were away");
            }
            return count;
        };
        bot->dropConnection();
        alice->sendText(aliceRoom.value()->identifier(), QStringLiteral("!echo said while you were away"));
        QTRY_COMPARE_WITH_TIMEOUT(established.size(), 1, 10000);
        QVERIFY2(established.first().first().toBool(), "the session was not resumed");
        QTRY_COMPARE_WITH_TIMEOUT(answers(), 1, 5000);
        QVERIFY(!heard.wait(500));
        QCOMPARE(answers(), 1);
    }

    void reconnectAfterServerRestart()
    {
        TestClient bot;
        XMPP_CONNECT(bot,
                     settings(QStringLiteral("bot"),
                              {{QStringLiteral("rooms"), QStringLiteral("phoenix@conference.localhost")}}));
        Room *room = bot->room(QStringLiteral("phoenix@conference.localhost"));
        QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);

        QSignalSpy states(bot.get(), &Backend::stateChanged);
        QSignalSpy established(bot.get(), &XmppBackend::sessionEstablished);
        m_server->kill();
        QTRY_COMPARE_WITH_TIMEOUT(bot->state(), Backend::State::Reconnecting, 5000);
        QVERIFY(bot.errors.join(u' ').contains(QStringLiteral("trying again")));
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));

        QTRY_COMPARE_WITH_TIMEOUT(bot->state(), Backend::State::Connected, 15000);
        // The server forgot the session: a fresh one, and the room joined again.
        QCOMPARE(established.size(), 1);
        QVERIFY(!established.first().first().toBool());
        QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
        QVERIFY(room->hasOccupant(QStringLiteral("bot")));
        QVERIFY(states.contains(QVariantList{QVariant::fromValue(Backend::State::Reconnecting)}));
    }

    void keepAliveAndSelfPing()
    {
        TestClient bot;
        bot->setPingInterval(100);
        bot->setSelfPingInterval(100);
        XMPP_CONNECT(bot,
                     settings(QStringLiteral("bot"),
                              {{QStringLiteral("rooms"), QStringLiteral("pinged@conference.localhost")}}));
        Room *room = bot->room(QStringLiteral("pinged@conference.localhost"));
        QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
        QSignalSpy joinedChanged(room, &Room::joinedChanged);
        const auto pingsTo = [&bot](const QString &to) {
            return bot.traffic.filter(QStringLiteral("to='%1'").arg(to)).filter(QStringLiteral("urn:xmpp:ping")).size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(pingsTo(QStringLiteral("pinged@conference.localhost/bot")) >= 3, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(pingsTo(QStringLiteral("localhost")) >= 3, 5000);
        // The room answers that we are in it, and nothing was rejoined.
        QCOMPARE(joinedChanged.size(), 0);
        QCOMPARE(bot->state(), Backend::State::Connected);
        QVERIFY2(bot.errors.isEmpty(), qPrintable(bot.errors.join(u' ')));
    }

private:
    BackendSettings settings(const QString &user, const QVariantMap &extra = {})
    {
        return xmppSettings(*m_server, user, user + QStringLiteral("-pw"), extra);
    }

    std::unique_ptr<XmppServerFixture> m_server = XmppServerFixture::make();
};

QTEST_GUILESS_MAIN(TestXmppProsodyResilience)
#include "tst_xmppprosodyresilience.moc"
