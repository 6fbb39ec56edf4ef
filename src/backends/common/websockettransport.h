#pragma once

#include "basicsockettransport.h"

#include <QWebSocket>

namespace Botdeck {

// IRC over WebSocket (text.ircv3.net) and XMPP over WebSocket (RFC 7395,
// "xmpp"): one text message per protocol unit.
class WebSocketTransport : public BasicSocketTransport<QWebSocket>
{
    Q_OBJECT

public:
    explicit WebSocketTransport(QObject *parent = nullptr);

    void open(const Options &options) override;
    void write(const QByteArray &data) override;
    bool isOpen() const override;
    bool isEncrypted() const override;
    bool isMessageOriented() const override { return true; }
    // The subprotocol the server agreed to.
    QString negotiatedProtocol() const;

protected:
    void closeSocket() override;

private:
    // Qt's error in plain words; a refused handshake names the HTTP status.
    QString describeError() const;
};

} // namespace Botdeck
