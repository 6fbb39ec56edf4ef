// XmppBackend against a hostile server at socket level: XML nested 100 000
// deep, a billion laughs, a stanza that never closes, NUL bytes and broken
// UTF-8, a certificate for another host over STARTTLS, bytes dripped one at
// a time. Each case ends in a clear error or is handled, within a time
// limit and with memory bounded. (tst_xmppsession covers small hostile
// stanzas after login; these are the full-size and socket-level ones.)
#include "fakexmppserver.h"
#include "hostileserver.h"

#include "backends/xmpp/xmppbackend.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Botdeck;
using namespace Botdeck::Xmpp;

namespace {

constexpr qint64 MiB = 1024 * 1024;

const QByteArray StreamHeader = QByteArrayLiteral(
    "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' "
    "from='localhost' id='hostile' version='1.0'>");

// The classic: ten to the ninth "lol"s, three gigabytes if expanded.
QByteArray billionLaughs()
{
    QByteArray dtd = "<?xml version='1.0'?><!DOCTYPE stream:stream [<!ENTITY lol0 'lol'>";
    for (int level = 1; level <= 9; ++level) {
        dtd += "<!ENTITY lol" + QByteArray::number(level) + " '";
        dtd += ("&lol" + QByteArray::number(level - 1) + ";").repeated(10);
        dtd += "'>";
    }
    return dtd + "]>" + StreamHeader.mid(StreamHeader.indexOf("<stream:stream"))
        + "<message><body>&lol9;</body></message>";
}

BackendSettings loginTo(quint16 port)
{
    return checkedSettings(XmppBackend::descriptor(),
                           {{QStringLiteral("jid"), QStringLiteral("bot@localhost")},
                            {QStringLiteral("password"), QStringLiteral("pw")},
                            {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                            {QStringLiteral("port"), port},
                            {QStringLiteral("resource"), QStringLiteral("test")},
                            {QStringLiteral("allow-plain"), true}});
}

// Answers each stream header the client sends with reply.
void answerHeader(HostileServer &server, std::function<void(HostileServer &)> reply)
{
    server.onData = [reply](HostileServer &s, const QByteArray &data) {
        if (data.contains("<stream:stream"))
            reply(s);
    };
}

// A bot whose reconnection waits long enough for the test to look at the
// failed attempt, with spies on what it says.
struct Session
{
    Session() { bot.setReconnectDelays(std::chrono::seconds(30), std::chrono::seconds(30)); }
    void logInTo(quint16 port) { bot.connectToService(loginTo(port)); }

    XmppBackend bot;
    BackendSpies spies{&bot};
};

} // namespace

class TestXmppHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileDocument_data();
    void hostileDocument();
    void stanzaThatNeverCloses_data();
    void stanzaThatNeverCloses();
    void brokenTextAfterLogin_data();
    void brokenTextAfterLogin();
    void certificateForAnotherHost();
    void slowlorisValidStanza();
    void slowlorisNegotiation();
};

void TestXmppHostileServer::hostileDocument_data()
{
    QTest::addColumn<QByteArray>("reply");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("nested 100 000 deep") << StreamHeader + "<message>" + QByteArray("<a>").repeated(100000)
                                         << QStringLiteral("nested deeper than 32 levels");
    QTest::newRow("billion laughs") << billionLaughs() << QStringLiteral("document type declaration");
    QTest::newRow("undeclared entity") << StreamHeader + "<message><body>&lol9;</body></message>"
                                       << QStringLiteral("malformed XML");
    QTest::newRow("NUL byte") << StreamHeader + QByteArrayLiteral("<message><body>a\0b</body></message>")
                              << QStringLiteral("malformed XML");
}

void TestXmppHostileServer::hostileDocument()
{
    QFETCH(QByteArray, reply);
    QFETCH(QString, errorContains);
    HostileServer server;
    answerHeader(server, [reply](HostileServer &s) { s.send(reply); });
    Session session;
    const CostWatch cost;
    session.logInTo(server.port());
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Reconnecting, 5000);
    QVERIFY2(session.spies.errorText().contains(errorContains), qPrintable(session.spies.errorText()));
    QTRY_VERIFY_WITH_TIMEOUT(!server.isClientConnected(), 5000); // the stream was dropped
    QVERIFY2(cost.peakBelow(64 * MiB), qPrintable(cost.summary()));
    qInfo("refused: %s", qPrintable(cost.summary()));
}

void TestXmppHostileServer::stanzaThatNeverCloses_data()
{
    QTest::addColumn<char>("filler");
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("text") << 'x' << QStringLiteral("stanza larger than the limit of 1048576 characters");
    // Each of these decodes to a replacement character: the size limit must
    // not count bytes in a way they slip past.
    QTest::newRow("stray continuation bytes") << '\x80' << QStringLiteral("not valid UTF-8");
}

void TestXmppHostileServer::stanzaThatNeverCloses()
{
    // One body with no end: a limit trips, not the memory.
    QFETCH(char, filler);
    QFETCH(QString, errorContains);
    HostileServer server;
    answerHeader(server, [filler](HostileServer &s) {
        s.send(StreamHeader + "<message from='alice@localhost/x'><body>");
        s.flood(HostileServer::repeating(QByteArray(64 * 1024, filler), 100 * MiB));
    });
    Session session;
    const CostWatch cost;
    session.logInTo(server.port());
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Reconnecting, 15000);
    QVERIFY2(session.spies.errorText().contains(errorContains), qPrintable(session.spies.errorText()));
    QVERIFY2(server.floodedBytes() < 16 * MiB, qPrintable(QString::number(server.floodedBytes())));
    QVERIFY2(cost.peakBelow(64 * MiB), qPrintable(cost.summary()));
    qInfo("gave up after %lld bytes: %s", server.floodedBytes(), qPrintable(cost.summary()));
}

void TestXmppHostileServer::brokenTextAfterLogin_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("received"); // the body that arrives, or empty
    QTest::addColumn<QString>("errorContains");
    QTest::newRow("NUL byte") << QByteArrayLiteral("a\0b") << QString() << QStringLiteral("malformed XML");
    QTest::newRow("latin-1 byte") << QByteArray("caf\xe9") << QString() << QStringLiteral("not valid UTF-8");
    QTest::newRow("overlong sequence") << QByteArray("\xc0\xaf") << QString() << QStringLiteral("not valid UTF-8");
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QString() << QStringLiteral("not valid UTF-8");
    QTest::newRow("forbidden control character")
        << QByteArray("bell \x07") << QString() << QStringLiteral("malformed XML");
    QTest::newRow("escaped text") << QByteArray("caf\xc3\xa9 &lt;&amp;&gt; \xe2\x82\xac")
                                  << QStringLiteral("café <&> €") << QString();
}

void TestXmppHostileServer::brokenTextAfterLogin()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, received);
    QFETCH(QString, errorContains);
    FakeXmppServer server(QStringLiteral("pw"));
    Session session;
    session.logInTo(server.port());
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Connected, 5000);
    session.spies.errors.clear();
    const QByteArray from = "<message from='alice@localhost/x' to='bot@localhost/test' type='chat'><body>";
    server.send(from + body + "</body></message>" + from + "next</body></message>");
    if (errorContains.isEmpty()) {
        QTRY_COMPARE_WITH_TIMEOUT(session.spies.messages.count(), 2, 5000);
        QCOMPARE(session.spies.messages.first().first().value<Message>().body(), received);
        QCOMPARE(session.bot.state(), Backend::State::Connected);
        QVERIFY2(session.spies.errors.isEmpty(), qPrintable(session.spies.errorText()));
    } else {
        QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Reconnecting, 5000);
        QVERIFY2(session.spies.errorText().contains(errorContains), qPrintable(session.spies.errorText()));
        QCOMPARE(session.spies.messages.count(), 0);
    }
}

void TestXmppHostileServer::certificateForAnotherHost()
{
    const TestCertificate certificate = TestCertificate::make(QStringLiteral("evil.example"));
    if (!certificate.error.isEmpty())
        QSKIP(qPrintable(certificate.error));
    HostileServer server;
    server.setCertificate(certificate, false);
    server.onData = [](HostileServer &s, const QByteArray &data) {
        if (data.contains("<stream:stream")) {
            s.send(StreamHeader
                   + "<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'><required/>"
                     "</starttls></stream:features>");
        } else if (data.contains("<starttls")) {
            s.send("<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
            s.startTls();
        }
    };
    Session session;
    session.logInTo(server.port());
    // Refused, and tried again later (README, "Reconnecting"): the server's
    // operator may fix the certificate.
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Reconnecting, 5000);
    const QString text = session.spies.errorText();
    QVERIFY2(text.contains(QStringLiteral("certificate cannot be trusted")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("for the host name evil.example, not localhost")), qPrintable(text));
    QVERIFY(!server.received().contains("<auth"));
    QCOMPARE(server.connections(), 1);
}

void TestXmppHostileServer::slowlorisValidStanza()
{
    // After login, a valid stanza one byte at a time: parsed all the same.
    FakeXmppServer server(QStringLiteral("pw"));
    Session session;
    session.logInTo(server.port());
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Connected, 5000);
    const QByteArray stanza = "<message from='alice@localhost/x' type='chat'><body>dr\xc3\xafp</body></message>";
    Drip drip([&server](const QByteArray &bytes) { server.send(bytes); });
    drip.start(stanza, 15);
    QTRY_COMPARE_WITH_TIMEOUT(session.spies.messages.count(), 1, 5000);
    QCOMPARE(session.spies.messages.first().first().value<Message>().body(), QStringLiteral("dr\u00efp"));
    QCOMPARE(drip.dripped(), stanza.size()); // nothing was taken for whole before the last byte
    QCOMPARE(session.bot.state(), Backend::State::Connected);
}

void TestXmppHostileServer::slowlorisNegotiation()
{
    // A header, then whitespace (a legal keep-alive) forever, never the
    // features: the negotiation time limit ends it.
    HostileServer server;
    answerHeader(server, [](HostileServer &s) {
        s.send(StreamHeader);
        s.drip(" ", 50, true);
    });
    Session session;
    session.bot.setNegotiationTimeout(1500);
    const CostWatch cost;
    session.logInTo(server.port());
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Reconnecting, 5000);
    QVERIFY2(session.spies.errorText().contains(QStringLiteral("did not finish opening the session within 1.5 s")),
             qPrintable(session.spies.errorText()));
    QVERIFY2(cost.elapsedMs() < 4000, qPrintable(cost.summary()));
    QVERIFY(server.drippedBytes() > 10);
    QTRY_VERIFY_WITH_TIMEOUT(!server.isClientConnected(), 5000);
}

QTEST_GUILESS_MAIN(TestXmppHostileServer)
#include "tst_xmpphostileserver.moc"
