#include "websockettransport.h"

#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

namespace Botdeck {

namespace {

// Qt reports a handshake the server answered with anything but 101 as
// "QWebSocketPrivate::processHandshake: Unhandled http status code: 403
// (Forbidden)."; the status is all that is worth keeping of it.
struct HandshakeStatus
{
    int code = 0;
    QString phrase;
};

HandshakeStatus handshakeStatus(const QString &qtError)
{
    static const QRegularExpression pattern(QStringLiteral(R"(status code: (\d{3})(?: \(([^)]*)\))?)"));
    const QRegularExpressionMatch match = pattern.match(qtError);
    if (!match.hasMatch())
        return {};
    return {match.captured(1).toInt(), match.captured(2)};
}

} // namespace

WebSocketTransport::WebSocketTransport(QObject *parent)
    : BasicSocketTransport(parent)
{ }

void WebSocketTransport::open(const Options &options)
{
    beginAttempt(options);
    adoptSocket(new QWebSocket(options.webSocketOrigin, QWebSocketProtocol::VersionLatest, this));

    connect(m_socket, &QWebSocket::connected, this, [this] {
        stopConnectTimer();
        const Options &options = this->options();
        const QString agreed = m_socket->subprotocol();
        // No subprotocol in the answer means the server picked none (RFC
        // 6455 4.2.2), as InspIRCd 3 does: a success, unless the protocol
        // cannot go on without one.
        const bool refused
            = agreed.isEmpty() ? options.webSocketProtocolRequired : !options.webSocketProtocols.contains(agreed);
        if (!options.webSocketProtocols.isEmpty() && refused) {
            fail(tr("%1 did not agree to speak %2 over WebSocket")
                     .arg(describe(options), options.webSocketProtocols.join(QStringLiteral(" or "))));
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
                fail(describeError());
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

QString WebSocketTransport::describeError() const
{
    const Options &options = this->options();
    const HandshakeStatus status = handshakeStatus(m_socket->errorString());
    if (status.code == 0)
        return tr("%1: %2").arg(describe(options), m_socket->errorString());
    const QString http = status.phrase.isEmpty() ? tr("HTTP %1").arg(status.code)
                                                 : tr("HTTP %1 %2").arg(status.code).arg(status.phrase);
    if (status.code == 403 && !options.webSocketOrigin.isEmpty())
        return tr("%1 refused the WebSocket connection (%2): its allowed origins do not include %3, the origin "
                  "the bot sends")
            .arg(describe(options), http, options.webSocketOrigin);
    if (status.code == 404)
        return tr("%1 refused the WebSocket connection (%2): is the WebSocket path right?")
            .arg(describe(options), http);
    return tr("%1 refused the WebSocket connection (%2)").arg(describe(options), http);
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
