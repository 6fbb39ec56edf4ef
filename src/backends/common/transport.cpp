#include "transport.h"

#include "sockettransport.h"
#include "websockettransport.h"

namespace Botdeck {

Transport::Transport(QObject *parent)
    : QObject(parent)
{
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

} // namespace Botdeck
