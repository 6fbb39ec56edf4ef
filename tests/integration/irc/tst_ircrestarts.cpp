// Fault injection against a real IRC server: ngircd (and InspIRCd 3) killed
// with SIGKILL mid-conversation and restarted on the same port, 20 times in
// a row, while a client keeps sending commands to an in-process bot on the
// IrcBackend. What "exactly one reply" means, and what may legitimately be
// lost to a kill, is spelled out in ../restartloop.h.
#include "../restartloop.h"
#include "ircintegration.h"

using namespace Botdeck;
using namespace Botdeck::Irc;

class TestIrcRestarts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ngircd() { survive(IrcServer::Kind::Ngircd, QStringLiteral("ngircd")); }
    // With echo-message: what the bot wrote counts as sent once it echoes.
    void inspircd() { survive(IrcServer::Kind::Inspircd, QStringLiteral("InspIRCd"), true); }

private:
    static constexpr int Restarts = 20;

    static BackendSettings settings(quint16 port, const QString &nick)
    {
        QVariantMap fields = ircFields(port, nick);
        fields.insert(QStringLiteral("rooms"), QStringLiteral("#restarts"));
        BackendRegistry registry;
        registry.add(IrcBackend::descriptor());
        return registry.settings(QStringLiteral("irc"), fields).valueOr({});
    }

    void survive(IrcServer::Kind kind, const QString &name, bool echoes = false)
    {
        IrcServer server(kind);
        if (!server.missingReason().isEmpty())
            QSKIP(qPrintable(server.missingReason()));
        QVERIFY2(server.start(), qPrintable(server.error()));
        TcpGate gate(server.port());
        QVERIFY(gate.listen());
        // Longer than the client's path: with echo-message the client hears
        // a reply before the bot hears its echo, which the counting must
        // wait for (it once did not, and failed whenever that happened).
        gate.setDelayToBot(std::chrono::milliseconds(30));

        IrcBackend bot;
        // Short, because the gate (not the backoff) keeps the bot behind
        // the client after a restart.
        bot.setReconnectDelays(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
        IrcBackend client;
        RestartTarget target;
        target.name = name;
        target.serverEchoesSends = echoes;
        target.killServer = [&server] { server.kill(); };
        target.restartServer = [&server] { return server.restart(); };
        target.connectBot
            = [&bot, &gate] { bot.connectToService(settings(gate.port(), QStringLiteral("restartbot"))); };
        target.connectClient
            = [&client, &server] { client.connectToService(settings(server.port(), QStringLiteral("restarter"))); };
        RestartLoop loop(&bot, &client, QStringLiteral("#restarts"), &gate, target);
        loop.run(Restarts);
        client.disconnectFromService();
        bot.disconnectFromService();
    }
};

QTEST_GUILESS_MAIN(TestIrcRestarts)
#include "tst_ircrestarts.moc"
