// The shared transports as the IRC backend uses them: failures must come
// back as plain words, and a peer that never answers must not hang us.
#include "backends/common/transport.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Botdeck;

namespace {

quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort(); // closed again when probe goes
}

} // namespace

class TestTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refused_data();
    void refused();
    void silentPeerTimesOut_data();
    void silentPeerTimesOut();
    void tcpRoundTrip();
};

void TestTransport::refused_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("tcp") << int(Transport::Kind::Tcp);
    QTest::newRow("tls") << int(Transport::Kind::Tls);
    QTest::newRow("websocket") << int(Transport::Kind::WebSocket);
}

void TestTransport::refused()
{
    QFETCH(int, kind);
    std::unique_ptr<Transport> transport(Transport::create(Transport::Kind(kind)));
    QSignalSpy errors(transport.get(), &Transport::errorOccurred);
    QSignalSpy closed(transport.get(), &Transport::closed);
    Transport::Options options;
    options.kind = Transport::Kind(kind);
    options.host = QStringLiteral("127.0.0.1");
    options.port = closedPort();
    transport->open(options);
    QTRY_VERIFY(!closed.isEmpty());
    QVERIFY(!errors.isEmpty());
    const QString error = errors.first().first().toString();
    QVERIFY2(error.contains(QStringLiteral("refused")), qPrintable(error));
    QVERIFY(error.contains(QString::number(options.port)));
    QVERIFY(!transport->isOpen());
}

void TestTransport::silentPeerTimesOut_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("tls") << int(Transport::Kind::Tls);
    QTest::newRow("websocket") << int(Transport::Kind::WebSocket);
}

void TestTransport::silentPeerTimesOut()
{
    // Accepts the TCP connection and then says nothing: neither the TLS nor
    // the WebSocket handshake can finish.
    QFETCH(int, kind);
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    std::unique_ptr<Transport> transport(Transport::create(Transport::Kind(kind)));
    QSignalSpy errors(transport.get(), &Transport::errorOccurred);
    QSignalSpy opened(transport.get(), &Transport::opened);
    Transport::Options options;
    options.kind = Transport::Kind(kind);
    options.host = QStringLiteral("127.0.0.1");
    options.port = silent.serverPort();
    options.connectTimeoutMs = 300;
    QElapsedTimer clock;
    clock.start();
    transport->open(options);
    QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
    QVERIFY(clock.elapsed() < 3000);
    QVERIFY(opened.isEmpty());
    const QString error = errors.first().first().toString();
    QVERIFY2(error.contains(QStringLiteral("could not reach")), qPrintable(error));
}

void TestTransport::tcpRoundTrip()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    std::unique_ptr<Transport> transport(Transport::create(Transport::Kind::Tcp));
    QSignalSpy opened(transport.get(), &Transport::opened);
    QSignalSpy data(transport.get(), &Transport::dataReceived);
    QSignalSpy closed(transport.get(), &Transport::closed);
    Transport::Options options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.serverPort();
    transport->open(options);
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(!transport->isMessageOriented());
    QTRY_VERIFY(server.hasPendingConnections());
    std::unique_ptr<QTcpSocket> peer(server.nextPendingConnection());
    transport->write("PING :x\r\n");
    QTRY_COMPARE(peer->bytesAvailable(), qint64(9));
    peer->write("PONG :x\r\n");
    QTRY_COMPARE(data.count(), 1);
    QCOMPARE(data.first().first().toByteArray(), QByteArray("PONG :x\r\n"));
    peer->disconnectFromHost();
    QTRY_COMPARE(closed.count(), 1);
    QVERIFY(closed.first().first().toString().contains(QStringLiteral("closed")));
}

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
