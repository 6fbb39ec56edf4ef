#pragma once

#include "ircisupport.h"
#include "irclinebuffer.h"
#include "ircmessage.h"
#include "ircregistration.h"

#include "backends/common/transport.h"
#include "core/backend.h"
#include "core/backoff.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Botdeck::Irc {

// What a session needs to connect and log in.
struct IrcSessionConfig
{
    Transport::Options transport;
    IrcRegistration::Config registration;
    // Silence before we ping the server; as long again without an answer
    // means the link is dead.
    int pingIntervalMs = 60000;
};

// One IRC connection over a Transport and what keeps it going: line
// framing, registration (IrcRegistration), the server's ISUPPORT, our
// current nick, keep-alive PINGs with lag measurement, noticing a dead
// link, and reconnecting with backoff. PING, PONG and ERROR are answered
// here; every line (those included) is passed on by lineReceived(), and the
// backend makes rooms and people of them.
class IrcSession : public QObject
{
    Q_OBJECT

public:
    explicit IrcSession(QObject *parent = nullptr);
    ~IrcSession() override;

    // Connects, and keeps connecting after every loss until close().
    void open(const IrcSessionConfig &config);
    // Stops for good: says QUIT on an open link and closes it; signedOff()
    // follows.
    void close(const QString &quitMessage);

    // Writes one line at once (with traffic logging, secrets redacted).
    // Returns false when the line cannot be written (not connected, or
    // refused by the codec; the reason is reported).
    bool sendLine(const IrcMessage &message);
    // A PING whose PONG measures the lag.
    void measureLag();

    bool isRegistered() const { return m_registration.isRegistered(); }
    const IrcRegistration &registration() const { return m_registration; }
    const IrcIsupport &isupport() const { return m_isupport; }
    // RPL_ISUPPORT (005) tokens.
    void applyIsupport(const QStringList &tokens) { m_isupport.apply(tokens); }
    QString nick() const { return m_nick; }
    void setNick(const QString &nick) { m_nick = nick; }
    // Where we connect.
    const Transport::Options &transportOptions() const { return m_config.transport; }

    void setRegistrationTimeout(int milliseconds) { m_registrationTimer.setInterval(milliseconds); }
    void setReconnectDelays(Backoff::Duration initial, Backoff::Duration maximum)
    {
        m_backoff = Backoff(initial, maximum);
    }
    // A line running on past this without an end means the server is not
    // speaking IRC: the session drops the connection instead of reading on.
    static constexpr qsizetype MaxRunawayLineBytes = 4 * 1024 * 1024;

Q_SIGNALS:
    // Connecting, Authenticating, Reconnecting, Disconnected and Failed;
    // Connected is the backend's to declare once registered() is handled.
    void stateChanged(Botdeck::Backend::State state);
    // Every line from the server but the one that completes the login...
    void lineReceived(const Botdeck::Irc::IrcMessage &message);
    // ...which comes here: RPL_WELCOME, the link is ready.
    void registered(const Botdeck::Irc::IrcMessage &welcome);
    // The link went away (and a reconnect may follow).
    void linkLost();
    // close() ended the link, or the login failed for good.
    void signedOff();
    void latencyMeasured(int milliseconds);
    void trafficLogged(Botdeck::Backend::Direction direction, const QString &text);
    void warningIssued(const QString &warning);

private:
    void setState(Backend::State state);
    void openTransport();
    void onOpened();
    void onData(const QByteArray &data);
    void onClosed(const QString &reason);
    void handleLine(const QByteArray &raw);
    void handlePing(const IrcMessage &message);
    void handlePong(const IrcMessage &message);
    void handleError(const IrcMessage &message);
    void scheduleReconnect(const QString &reason);
    void onKeepAliveTick();
    // Abandons a link that is no use (dead, or talking nonsense) and
    // reconnects, saying why.
    void dropLink(const QString &reason);
    // Gives up for good: the login cannot succeed by trying again.
    void failLogin(const QString &reason);

    IrcSessionConfig m_config;
    QPointer<Transport> m_transport;
    IrcLineBuffer m_lineBuffer;
    IrcRegistration m_registration;
    IrcIsupport m_isupport;
    QString m_nick;
    Backoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_keepAliveTimer;
    QTimer m_registrationTimer;
    QElapsedTimer m_lastReceived;
    QElapsedTimer m_pingSent;
    QString m_pendingPing;
    bool m_wantConnected = false;
    bool m_failed = false;
};

} // namespace Botdeck::Irc
