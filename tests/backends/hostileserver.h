#pragma once

// A scripted hostile peer for backend tests, at socket level: it accepts
// the backend's connection on a free loopback port and does what the test
// script says, including what no real server does on demand: floods with
// no end, bytes dripped one at a time, TLS with a certificate for the wrong
// host. One client at a time; a new connection replaces the old one.
#include "core/backend.h"
#include "core/backendregistry.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTimer>

#include <functional>

class QSslSocket;

// A self-signed certificate for one host name, made by openssl (which the
// tests need anyway) in a temporary folder that is gone once it is loaded.
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString error; // why there is none: openssl missing or failing

    static TestCertificate make(const QString &hostName);
};

// Writes bytes one at a time on a timer through any sink: a slowloris
// server, or a valid stream cut as finely as TCP allows.
class Drip : public QObject
{
public:
    explicit Drip(std::function<void(const QByteArray &)> sink, QObject *parent = nullptr);

    // From the start again at the end when repeat, forever.
    void start(const QByteArray &bytes, int intervalMs, bool repeat = false);
    void stop() { m_timer.stop(); }
    bool isActive() const { return m_timer.isActive(); }
    qint64 dripped() const { return m_dripped; }

private:
    std::function<void(const QByteArray &)> m_sink;
    QTimer m_timer;
    QByteArray m_bytes;
    qsizetype m_next = 0;
    qint64 m_dripped = 0;
    bool m_repeat = false;
};

class HostileServer : public QTcpServer
{
public:
    explicit HostileServer(QObject *parent = nullptr);
    ~HostileServer() override;

    quint16 port() const { return serverPort(); }
    // TLS with this certificate: from the first byte when direct, else
    // once the script calls startTls() (XMPP STARTTLS).
    void setCertificate(const TestCertificate &certificate, bool direct);
    void startTls();

    // The script. Each is called per connection; any may be empty.
    std::function<void(HostileServer &)> onConnected;
    // Each line the client sends, without CR LF (IRC).
    std::function<void(HostileServer &, const QByteArray &line)> onLine;
    // Each chunk the client sends, as it comes (XMPP).
    std::function<void(HostileServer &, const QByteArray &data)> onData;

    void send(const QByteArray &bytes);
    // Sends what next() returns, a chunk at a time, only as fast as the
    // client reads, so that the server holds next to nothing itself. Stops
    // when next() returns nothing, the client goes, or stopSending().
    void flood(std::function<QByteArray()> next);
    // A flood source: chunk again and again, up to total bytes.
    static std::function<QByteArray()> repeating(const QByteArray &chunk, qint64 total);
    void drip(const QByteArray &bytes, int intervalMs, bool repeat = false) { m_drip.start(bytes, intervalMs, repeat); }
    void stopSending();

    // Bytes of the flood handed to the network so far.
    qint64 floodedBytes() const;
    bool isFlooding() const { return bool(m_flood); }
    qint64 drippedBytes() const { return m_drip.dripped(); }
    bool isClientConnected() const;
    int connections() const { return m_connections; }
    // Everything the client sent on the current connection.
    QByteArray received() const { return m_received; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead();
    void topUpFlood();

    QPointer<QSslSocket> m_socket;
    TestCertificate m_certificate;
    bool m_directTls = false;
    QByteArray m_received;
    QByteArray m_partialLine;
    std::function<QByteArray()> m_flood;
    qint64 m_floodWritten = 0;
    Drip m_drip;
    int m_connections = 0;
};

// Checks fields against the backend's login fields exactly as the command
// line does; a test that gets them wrong stops at once.
Botdeck::BackendSettings checkedSettings(const Botdeck::BackendDescriptor &descriptor, const QVariantMap &fields);

// What a backend said during a test: its errors and the messages it got.
struct BackendSpies
{
    explicit BackendSpies(Botdeck::Backend *backend);
    // Every error so far, one a line.
    QString errorText() const;
    QStringList bodies() const;

    QSignalSpy errors;
    QSignalSpy messages;
};

// What a hostile case cost: time since the watch began, and how much this
// process's resident memory grew at its peak (the kernel's high-water
// mark, reset at the start).
class CostWatch
{
public:
    CostWatch();
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    qint64 peakGrowth() const;
    // True when the peak stayed below bytes, or cannot be told: under
    // AddressSanitizer freed memory sits in quarantine and shadow memory
    // grows with it, so the numbers say nothing about our buffers.
    bool peakBelow(qint64 bytes) const;
    // "123 ms, peak memory growth 456 KiB", for the test log.
    QString summary() const;

private:
    QElapsedTimer m_clock;
    qint64 m_baseline = 0;
    bool m_peakReset = false;
};
