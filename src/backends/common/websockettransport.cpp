#include "websockettransport.h"

#include "tlspolicy.h"

#include <QNetworkRequest>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace Botdeck {

WebSocketTransport::WebSocketTransport(QObject *parent)
    : Transport(parent)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(tr("could not reach %1 within %2 seconds")
                 .arg(describe(m_options))
                 .arg(m_options.connectTimeoutMs / 1000));
    });
}

void WebSocketTransport::open(const Options &options)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_options = options;
    m_closing = false;
    m_failed = false;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);

    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_connectTimer.stop();
        if (!m_options.webSocketProtocols.isEmpty()
            && !m_options.webSocketProtocols.contains(m_socket->subprotocol())) {
            fail(tr("%1 did not agree to speak %2 over WebSocket")
                     .arg(describe(m_options), m_options.webSocketProtocols.join(QStringLiteral(" or "))));
            return;
        }
        Q_EMIT opened();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { Q_EMIT dataReceived(message.toUtf8()); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &message) { Q_EMIT dataReceived(message); });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const TlsVerdict verdict = judgeTlsErrors(m_options, errors, m_socket->sslConfiguration().peerCertificate());
        if (verdict.accept) {
            m_socket->ignoreSslErrors(errors);
            if (!verdict.message.isEmpty())
                Q_EMIT warningIssued(verdict.message);
        } else {
            fail(verdict.message);
        }
    });
    // Qt 6.4 names this signal error(); errorOccurred() arrives in 6.5.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError error) {
        if (error == QAbstractSocket::RemoteHostClosedError)
            return;
        fail(tr("%1: %2").arg(describe(m_options), m_socket->errorString()));
    });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        m_connectTimer.stop();
        if (m_failed)
            return;
        QString reason;
        if (!m_closing) {
            reason = m_socket->closeReason().isEmpty()
                ? tr("the server closed the connection")
                : tr("the server closed the connection: %1").arg(m_socket->closeReason());
        }
        Q_EMIT closed(reason);
    });

    QUrl url;
    url.setScheme(options.kind == Kind::SecureWebSocket ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(options.host);
    url.setPort(options.port);
    url.setPath(options.webSocketPath.isEmpty() ? QStringLiteral("/") : options.webSocketPath);
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols(options.webSocketProtocols);
    m_connectTimer.start(options.connectTimeoutMs);
    m_socket->open(QNetworkRequest(url), handshake);
}

void WebSocketTransport::close()
{
    if (!m_socket)
        return;
    m_closing = true;
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        Q_EMIT closed(QString());
        return;
    }
    m_socket->close();
}

void WebSocketTransport::abort()
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

void WebSocketTransport::write(const QByteArray &data)
{
    if (isOpen())
        m_socket->sendTextMessage(QString::fromUtf8(data));
}

bool WebSocketTransport::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool WebSocketTransport::isEncrypted() const
{
    return isOpen() && m_options.kind == Kind::SecureWebSocket;
}

QString WebSocketTransport::negotiatedProtocol() const
{
    return m_socket ? m_socket->subprotocol() : QString();
}

void WebSocketTransport::fail(const QString &error)
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

} // namespace Botdeck
