// IrcBackend against a scripted peer (a loopback QTcpServer that says what
// the test tells it to): what real test servers cannot produce on demand,
// such as SASL without services, a link that goes silent, ERROR lines and
// hostile input.
#include "backends/irc/ircbackend.h"
#include "backends/irc/irccodec.h"
#include "core/backendregistry.h"
#include "core/room.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Botdeck;
using namespace Botdeck::Irc;

namespace {

// One scripted server connection at a time.
class ScriptedPeer : public QObject
{
public:
    ScriptedPeer()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_socket = socket;
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer += socket->readAll();
                    qsizetype newline;
                    while ((newline = m_buffer.indexOf('\n')) >= 0) {
                        m_lines.append(QString::fromUtf8(m_buffer.left(newline)).trimmed());
                        m_buffer.remove(0, newline + 1);
                    }
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    void send(const QByteArray &line)
    {
        if (m_socket)
            m_socket->write(line + "\r\n");
    }
    void sendRaw(const QByteArray &bytes)
    {
        if (m_socket)
            m_socket->write(bytes);
    }
    // Takes the first line starting with prefix, waiting for it.
    QString take(const QString &prefix, int timeoutMs = 5000)
    {
        QString found;
        (void)QTest::qWaitFor(
            [&] {
                for (qsizetype i = 0; i < m_lines.size(); ++i) {
                    if (m_lines.at(i).startsWith(prefix)) {
                        found = m_lines.takeAt(i);
                        return true;
                    }
                }
                return false;
            },
            timeoutMs);
        return found;
    }
    void welcome(const QByteArray &nick = "bot")
    {
        send(":peer.test 001 " + nick + " :Welcome");
        send(":peer.test 005 " + nick + " CHANTYPES=# PREFIX=(ov)@+ CASEMAPPING=rfc1459 :are supported");
    }
    void drop()
    {
        if (m_socket)
            m_socket->abort();
    }

private:
    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    QStringList m_lines;
    int m_connections = 0;
};

std::unique_ptr<IrcBackend> connectTo(quint16 port, QVariantMap fields = {})
{
    BackendRegistry registry;
    registry.add(IrcBackend::descriptor());
    fields.insert(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    fields.insert(QStringLiteral("port"), port);
    fields.insert(QStringLiteral("nick"), QStringLiteral("bot"));
    const Result<BackendSettings> settings = registry.settings(QStringLiteral("irc"), fields);
    if (!settings)
        qFatal("%s", qPrintable(settings.error()));
    auto backend = std::make_unique<IrcBackend>();
    backend->connectToService(settings.value());
    return backend;
}

} // namespace

class TestIrcBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saslPlainAndRedaction();
    void saslFailureIsFinal();
    void pingTimeoutNoticed();
    void errorInPlainWords();
    void networkNameAndServerText();
    void quitMessageOnSignOff();
    void rejoinAfterKick();
    void hostileInput();
    void nickAndQuitAcrossRooms();
};

void TestIrcBackend::saslPlainAndRedaction()
{
    ScriptedPeer peer;
    std::unique_ptr<IrcBackend> bot = connectTo(peer.port(),
                                                {{QStringLiteral("sasl"), QStringLiteral("plain")},
                                                 {QStringLiteral("sasl-user"), QStringLiteral("acct")},
                                                 {QStringLiteral("sasl-password"), QStringLiteral("s3cret-pw")},
                                                 {QStringLiteral("password"), QStringLiteral("server-pw")}});
    QStringList traffic;
    connect(bot.get(), &Backend::trafficLogged, this,
            [&](Backend::Direction, const QString &text) { traffic.append(text); });
    QCOMPARE(peer.take(QStringLiteral("PASS")), QStringLiteral("PASS server-pw"));
    QCOMPARE(peer.take(QStringLiteral("CAP LS")), QStringLiteral("CAP LS 302"));
    peer.send(":peer.test CAP * LS :sasl=PLAIN multi-prefix");
    QCOMPARE(peer.take(QStringLiteral("CAP REQ")), QStringLiteral("CAP REQ :multi-prefix sasl"));
    peer.send(":peer.test CAP * ACK :multi-prefix sasl");
    QCOMPARE(peer.take(QStringLiteral("AUTHENTICATE")), QStringLiteral("AUTHENTICATE PLAIN"));
    QCOMPARE(bot->state(), Backend::State::Authenticating);
    peer.send("AUTHENTICATE +");
    const QString payload = peer.take(QStringLiteral("AUTHENTICATE"));
    QCOMPARE(payload,
             QStringLiteral("AUTHENTICATE ") + QString::fromLatin1(QByteArray("acct\0acct\0s3cret-pw", 19).toBase64()));
    peer.send(":peer.test 900 bot bot!u@h acct :You are now logged in as acct");
    peer.send(":peer.test 903 bot :SASL authentication successful");
    QCOMPARE(peer.take(QStringLiteral("CAP END")), QStringLiteral("CAP END"));
    peer.welcome();
    QTRY_VERIFY(bot->isConnected());
    const QString secretPayload = payload.mid(QStringLiteral("AUTHENTICATE ").size());
    QVERIFY(traffic.contains(QStringLiteral("PASS ****")));
    QVERIFY(traffic.contains(QStringLiteral("AUTHENTICATE ****")));
    for (const QString &line : std::as_const(traffic)) {
        QVERIFY2(!line.contains(QStringLiteral("s3cret-pw")), qPrintable(line));
        QVERIFY2(!line.contains(QStringLiteral("server-pw")), qPrintable(line));
        QVERIFY2(!line.contains(secretPayload), qPrintable(line));
    }
}

void TestIrcBackend::saslFailureIsFinal()
{
    ScriptedPeer peer;
    std::unique_ptr<IrcBackend> bot = connectTo(
        peer.port(),
        {{QStringLiteral("sasl"), QStringLiteral("plain")}, {QStringLiteral("sasl-password"), QStringLiteral("x")}});
    QSignalSpy errors(bot.get(), &Backend::errorOccurred);
    peer.take(QStringLiteral("CAP LS"));
    peer.send("CAP * LS :sasl");
    peer.take(QStringLiteral("CAP REQ"));
    peer.send("CAP * ACK :sasl");
    peer.take(QStringLiteral("AUTHENTICATE"));
    peer.send("AUTHENTICATE +");
    peer.take(QStringLiteral("AUTHENTICATE"));
    peer.send(":peer.test 904 bot :SASL authentication failed");
    QTRY_COMPARE(bot->state(), Backend::State::Failed);
    QVERIFY(errors.last().first().toString().contains(QStringLiteral("wrong account name or password")));
    QTest::qWait(0);
    QCOMPARE(peer.connections(), 1); // no retry with a password that was refused
}

void TestIrcBackend::pingTimeoutNoticed()
{
    ScriptedPeer peer;
    std::unique_ptr<IrcBackend> bot = connectTo(peer.port(), {{QStringLiteral("ping-interval"), 1}});
    QSignalSpy errors(bot.get(), &Backend::errorOccurred);
    QSignalSpy lags(bot.get(), &Backend::latencyChanged);
    peer.take(QStringLiteral("USER"));
    peer.welcome();
    QTRY_VERIFY(bot->isConnected());
    // Answer the first keep-alive: that measures the lag.
    const QString ping = peer.take(QStringLiteral("PING"));
    QVERIFY(!ping.isEmpty());
    peer.send(":peer.test PONG peer.test :" + ping.section(QLatin1Char(' '), 1).toUtf8());
    QTRY_VERIFY(bot->latencyMs() >= 0);
    QCOMPARE(lags.count(), 1);
    // Then go silent, as a dead link would: noticed within two intervals.
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(bot->state(), Backend::State::Reconnecting, 5000);
    QVERIFY(clock.elapsed() < 4000);
    QVERIFY2(errors.last().first().toString().contains(QStringLiteral("ping timeout")),
             qPrintable(errors.last().first().toString()));
    QCOMPARE(bot->latencyMs(), -1);
    // And it comes back by itself.
    QTRY_COMPARE_WITH_TIMEOUT(peer.connections(), 2, 5000);
}

void TestIrcBackend::errorInPlainWords()
{
    ScriptedPeer peer;
    std::unique_ptr<IrcBackend> bot = connectTo(peer.port());
    QSignalSpy errors(bot.get(), &Backend::errorOccurred);
    peer.take(QStringLiteral("USER"));
    peer.welcome();
    QTRY_VERIFY(bot->isConnected());
    peer.send("ERROR :Closing Link: bot[127.0.0.1] (K-Lined: spamming)");
    QTRY_COMPARE(bot->state(), Backend::State::Reconnecting);
    const QString error = errors.last().first().toString();
    QVERIFY2(error.contains(QStringLiteral("the server closed the connection: Closing Link")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("K-Lined: spamming")));
}

void TestIrcBackend::networkNameAndServerText()
{
    ScriptedPeer peer;
    std::unique_ptr<IrcBackend> bot = connectTo(peer.port());
    QSignalSpy renamed(bot.get(), &Backend::serviceNameChanged);
    QSignalSpy notices(bot.get(), &Backend::serviceNotice);
    peer.take(QStringLiteral("USER"));
    peer.welcome();
    peer.send(":peer.test 005 bot NETWORK=TestNet :are supported");
    peer.send(":peer.test 375 bot :- peer.test Message of the day -");
    peer.send(":peer.test 372 bot :- be nice");
    peer.send(":peer.test NOTICE bot :*** server restarting soon");
    peer.send(":alice!a@host NOTICE bot :not the server");
    QTRY_COMPARE(notices.count(), 3);
    QVERIFY(renamed.count() > 0);
    QVERIFY2(bot->serviceName().startsWith(QStringLiteral("TestNet")), qPrintable(bot->serviceName()));
    QCOMPARE(notices.at(1).first().toString(), QStringLiteral("- be nice"));
    QCOMPARE(notices.at(2).first().toString(), QStringLiteral("*** server restarting soon"));
}

void TestIrcBackend::quitMessageOnSignOff()
{
    ScriptedPeer peer;
    std::unique_ptr<IrcBackend> bot = connectTo(peer.port());
    peer.take(QStringLiteral("USER"));
    peer.welcome();
    QTRY_VERIFY(bot->isConnected());
    bot->setQuitMessage(QStringLiteral("see you"));
    bot->disconnectFromService();
    QCOMPARE(peer.take(QStringLiteral("QUIT")), QStringLiteral("QUIT :see you"));
}

void TestIrcBackend::rejoinAfterKick()
{
    ScriptedPeer peer;
    std::unique_ptr<IrcBackend> bot = connectTo(
        peer.port(),
        {{QStringLiteral("rooms"), QStringLiteral("#a secretkey")}, {QStringLiteral("rejoin-after-kick"), 0.05}});
    peer.take(QStringLiteral("USER"));
    peer.welcome();
    QCOMPARE(peer.take(QStringLiteral("JOIN")), QStringLiteral("JOIN #a secretkey"));
    peer.send(":bot!u@h JOIN #a");
    peer.send(":peer.test 353 bot = #a :bot @op");
    peer.send(":peer.test 366 bot #a :End");
    Room *room = bot->room(QStringLiteral("#A"));
    QVERIFY(room);
    QTRY_VERIFY(room->isJoined());
    QCOMPARE(room->occupantCount(), 2);
    peer.send(":op!o@h KICK #a bot :behave");
    QTRY_VERIFY(!room->isJoined());
    QCOMPARE(peer.take(QStringLiteral("JOIN")), QStringLiteral("JOIN #a secretkey"));
}

void TestIrcBackend::hostileInput()
{
    ScriptedPeer peer;
    std::unique_ptr<IrcBackend> bot = connectTo(peer.port());
    QSignalSpy errors(bot.get(), &Backend::errorOccurred);
    peer.take(QStringLiteral("USER"));
    peer.welcome();
    QTRY_VERIFY(bot->isConnected());
    // A megabyte without a line end, a NUL, garbage, then a valid PING:
    // the bot survives, says what it dropped, and is still in step.
    peer.sendRaw(QByteArray(1024 * 1024, 'x'));
    peer.sendRaw(QByteArrayLiteral("\r\nPRIVMSG bot :a\0b\r\n\x01\x02\xff\r\n:::\r\nPING :still-here\r\n"));
    QCOMPARE(peer.take(QStringLiteral("PONG")), QStringLiteral("PONG still-here"));
    QVERIFY(bot->isConnected());
    QStringList texts;
    for (const QList<QVariant> &args : std::as_const(errors))
        texts.append(args.first().toString());
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral("longer than")),
             qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY(texts.join(QLatin1Char('\n')).contains(QStringLiteral("NUL")));
}

void TestIrcBackend::nickAndQuitAcrossRooms()
{
    ScriptedPeer peer;
    std::unique_ptr<IrcBackend> bot = connectTo(peer.port(), {{QStringLiteral("rooms"), QStringLiteral("#a,#b")}});
    peer.take(QStringLiteral("USER"));
    peer.welcome();
    for (const QByteArray &channel : {QByteArray("#a"), QByteArray("#b")}) {
        peer.send(":bot!u@h JOIN " + channel);
        peer.send(":peer.test 353 bot = " + channel + " :bot +Zed[x]!z@zhost");
        peer.send(":peer.test 366 bot " + channel + " :End");
    }
    Room *a = bot->room(QStringLiteral("#a"));
    Room *b = bot->room(QStringLiteral("#b"));
    QTRY_COMPARE(b->occupantCount(), 2);
    // rfc1459 casemapping: [x] and {X} are the same nick.
    QCOMPARE(a->occupant(QStringLiteral("zed{X}")).person(), QStringLiteral("Zed[x]!z@zhost"));
    QCOMPARE(a->occupant(QStringLiteral("zed[x]")).extra(Extras::RankName).toString(), QStringLiteral("voice"));
    QSignalSpy changedA(a, &Room::occupantChanged);
    QSignalSpy changedB(b, &Room::occupantChanged);
    peer.send(":Zed[x]!z@zhost NICK zed2");
    QTRY_COMPARE(changedB.count(), 1);
    QCOMPARE(changedA.count(), 1);
    QCOMPARE(a->occupant(QStringLiteral("zed2")).person(), QStringLiteral("zed2!z@zhost"));
    QCOMPARE(b->occupant(QStringLiteral("zed2")).extra(IrcIdentifiers::Modes).toString(), QStringLiteral("+"));
    QSignalSpy leftA(a, &Room::occupantLeft);
    QSignalSpy leftB(b, &Room::occupantLeft);
    peer.send(":zed2!z@zhost QUIT :bye");
    QTRY_COMPARE(leftB.count(), 1);
    QCOMPARE(leftA.count(), 1);
    QCOMPARE(a->occupantCount(), 1);
}

QTEST_GUILESS_MAIN(TestIrcBackend)
#include "tst_ircbackend.moc"
