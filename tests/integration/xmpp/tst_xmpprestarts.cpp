// Fault injection against a real XMPP server (Prosody or ejabberd): killed with SIGKILL
// mid-conversation and restarted on the same ports, 20 times in a row,
// while a client keeps sending commands in a MUC room to an in-process bot
// on the XmppBackend. The server forgets every session and room on each
// kill, so nothing can be resumed (XEP-0198): each time the bot starts a
// fresh session and rejoins. What "exactly one reply" means, and what may
// legitimately be lost to a kill, is spelled out in ../restartloop.h.
#include "../restartloop.h"
#include "xmpptesthelpers.h"

using namespace Botdeck;
using namespace Botdeck::Xmpp;

class TestXmppRestarts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAndRestarted()
    {
        const std::unique_ptr<XmppServerFixture> fixture = XmppServerFixture::make();
        const QString missing = fixture->missingPrograms();
        if (!missing.isEmpty())
            QSKIP(qPrintable(missing));
        XmppServerFixture &server = *fixture;
        for (const QString &user : {QStringLiteral("bot"), QStringLiteral("alice")})
            QVERIFY2(server.registerUser(user, user + QStringLiteral("-pw")), qPrintable(server.error()));
        QVERIFY2(server.start(), qPrintable(server.error()));
        TcpGate gate(server.c2sPort());
        QVERIFY(gate.listen());

        const QVariantMap room{{QStringLiteral("rooms"), Room}};
        XmppBackend bot;
        // Short, because the gate (not the backoff) keeps the bot behind
        // the client after a restart.
        bot.setReconnectDelays(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
        XmppBackend client;
        RestartTarget target;
        target.name = server.name();
        target.killServer = [&server] { server.kill(); };
        target.restartServer = [&server] { return server.start(); };
        const BackendSettings botSettings
            = xmppSettings(server, QStringLiteral("bot"), QStringLiteral("bot-pw"),
                           {{QStringLiteral("rooms"), Room}, {QStringLiteral("port"), gate.port()}});
        target.connectBot = [&bot, botSettings] { bot.connectToService(botSettings); };
        const BackendSettings clientSettings
            = xmppSettings(server, QStringLiteral("alice"), QStringLiteral("alice-pw"), room);
        target.connectClient = [&client, clientSettings] { client.connectToService(clientSettings); };
        RestartLoop loop(&bot, &client, Room, &gate, target);
        loop.run(Restarts);
        client.disconnectFromService();
        bot.disconnectFromService();
        if (QTest::currentTestFailed())
            qWarning("%s's log:\n%s", qPrintable(server.name()), qPrintable(server.log()));
    }

private:
    static constexpr int Restarts = 20;
    const QString Room = QStringLiteral("restarts@conference.localhost");
};

QTEST_GUILESS_MAIN(TestXmppRestarts)
#include "tst_xmpprestarts.moc"
