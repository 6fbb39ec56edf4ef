#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QSslCertificate;
class QSslError;

namespace Botdeck {

// How a backend reaches its server: TCP, TLS or WebSocket. Protocol code
// above it sees opened / dataReceived / closed and never a socket, so the
// same IRC or XMPP session runs over every transport.
//
// Over TCP and TLS dataReceived carries arbitrary chunks of the byte stream;
// over WebSocket each call carries one whole message (one IRC line, one
// XMPP stanza), which isMessageOriented() tells.
class Transport : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Tcp, Tls, WebSocket, SecureWebSocket };
    Q_ENUM(Kind)

    struct Options
    {
        Kind kind = Kind::Tcp;
        QString host;
        quint16 port = 0;
        // Certificate checks are on unless the operator turns them off; a
        // pinned SHA-256 fingerprint (hex, colons allowed) is trusted even
        // when the chain is not.
        bool verifyCertificate = true;
        QString trustedFingerprint;
        // The name the certificate must carry, when it differs from host
        // (an XMPP domain served from another host name).
        QString peerName;
        QString webSocketPath = QStringLiteral("/");
        // Offered in the handshake. A server may pick none of them (RFC 6455
        // 4.1: it then omits the header), which is fine unless the protocol
        // insists on it (XMPP, RFC 7395 3.3.1).
        QStringList webSocketProtocols;
        bool webSocketProtocolRequired = false;
        // Sent as the handshake's Origin header when set; some servers
        // (InspIRCd) refuse a WebSocket handshake without one.
        QString webSocketOrigin;
        int connectTimeoutMs = 20000;
    };

    explicit Transport(QObject *parent = nullptr);

    // Makes the right transport for options.kind.
    static Transport *create(Kind kind, QObject *parent = nullptr);
    static QString describe(const Options &options);

    virtual void open(const Options &options) = 0;
    // Closes politely after pending data; closed() follows.
    void close();
    // Drops the connection at once (a dead link); closed() follows.
    void abort();
    virtual void write(const QByteArray &data) = 0;
    virtual bool isOpen() const = 0;
    virtual bool isEncrypted() const = 0;
    virtual bool isMessageOriented() const = 0;
    // Upgrades an open TCP connection to TLS (XMPP STARTTLS); encrypted()
    // follows, or errorOccurred and closed.
    virtual void startTls();

Q_SIGNALS:
    void opened();
    void encrypted();
    void dataReceived(const QByteArray &data);
    // reason is empty for a close we asked for.
    void closed(const QString &reason);
    // Plain words: "connection refused by 127.0.0.1:6667 (is the server running?)".
    void errorOccurred(const QString &error);
    // Something the operator should know that is not an error (an ignored
    // certificate problem).
    void warningIssued(const QString &warning);

protected:
    // One connection attempt's bookkeeping, the same for every transport:
    // remembers options and starts the connect time limit.
    void beginAttempt(const Options &options);
    const Options &options() const { return m_options; }
    void stopConnectTimer() { m_connectTimer.stop(); }
    // Reports error once, drops the socket and says closed(error).
    void fail(const QString &error);
    // The socket went away: closed() with peerReason unless we closed it,
    // nothing if fail() already said why.
    void socketClosed(const QString &peerReason);
    // Applies the certificate policy; true when the problems are accepted
    // (warningIssued says so when they are only tolerated), else fail()s.
    bool acceptTlsErrors(const QList<QSslError> &errors, const QSslCertificate &peer);
    // Disconnects from and deletes the socket at once, without signals.
    virtual void dropSocket() = 0;
    // Whether there is a socket, and whether it is connected or on its way.
    virtual bool hasSocket() const = 0;
    virtual bool isSocketActive() const = 0;
    // Starts a polite close; the socket says when it is done.
    virtual void closeSocket() = 0;

private:
    Options m_options;
    QTimer m_connectTimer;
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace Botdeck
