#pragma once

#include "backendsettings.h"
#include "identifier.h"
#include "message.h"
#include "presence.h"
#include "result.h"
#include "sendqueue.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>

namespace Botdeck {

class Room;
class RoomUpdater;

// The glue to one chat service (Errbot's backend contract). It maps the
// service's addressing onto Identifier and Room and reports everything that
// happens as signals; nothing it offers blocks.
class Backend : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Botdeck::Identifier botIdentifier READ botIdentifier NOTIFY botIdentifierChanged)
    Q_PROPERTY(int latencyMs READ latencyMs NOTIFY latencyChanged)

public:
    enum class State { Disconnected, Connecting, Authenticating, Connected, Reconnecting, Failed };
    Q_ENUM(State)
    enum class Direction { Incoming, Outgoing };
    Q_ENUM(Direction)

    explicit Backend(QObject *parent = nullptr);
    ~Backend() override;

    // The registry name of this kind of backend ("local", "irc", "xmpp").
    virtual QString name() const = 0;
    // Where this backend is connected, for people ("irc.example.org:6697").
    virtual QString serviceName() const;

    State state() const;
    bool isConnected() const { return state() == State::Connected; }
    static QString describe(State state);

    virtual void connectToService(const BackendSettings &settings) = 0;
    virtual void disconnectFromService() = 0;

    Identifier botIdentifier() const;
    // The last measured round trip to the service in milliseconds (IRC
    // PING/PONG lag, XMPP ping); -1 while unknown or for services that do
    // not measure it.
    int latencyMs() const;

    // Parses what a person wrote ("#chan", "nick", "alice@example.org/phone")
    // into an identifier, or says what is wrong with the text.
    virtual Result<Identifier> buildIdentifier(const QString &text) const = 0;

    // Writes at once, unpaced; success is reported by messageSent, failure
    // by errorOccurred. Meant for one piece of splitMessage() (a body that
    // does not fit is cut the same way, but goes out as a burst); whatever
    // should respect the service's flood limits goes through queueMessage().
    virtual void sendMessage(const Message &message) = 0;
    // The protocol messages message goes out as, in order: one IRC line
    // each, say. The one place outgoing text is cut, before the send queue,
    // so that every piece costs a token of it. By default the body is cut
    // to maxMessageSize() with splitUtf8.
    virtual QList<Message> splitMessage(const Message &message) const;
    // Puts one piece on the send queue; when its turn comes it is sent
    // with sendMessage(), or, for a room the bot is back in only after a
    // reconnect, as soon as it has rejoined (within a minute; otherwise
    // said, never dropped in silence). False (and said) when the queue is
    // full.
    bool queueMessage(const Message &piece, SendQueue::Priority priority = SendQueue::Priority::Reply);
    // What a person typed (the console): split and queued as replies are;
    // refused at once, with a reason, while not connected.
    void sendText(const Identifier &to, const QString &text, Message::Type type = Message::Type::Chat);
    // A message answering message: to its room, or privately to its sender.
    virtual Message buildReply(const Message &message, const QString &text, bool privately = false) const;
    // How this service folds case when it compares names (nicks, room ids,
    // ACL patterns): IRC casemapping, say. Identity by default.
    virtual QString foldCase(const QString &text) const;
    // Names the folding foldCase does ("irc:rfc1459", "local:ascii"), so
    // that what is folded once can be reused (the ACL folds its patterns
    // once per folding, not on every check): two backends with the same id
    // fold every text identically, and the id changes whenever the folding
    // does. ExactFoldCaseId for the identity.
    virtual QString foldCaseId() const;
    static constexpr QLatin1StringView ExactFoldCaseId{"exact"};
    // The largest message body the service takes in one piece, in UTF-8
    // bytes; 0 when there is no practical limit.
    virtual int maxMessageSize() const;

    // The room object for id, joined or not; created on first use. An id
    // the service could never have is an error.
    virtual Result<Room *> queryRoom(const QString &id) = 0;
    // queryRoom() and then Room::join().
    Result<Room *> joinRoom(const QString &id, const QString &password = {});
    QList<Room *> rooms() const;
    Room *room(const QString &id) const;

    virtual void setPresence(const Presence &presence) = 0;

    // Changes the bot's nick (IRC NICK, the XMPP room nick in every joined
    // room). The outcome arrives as botIdentifierChanged or errorOccurred;
    // by default the service cannot.
    virtual void changeNick(const QString &nick);
    // Asks the service who person is; the answer arrives as whoisReceived
    // (or errorOccurred). By default the service cannot.
    virtual void requestWhois(const Identifier &person);
    // Whether sendRaw() reaches the wire: a protocol line typed by the
    // operator (IRC). False by default.
    virtual bool canSendRaw() const;
    // Sends line as it is, through the backend's normal send path so
    // traffic logging and redaction apply; by default reports that the
    // service takes no raw lines.
    virtual void sendRaw(const QString &line);

    // Where everything that should be paced goes, one wire message per
    // token: bot replies and what the operator types (Reply), room and
    // operator actions (Normal), automatic queries (Background). Paused
    // while not connected, so what is queued survives a reconnect.
    SendQueue *sendQueue() const;
    // How long a queued message to a room waits for the bot to be back in
    // it after a reconnect.
    static constexpr std::chrono::seconds RoomRejoinGrace{60};

    // What the bot says when it signs off (the IRC QUIT reason): the
    // operator's setting, so the backend never invents one of its own.
    // Empty: the backend's default.
    void setQuitMessage(const QString &message);
    QString quitMessage() const;

Q_SIGNALS:
    void stateChanged(Botdeck::Backend::State state);
    void botIdentifierChanged(const Botdeck::Identifier &identifier);
    void messageReceived(const Botdeck::Message &message);
    void messageSent(const Botdeck::Message &message);
    void presenceChanged(const Botdeck::Presence &presence);
    void roomAdded(Botdeck::Room *room);
    // The room object is deleted once control returns to the event loop.
    void roomRemoved(Botdeck::Room *room);
    void errorOccurred(const QString &error);
    // Raw protocol text, with secrets already redacted.
    void trafficLogged(Botdeck::Backend::Direction direction, const QString &text);
    void latencyChanged(int latencyMs);
    // The answer to requestWhois, one plain-words fact a line ("bob is
    // bob@example.org (Bob Smith)", "bob is in #lobby #dev").
    void whoisReceived(const Botdeck::Identifier &person, const QStringList &facts);
    // serviceName() may read differently: the service named itself (IRC
    // ISUPPORT NETWORK=). Connecting to another place changes state too.
    void serviceNameChanged();
    // What the service says to whoever connects, addressed to no room or
    // person: the IRC message of the day, server notices.
    void serviceNotice(const QString &text);

protected:
    void setState(State state);
    void setBotIdentifier(const Identifier &identifier);
    // -1: unknown again (e.g. after a disconnect).
    void setLatencyMs(int latencyMs);
    void reportError(const QString &error);
    void logTraffic(Direction direction, const QString &text);
    // message once per body, for splitMessage().
    static QList<Message> withBodies(const Message &message, const QStringList &bodies);

    // Takes ownership; errors of the room are reported by the backend too.
    void addRoom(Room *room);
    void removeRoom(Room *room);
    // The one way to record what the service reports about one of this
    // backend's rooms.
    RoomUpdater updater(Room *room);
    // How the service folds room ids for comparison.
    virtual QString roomKey(const QString &id) const;

private:
    void deliver(const Message &piece);

    State m_state = State::Disconnected;
    SendQueue *m_sendQueue;
    Identifier m_botIdentifier;
    int m_latencyMs = -1;
    QString m_quitMessage;
    QList<Room *> m_rooms;
    QHash<QString, Room *> m_roomIndex;
};

} // namespace Botdeck
