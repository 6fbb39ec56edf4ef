#pragma once

#include "transport.h"

#include <QTimer>

class QSslSocket;

namespace Botdeck {

// TCP and TLS, including a later STARTTLS upgrade, over QSslSocket.
class SocketTransport : public Transport
{
    Q_OBJECT

public:
    explicit SocketTransport(QObject *parent = nullptr);

    void open(const Options &options) override;
    void close() override;
    void abort() override;
    void write(const QByteArray &data) override;
    bool isOpen() const override;
    bool isEncrypted() const override;
    bool isMessageOriented() const override { return false; }
    void startTls() override;

private:
    void fail(const QString &error);
    QString describeSocketError() const;

    QSslSocket *m_socket = nullptr;
    Options m_options;
    QTimer m_connectTimer;
    bool m_closing = false;
    bool m_failed = false;
};

} // namespace Botdeck
