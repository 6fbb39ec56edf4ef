#include "transport.h"

#include "sockettransport.h"
#include "tlspolicy.h"
#include "websockettransport.h"

namespace Botdeck {

Transport::Transport(QObject *parent)
    : QObject(parent)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        fail(
            tr("could not reach %1 within %2 seconds").arg(describe(m_options)).arg(m_options.connectTimeoutMs / 1000));
    });
}

Transport *Transport::create(Kind kind, QObject *parent)
{
    switch (kind) {
    case Kind::Tcp:
    case Kind::Tls:
        return new SocketTransport(parent);
    case Kind::WebSocket:
    case Kind::SecureWebSocket:
        return new WebSocketTransport(parent);
    }
    return nullptr;
}

QString Transport::describe(const Options &options)
{
    switch (options.kind) {
    case Kind::Tcp:
        return QStringLiteral("%1:%2").arg(options.host).arg(options.port);
    case Kind::Tls:
        return tr("%1:%2 (TLS)").arg(options.host).arg(options.port);
    case Kind::WebSocket:
        return QStringLiteral("ws://%1:%2%3").arg(options.host).arg(options.port).arg(options.webSocketPath);
    case Kind::SecureWebSocket:
        return QStringLiteral("wss://%1:%2%3").arg(options.host).arg(options.port).arg(options.webSocketPath);
    }
    return {};
}

void Transport::startTls()
{
    Q_EMIT errorOccurred(tr("this transport cannot switch to TLS"));
}

void Transport::close()
{
    if (!hasSocket())
        return;
    m_closing = true;
    if (!isSocketActive()) {
        Q_EMIT closed(QString());
        return;
    }
    closeSocket();
}

void Transport::abort()
{
    if (!hasSocket())
        return;
    m_closing = true;
    const bool wasActive = isSocketActive();
    dropSocket();
    m_connectTimer.stop();
    if (wasActive)
        Q_EMIT closed(QString());
}

void Transport::beginAttempt(const Options &options)
{
    dropSocket();
    m_options = options;
    m_closing = false;
    m_failed = false;
    m_connectTimer.start(options.connectTimeoutMs);
}

void Transport::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    m_connectTimer.stop();
    Q_EMIT errorOccurred(error);
    dropSocket();
    Q_EMIT closed(error);
}

void Transport::socketClosed(const QString &peerReason)
{
    m_connectTimer.stop();
    if (!m_failed)
        Q_EMIT closed(m_closing ? QString() : peerReason);
}

bool Transport::acceptTlsErrors(const QList<QSslError> &errors, const QSslCertificate &peer)
{
    const TlsVerdict verdict = judgeTlsErrors(m_options, errors, peer);
    if (!verdict.accept) {
        fail(verdict.message);
        return false;
    }
    if (!verdict.message.isEmpty())
        Q_EMIT warningIssued(verdict.message);
    return true;
}

} // namespace Botdeck
