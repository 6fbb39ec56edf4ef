#pragma once

#include "transport.h"

class QSslSocket;

namespace Botdeck {

// TCP and TLS, including a later STARTTLS upgrade, over QSslSocket.
class SocketTransport : public Transport
{
    Q_OBJECT

public:
    explicit SocketTransport(QObject *parent = nullptr);
    ~SocketTransport() override;

    void open(const Options &options) override;
    void write(const QByteArray &data) override;
    bool isOpen() const override;
    bool isEncrypted() const override;
    bool isMessageOriented() const override { return false; }
    void startTls() override;

protected:
    void dropSocket() override;
    bool hasSocket() const override;
    bool isSocketActive() const override;
    void closeSocket() override;

private:
    QString describeSocketError() const;

    QSslSocket *m_socket = nullptr;
};

} // namespace Botdeck
