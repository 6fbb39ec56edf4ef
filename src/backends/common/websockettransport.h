#pragma once

#include "transport.h"

#include <QTimer>

class QWebSocket;

namespace Botdeck {

// IRC over WebSocket (text.ircv3.net) and XMPP over WebSocket (RFC 7395,
// "xmpp"): one text message per protocol unit.
class WebSocketTransport : public Transport
{
    Q_OBJECT

public:
    explicit WebSocketTransport(QObject *parent = nullptr);

    void open(const Options &options) override;
    void close() override;
    void abort() override;
    void write(const QByteArray &data) override;
    bool isOpen() const override;
    bool isEncrypted() const override;
    bool isMessageOriented() const override { return true; }
    // The subprotocol the server agreed to.
    QString negotiatedProtocol() const;

private:
    void fail(const QString &error);

    QWebSocket *m_socket = nullptr;
    Options m_options;
    QTimer m_connectTimer;
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace Botdeck
