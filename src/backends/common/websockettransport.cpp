#include "websockettransport.h"

#include <QNetworkRequest>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace Botdeck {

WebSocketTransport::WebSocketTransport(QObject *parent)
    : BasicSocketTransport(parent)
{ }

void WebSocketTransport::open(const Options &options)
{
    beginAttempt(options);
    adoptSocket(new QWebSocket(options.webSocketOrigin, QWebSocketProtocol::VersionLatest, this));

    connect(m_socket, &QWebSocket::connected, this, [this] {
        stopConnectTimer();
        const QStringList &wanted = this->options().webSocketProtocols;
        if (!wanted.isEmpty() && !wanted.contains(m_socket->subprotocol())) {
            fail(tr("%1 did not agree to speak %2 over WebSocket")
                     .arg(describe(this->options()), wanted.join(QStringLiteral(" or "))));
            return;
        }
        Q_EMIT opened();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { Q_EMIT dataReceived(message.toUtf8()); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray &message) { Q_EMIT dataReceived(message); });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (acceptTlsErrors(errors, m_socket->sslConfiguration().peerCertificate()))
            m_socket->ignoreSslErrors(errors);
    });
    // Qt 6.4 names this signal error(); errorOccurred() arrives in 6.5.
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::RemoteHostClosedError)
                    return;
                fail(tr("%1: %2").arg(describe(this->options()), m_socket->errorString()));
            });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        const QString reason = m_socket->closeReason();
        socketClosed(reason.isEmpty() ? tr("the server closed the connection")
                                      : tr("the server closed the connection: %1").arg(reason));
    });

    QUrl url;
    url.setScheme(options.kind == Kind::SecureWebSocket ? QStringLiteral("wss") : QStringLiteral("ws"));
    url.setHost(options.host);
    url.setPort(options.port);
    url.setPath(options.webSocketPath.isEmpty() ? QStringLiteral("/") : options.webSocketPath);
    QWebSocketHandshakeOptions handshake;
    handshake.setSubprotocols(options.webSocketProtocols);
    m_socket->open(QNetworkRequest(url), handshake);
}

void WebSocketTransport::closeSocket()
{
    // QWebSocket cannot wait for its bytes; flushing at least hands the
    // last frames and the close frame to the kernel before an event loop
    // that stops at once could lose them.
    m_socket->flush();
    m_socket->close();
    if (m_socket)
        m_socket->flush();
}

void WebSocketTransport::write(const QByteArray &data)
{
    if (isOpen())
        m_socket->sendTextMessage(QString::fromUtf8(data));
}

bool WebSocketTransport::isOpen() const
{
    return isSocketConnected();
}

bool WebSocketTransport::isEncrypted() const
{
    return isOpen() && options().kind == Kind::SecureWebSocket;
}

QString WebSocketTransport::negotiatedProtocol() const
{
    return m_socket ? m_socket->subprotocol() : QString();
}

} // namespace Botdeck
