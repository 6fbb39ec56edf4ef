#pragma once

#include "basicsockettransport.h"

#include <QSslSocket>

namespace Botdeck {

// TCP and TLS, including a later STARTTLS upgrade, over QSslSocket.
class SocketTransport : public BasicSocketTransport<QSslSocket>
{
    Q_OBJECT

public:
    explicit SocketTransport(QObject *parent = nullptr);

    void open(const Options &options) override;
    void write(const QByteArray &data) override;
    bool isOpen() const override;
    bool isEncrypted() const override;
    bool isMessageOriented() const override { return false; }
    void startTls() override;

protected:
    void closeSocket() override;

private:
    QString describeSocketError() const;
};

} // namespace Botdeck
