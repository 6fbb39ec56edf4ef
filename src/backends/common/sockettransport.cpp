#include "sockettransport.h"

#include "tlspolicy.h"

#include <QSslSocket>

namespace Botdeck {

SocketTransport::SocketTransport(QObject *parent)
    : Transport(parent)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(tr("could not reach %1 within %2 seconds")
                 .arg(describe(m_options))
                 .arg(m_options.connectTimeoutMs / 1000));
    });
}

void SocketTransport::open(const Options &options)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_options = options;
    m_closing = false;
    m_failed = false;
    m_socket = new QSslSocket(this);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    if (!options.peerName.isEmpty())
        m_socket->setPeerVerifyName(options.peerName);

    connect(m_socket, &QSslSocket::connected, this, [this] {
        if (m_options.kind == Kind::Tcp) {
            m_connectTimer.stop();
            Q_EMIT opened();
        }
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_connectTimer.stop();
        if (m_options.kind == Kind::Tls)
            Q_EMIT opened();
        else
            Q_EMIT encrypted();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const TlsVerdict verdict = judgeTlsErrors(m_options, errors, m_socket->peerCertificate());
        if (verdict.accept) {
            m_socket->ignoreSslErrors(errors);
            if (!verdict.message.isEmpty())
                Q_EMIT warningIssued(verdict.message);
        } else {
            fail(verdict.message);
        }
    });
    connect(m_socket, &QSslSocket::readyRead, this, [this] { Q_EMIT dataReceived(m_socket->readAll()); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // A clean close by the peer arrives as disconnected(), with its own words.
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;
        fail(describeSocketError());
    });
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        m_connectTimer.stop();
        if (m_failed)
            return;
        Q_EMIT closed(m_closing ? QString() : tr("the server closed the connection"));
    });

    m_connectTimer.start(options.connectTimeoutMs);
    if (options.kind == Kind::Tls)
        m_socket->connectToHostEncrypted(options.host, options.port,
                                         options.peerName.isEmpty() ? options.host : options.peerName);
    else
        m_socket->connectToHost(options.host, options.port);
}

void SocketTransport::close()
{
    if (!m_socket)
        return;
    m_closing = true;
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        Q_EMIT closed(QString());
        return;
    }
    m_socket->disconnectFromHost();
}

void SocketTransport::abort()
{
    if (!m_socket)
        return;
    m_closing = true;
    const bool wasConnected = m_socket->state() != QAbstractSocket::UnconnectedState;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
    m_connectTimer.stop();
    if (wasConnected)
        Q_EMIT closed(QString());
}

void SocketTransport::write(const QByteArray &data)
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(data);
}

bool SocketTransport::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState
        && (m_options.kind == Kind::Tcp || m_socket->isEncrypted());
}

bool SocketTransport::isEncrypted() const
{
    return m_socket && m_socket->isEncrypted();
}

void SocketTransport::startTls()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        Q_EMIT errorOccurred(tr("cannot start TLS: not connected"));
        return;
    }
    m_socket->startClientEncryption();
}

void SocketTransport::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_connectTimer.stop();
    Q_EMIT errorOccurred(error);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT closed(error);
}

QString SocketTransport::describeSocketError() const
{
    const QString where = describe(m_options);
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return tr("connection refused by %1 (is the server running?)").arg(where);
    case QAbstractSocket::HostNotFoundError:
        return tr("the host %1 was not found").arg(m_options.host);
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
