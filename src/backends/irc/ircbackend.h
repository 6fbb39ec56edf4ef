#pragma once

#include "irceventhandler.h"
#include "ircidentifiers.h"
#include "ircisupport.h"
#include "ircmessage.h"
#include "ircnumerichandler.h"
#include "ircsession.h"
#include "ircuserregistry.h"

#include "core/backend.h"
#include "core/backoff.h"
#include "core/sendqueue.h"

#include <QTimer>

namespace Botdeck {
struct BackendDescriptor;
}

namespace Botdeck::Irc {

class IrcRoom;

// IRC (RFC 1459/2812 with IRCv3) as a Botdeck backend, over TCP, TLS or
// WebSocket: the Errbot contract on top of the parts that do the work. The
// connection, its login and keep-alive are an IrcSession; the people of the
// network an IrcUserRegistry; what the server says is turned into rooms,
// people and messages by IrcEventHandler (commands) and IrcNumericHandler
// (numeric replies). This class wires them together, keeps the people in
// step with the rooms and rejoins its channels after every reconnect.
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
    // One PRIVMSG (or NOTICE) line per piece, with room for what the
    // server puts in front when it relays it.
    QList<Message> splitMessage(const Message &message) const override;
    Result<Room *> queryRoom(const QString &id) override;
    void setPresence(const Presence &presence) override;
    // The server's casemapping (ISUPPORT CASEMAPPING), for nicks, channels
    // and ACL patterns alike.
    QString foldCase(const QString &text) const override;
    QString foldCaseId() const override;
    void changeNick(const QString &nick) override;
    // WHOIS; the numerics are collected into whoisReceived.
    void requestWhois(const Identifier &person) override;
    bool canSendRaw() const override;
    void sendRaw(const QString &line) override;

    const IrcIsupport &isupport() const { return m_session.isupport(); }
    QString currentNick() const { return m_session.nick(); }
    QSet<QString> enabledCapabilities() const { return m_session.registration().enabledCapabilities(); }
    QString foldNick(const QString &nick) const { return Irc::foldCase(nick, isupport().caseMapping()); }

    // Writes one line at once (with traffic logging, secrets redacted).
    // Returns false when the line cannot be written (not connected, or
    // refused by the codec; the reason is reported).
    bool sendLine(const IrcMessage &message) { return m_session.sendLine(message); }
    // Puts a line on the rate-limited send queue.
    void enqueueLine(SendQueue::Priority priority, const IrcMessage &message);

    // How long the server may take from the connection to RPL_WELCOME
    // before the bot gives up on this attempt and reconnects (tests shorten it).
    void setRegistrationTimeout(int milliseconds) { m_session.setRegistrationTimeout(milliseconds); }
    // The delays between reconnection attempts (tests shorten them).
    void setReconnectDelays(Backoff::Duration initial, Backoff::Duration maximum)
    {
        m_session.setReconnectDelays(initial, maximum);
    }
    // Without away-notify, who is away is learnt by asking WHO now and then
    // through the paced queue, in rooms small enough for it (Quassel: every
    // 90 s, up to 200 people). Tests shorten the interval.
    void setAwayPollInterval(int milliseconds) { m_awayPoll.setInterval(milliseconds); }
    static constexpr int AwayPollRoomLimit = 200;
    // How many people the backend keeps details of (user, host, account,
    // away): those it shares a room with, and nobody else.
    qsizetype knownPeople() const { return m_users.size(); }

Q_SIGNALS:
    // Every parsed line, for tests and the protocol inspector.
    void lineReceived(const Botdeck::Irc::IrcMessage &message);

protected:
    QString roomKey(const QString &id) const override;

private:
    static QString commandFor(const Message &message);

    // The session's news (ircbackend.cpp).
    void onRegistered(const IrcMessage &welcome);
    void onLineReceived(const IrcMessage &message);
    void reportServiceText(const IrcMessage &message);
    // The link is gone: every room is left and its people forgotten.
    void onLinkLost();
    void markAllLeft();

    // Commands first, then numerics.
    void dispatch(const IrcMessage &message);

    // People and rooms, for the handlers too.
    friend class IrcEventHandler;
    friend class IrcNumericHandler;
    IrcRoom *ircRoom(const QString &id) const;
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
    // An occupant's new details, announced only when something changed.
    void updateOccupant(IrcRoom *room, const Identifier &before, const Identifier &after);
    bool isMe(const QString &nick) const;
    void updateBotIdentifier();
    void queueWho(const QString &channel);
    void pollAway();

    IrcSession m_session;
    IrcUserRegistry m_users;
    IrcEventHandler m_events{*this};
    IrcNumericHandler m_numerics{*this};
    int m_rejoinAfterKickMs = 0;
    QTimer m_awayPoll;
};

} // namespace Botdeck::Irc
