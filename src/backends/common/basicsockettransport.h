#pragma once

#include "transport.h"

#include <QAbstractSocket>

namespace Botdeck {

// The socket bookkeeping that is the same whatever the socket: QSslSocket
// and QWebSocket share no base class, but both report state() and abort(),
// so one template owns either and answers Transport's questions about it.
// Without Q_OBJECT (moc takes no templates); the transports built on it
// carry their own.
template<typename Socket> class BasicSocketTransport : public Transport
{
public:
    using Transport::Transport;
    ~BasicSocketTransport() override { dropSocket(); }

protected:
    // The socket for a new attempt, owned by this transport; call after
    // beginAttempt(), which dropped the last one.
    Socket *adoptSocket(Socket *socket)
    {
        m_socket = socket;
        return socket;
    }
    bool isSocketConnected() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }

    void dropSocket() override
    {
        if (!m_socket)
            return;
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    bool hasSocket() const override { return m_socket != nullptr; }
    bool isSocketActive() const override { return m_socket && m_socket->state() != QAbstractSocket::UnconnectedState; }

    Socket *m_socket = nullptr;
};

} // namespace Botdeck
