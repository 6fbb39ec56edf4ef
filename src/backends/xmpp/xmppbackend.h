#pragma once

#include "clientsession.h"
#include "jid.h"
#include "xmlelement.h"

#include "core/backend.h"
#include "core/backoff.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>

namespace Botdeck {
struct BackendDescriptor;
}

namespace Botdeck::Xmpp {

class XmppRoom;

// XMPP as a Botdeck backend: a client session (TCP with STARTTLS, or
// WebSocket), 1:1 chat and presence, multi-user chat rooms (XmppRoom),
// keep-alive pings, and reconnection with backoff that resumes the session
// (XEP-0198) or else rejoins the rooms.
class XmppBackend : public Backend
{
    Q_OBJECT

public:
    explicit XmppBackend(QObject *parent = nullptr);
    ~XmppBackend() override;

    static BackendDescriptor descriptor();

    QString name() const override;
    QString serviceName() const override;
    void connectToService(const BackendSettings &settings) override;
    void disconnectFromService() override;
    Result<Identifier> buildIdentifier(const QString &text) const override;
    void sendMessage(const Message &message) override;
    Result<Room *> queryRoom(const QString &id) override;
    void setPresence(const Presence &presence) override;
    // The bot's JID stays; the nick changes in every room it is in.
    void changeNick(const QString &nick) override;

    // Sends any stanza as is (for rooms, and for tools and tests that need a
    // request Botdeck has no API for, such as a moderator's kick).
    void sendStanza(const XmlElement &stanza);
    // Sends an <iq/> (an id is added) and calls onReply with the result or
    // error; a timeout or a lost session arrives as an error reply with
    // remote-server-timeout.
    void sendIq(XmlElement iq, std::function<void(const XmlElement &reply)> onReply);

    Jid boundJid() const;
    // The nick used in rooms unless a room is joined with another.
    QString defaultNick() const { return m_nick; }
    // Drops the link as a network failure would; the backend reconnects
    // and resumes (for tests and the console's "reconnect now").
    void dropConnection();

    // Seconds between keep-alive pings of the server (XEP-0199), and
    // between self-pings of each room (XEP-0410); tests shorten them.
    void setPingInterval(int milliseconds);
    void setSelfPingInterval(int milliseconds);
    int selfPingInterval() const { return m_selfPingInterval; }
    int iqTimeout() const { return m_iqTimeout; }
    // The delays between reconnection attempts (tests shorten them).
    void setReconnectDelays(Backoff::Duration initial, Backoff::Duration maximum)
    {
        m_backoff = Backoff(initial, maximum);
    }
    void setIqTimeout(int milliseconds) { m_iqTimeout = milliseconds; }
    // How long a connection attempt may take to become a session.
    void setNegotiationTimeout(int milliseconds) { m_session->setNegotiationTimeout(milliseconds); }

Q_SIGNALS:
    // The session is up: resumed means the server kept the old one (rooms,
    // queued messages) across a drop-out, so nothing had to be rejoined.
    void sessionEstablished(bool resumed);
    // Every stanza as it arrived, after the backend handled it.
    void stanzaReceived(const Botdeck::Xmpp::XmlElement &stanza);

protected:
    QString roomKey(const QString &id) const override;

private:
    friend class XmppRoom;
    Result<SessionConfig> configure(const BackendSettings &settings);
    void onPhaseChanged(ClientSession::Phase phase);
    void onEstablished(bool resumed);
    void onEnded(const QString &reason, bool retry);
    void onStanza(const XmlElement &stanza);
    void handleIq(const XmlElement &iq);
    void handleMessage(const XmlElement &message);
    void handlePresence(const XmlElement &presence);
    void failPendingIqs();
    void scheduleReconnect(const QString &reason);
    // Unavailable presence and the stream's close, written out at once.
    void signOff();
    void sendInitialPresence();
    XmlElement presenceElement(const Presence &presence) const;
    XmppRoom *xmppRoom(const QString &bareJid) const;
    Identifier personFor(const Jid &jid) const;
    // Whether a full JID can still be reached: it spoke or came online
    // (live), or said it went offline.
    void noteResource(const Jid &jid, bool live);
    // Where a 1:1 message to bare's resource goes: the full JID while that
    // resource is there, else the bare JID.
    QString addressOf(const Jid &bare, const QString &resource) const;
    QString nextId();

    ClientSession *m_session;
    SessionConfig m_config;
    Backoff m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QString m_nick;
    QStringList m_autoJoin;
    Presence m_presence;
    bool m_wantConnected = false;
    bool m_everEstablished = false;
    // The running session was resumed: the server may redeliver what it held.
    bool m_streamResumed = false;
    QHash<QString, std::function<void(const XmlElement &)>> m_pendingIqs;
    QSet<QString> m_liveResources; // full JIDs, as Jid::full() writes them
    quint64 m_serial = 0;
    int m_selfPingInterval = 5 * 60 * 1000;
    int m_iqTimeout = 30000;
    bool m_pingOutstanding = false;
};

} // namespace Botdeck::Xmpp
