#pragma once

#include "backends/irc/ircmessage.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpSocket>

#include <functional>

// A person on the test server, speaking raw IRC over a plain socket: the
// other side of every conversation the bot has in the integration tests.
class IrcTestClient : public QObject
{
    Q_OBJECT

public:
    explicit IrcTestClient(QObject *parent = nullptr);

    // Speak from another loopback address (127.0.0.2, ...), so the server
    // shows another host for the same nick; set before connecting.
    void setLocalAddress(const QHostAddress &address) { m_localAddress = address; }

    // Connects, sends NICK/USER and waits for RPL_WELCOME.
    bool connectAndRegister(quint16 port, const QString &nick, int timeoutMs = 10000);
    // Sends NICK/USER without waiting (for many clients at once), and
    // afterRegistration once the server has welcomed us.
    void connectWithoutWaiting(quint16 port, const QString &nick, const QByteArray &afterRegistration = {});
    void send(const QString &line);
    void sendRaw(const QByteArray &bytes);
    // Waits for a line matching predicate (among lines not yet taken) and
    // takes it; a null message on timeout.
    Botdeck::Irc::IrcMessage waitFor(const std::function<bool(const Botdeck::Irc::IrcMessage &)> &predicate,
                                     int timeoutMs = 10000);
    Botdeck::Irc::IrcMessage waitForCommand(const QString &command, const QString &param0 = {}, int timeoutMs = 10000);
    bool isRegistered() const { return m_registered; }
    QString nick() const { return m_nick; }
    // Keep no lines (for crowds), only count bytes.
    void setDiscarding(bool discarding) { m_discarding = discarding; }
    void disconnectNow();

private:
    void onReadyRead();

    QTcpSocket m_socket;
    QHostAddress m_localAddress;
    QByteArray m_buffer;
    QByteArray m_afterRegistration;
    QList<Botdeck::Irc::IrcMessage> m_lines;
    QString m_nick;
    bool m_registered = false;
    bool m_discarding = false;
};
