#include "sockettransport.h"

#include <QSslSocket>

namespace Botdeck {

namespace {

// How long a deliberate close may block to push out its last bytes.
const int FlushTimeoutMs = 1000;

} // namespace

SocketTransport::SocketTransport(QObject *parent)
    : BasicSocketTransport(parent)
{ }

void SocketTransport::open(const Options &options)
{
    beginAttempt(options);
    adoptSocket(new QSslSocket(this));
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (!options.peerName.isEmpty())
        m_socket->setPeerVerifyName(options.peerName);

    connect(m_socket, &QSslSocket::connected, this, [this] {
        if (this->options().kind == Kind::Tcp) {
            stopConnectTimer();
            Q_EMIT opened();
        }
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        stopConnectTimer();
        if (this->options().kind == Kind::Tls)
            Q_EMIT opened();
        else
            Q_EMIT encrypted();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (acceptTlsErrors(errors, m_socket->peerCertificate()))
            m_socket->ignoreSslErrors(errors);
    });
    connect(m_socket, &QSslSocket::readyRead, this, [this] { Q_EMIT dataReceived(m_socket->readAll()); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // A clean close by the peer arrives as disconnected(), with its own words.
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;
        fail(describeSocketError());
    });
    connect(m_socket, &QSslSocket::disconnected, this,
            [this] { socketClosed(tr("the server closed the connection")); });

    if (options.kind == Kind::Tls)
        m_socket->connectToHostEncrypted(options.host, options.port,
                                         options.peerName.isEmpty() ? options.host : options.peerName);
    else
        m_socket->connectToHost(options.host, options.port);
}

void SocketTransport::closeSocket()
{
    // The goodbye (XMPP </stream:stream>, IRC QUIT) must reach the wire
    // even when the event loop stops right after (SIGTERM, a destructor):
    // a server that never sees it keeps the old session for minutes. The
    // wait is bounded, and only a deliberate close pays it.
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0 || m_socket->encryptedBytesToWrite() > 0)
        m_socket->waitForBytesWritten(FlushTimeoutMs);
    m_socket->disconnectFromHost();
}

void SocketTransport::write(const QByteArray &data)
{
    if (isSocketConnected())
        m_socket->write(data);
}

bool SocketTransport::isOpen() const
{
    return isSocketConnected() && (options().kind == Kind::Tcp || m_socket->isEncrypted());
}

bool SocketTransport::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

void SocketTransport::startTls()
{
    if (!isSocketConnected()) {
        Q_EMIT errorOccurred(tr("cannot start TLS: not connected"));
        return;
    }
    m_socket->startClientEncryption();
}

QString SocketTransport::describeSocketError() const
{
    const QString where = describe(options());
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("connection refused by %1 (is the server running?)").arg(where);
    case QAbstractSocket::HostNotFoundError:
        return tr("the host %1 was not found").arg(options().host);
    case QAbstractSocket::SocketTimeoutError:
        return tr("%1 did not answer in time").arg(where);
    case QAbstractSocket::NetworkError:
        return tr("the network to %1 failed: %2").arg(where, m_socket->errorString());
    case QAbstractSocket::SslHandshakeFailedError:
        return tr("the TLS handshake with %1 failed: %2").arg(where, m_socket->errorString());
    default:
        return tr("%1: %2").arg(where, m_socket->errorString());
    }
}

} // namespace Botdeck
