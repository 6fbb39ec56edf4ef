#pragma once

#include "ircidentifiers.h"
#include "ircisupport.h"
#include "irclinebuffer.h"
#include "ircmessage.h"
#include "ircregistration.h"

#include "backends/common/transport.h"
#include "core/backend.h"
#include "core/backoff.h"
#include "core/sendqueue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

namespace Botdeck {
struct BackendDescriptor;
}

namespace Botdeck::Irc {

class IrcRoom;

// IRC (RFC 1459/2812 with IRCv3) as a Botdeck backend, over TCP, TLS or
// WebSocket. Keeps the link alive with its own PINGs, measures the lag,
// notices a dead link, reconnects with backoff and rejoins its channels.
// The line codec, ISUPPORT, registration and identifier mapping live in
// their own files; this class moves lines between them and the transport.
class IrcBackend : public Backend
{
    Q_OBJECT

public:
    explicit IrcBackend(QObject *parent = nullptr);
    ~IrcBackend() override;

    static BackendDescriptor descriptor();

    QString name() const override;
    QString serviceName() const override;
    void connectToService(const BackendSettings &settings) override;
    void disconnectFromService() override;
    Result<Identifier> buildIdentifier(const QString &text) const override;
    void sendMessage(const Message &message) override;
    Result<Room *> queryRoom(const QString &id) override;
    void setPresence(const Presence &presence) override;
    // The server's casemapping (ISUPPORT CASEMAPPING), for nicks, channels
    // and ACL patterns alike.
    QString foldCase(const QString &text) const override;

    const IrcIsupport &isupport() const { return m_isupport; }
    QString currentNick() const { return m_nick; }
    QSet<QString> enabledCapabilities() const { return m_registration.enabledCapabilities(); }
    QString foldNick(const QString &nick) const { return Irc::foldCase(nick, m_isupport.caseMapping()); }

    // Writes one line at once (with traffic logging, secrets redacted).
    // Returns false when the line cannot be written (not connected, or
    // refused by the codec; the reason is reported).
    bool sendLine(const IrcMessage &message);
    // Puts a line on the rate-limited send queue.
    void enqueueLine(SendQueue::Priority priority, const IrcMessage &message);
    // What the traffic panel shows for a line we send: PASS, AUTHENTICATE
    // payloads and NickServ passwords hidden.
    static QString redactOutgoing(const IrcMessage &message, const QString &text);

    // How long the server may take from the connection to RPL_WELCOME
    // before the bot gives up on this attempt and reconnects (tests shorten it).
    void setRegistrationTimeout(int milliseconds) { m_registrationTimer.setInterval(milliseconds); }
    // The delays between reconnection attempts (tests shorten them).
    void setReconnectDelays(Backoff::Duration initial, Backoff::Duration maximum)
    {
        m_backoff = Backoff(initial, maximum);
    }
    // How many people the backend keeps details of (user, host, account,
    // away): those it shares a room with, and nobody else.
    qsizetype knownPeople() const { return m_users.size(); }
    // A line running on past this without an end means the server is not
    // speaking IRC: the bot drops the connection instead of reading on.
    static constexpr qsizetype MaxRunawayLineBytes = 4 * 1024 * 1024;

Q_SIGNALS:
    // Every parsed line, for tests and the protocol inspector.
    void lineReceived(const Botdeck::Irc::IrcMessage &message);

protected:
    QString roomKey(const QString &id) const override;

private:
    // Connection lifecycle (ircbackend.cpp).
    void openTransport();
    void onOpened();
    void onData(const QByteArray &data);
    void onClosed(const QString &reason);
    void scheduleReconnect(const QString &reason);
    void onKeepAliveTick();
    // Abandons a link that is no use (dead, or talking nonsense) and
    // reconnects, saying why.
    void dropLink(const QString &reason);
    void onRegistered();
    // Gives up for good: the login cannot succeed by trying again.
    void failLogin(const QString &reason);
    // Stops for good, with no reconnection: says QUIT on an open link,
    // closes it and marks every room left.
    void signOff(const QString &quitMessage);

    // Incoming lines (ircbackendevents.cpp).
    void handleLine(const QByteArray &raw);
    void dispatch(const IrcMessage &message);
    void handlePing(const IrcMessage &message);
    void handlePong(const IrcMessage &message);
    void handleError(const IrcMessage &message);
    void handleJoin(const IrcMessage &message);
    void handlePart(const IrcMessage &message);
    void handleKick(const IrcMessage &message);
    void handleQuit(const IrcMessage &message);
    void handleNick(const IrcMessage &message);
    void handleMode(const IrcMessage &message);
    void handleTopic(const IrcMessage &message);
    void handleInvite(const IrcMessage &message);
    void handlePrivmsg(const IrcMessage &message);
    void handleAway(const IrcMessage &message);
    void handleAccount(const IrcMessage &message);
    void handleChghost(const IrcMessage &message);
    void handleNumeric(const IrcMessage &message);
    void handleNames(const IrcMessage &message);
    void handleEndOfNames(const IrcMessage &message);
    void handleWho(const IrcMessage &message, bool whox);

    // People and rooms (ircbackendevents.cpp).
    IrcRoom *ircRoom(const QString &id) const;
    IrcUser &userFor(const IrcSource &source);
    IrcUser userFor(const QString &nick) const;
    // Drops what we know of nick unless we share a room: the server tells us
    // nothing more about them, and a bot on a public network for months
    // would otherwise remember everyone who ever messaged it.
    void forgetIfRoomless(const QString &nick);
    // The bot is out of room: marked left, and its people that the bot
    // shares no other room with forgotten.
    void markLeft(IrcRoom *room);
    Identifier occupantIn(IrcRoom *room, const IrcUser &user, const QString &symbols) const;
    // After a person's details changed: update their occupant in every room.
    void refreshOccupants(const QString &nick);
    bool isMe(const QString &nick) const;
    void updateBotIdentifier();
    void queueWho(const QString &channel);

    BackendSettings m_settings;
    Transport::Options m_transportOptions;
    QPointer<Transport> m_transport;
    IrcLineBuffer m_lineBuffer;
    IrcRegistration m_registration;
    IrcIsupport m_isupport;
    QString m_nick;
    QHash<QString, IrcUser> m_users; // by folded nick
    Backoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_keepAliveTimer;
    QTimer m_registrationTimer;
    QElapsedTimer m_lastReceived;
    QElapsedTimer m_pingSent;
    QString m_pendingPing;
    int m_pingIntervalMs = 60000;
    bool m_wantConnected = false;
    bool m_transportOpened = false;
    bool m_saslFailed = false;
    int m_rejoinAfterKickMs = 0;
};

} // namespace Botdeck::Irc
