#pragma once

#include "jid.h"
#include "mucpresence.h"
#include "xmlelement.h"

#include "core/room.h"

#include <QHash>
#include <QTimer>

namespace Botdeck::Xmpp {

class XmppBackend;

// A multi-user chat room (XEP-0045) as the bot sees it. Joining collects
// the occupants the room announces until our own presence (status 110)
// arrives; a room that the join created (201) is unlocked with the default
// configuration (an instant room). A lost membership, noticed by self-ping
// (XEP-0410) or announced by the service (332, 333), is repaired by joining
// again.
class XmppRoom : public Room
{
    Q_OBJECT

public:
    XmppRoom(const Jid &jid, XmppBackend *backend);

    void join(const QString &password = {}) override;
    void leave(const QString &reason = {}) override;
    void create() override;
    void destroy() override;
    void setTopic(const QString &topic) override;
    void invite(const QList<Identifier> &people) override;
    // XEP-0045 admin requests: kick is role none, ban affiliation outcast
    // (by real JID, so only where the room shows it), operator the
    // moderator role, voice the participant role (taking it: visitor).
    Actions supportedActions() const override;
    void kick(const Identifier &occupant, const QString &reason = {}) override;
    void ban(const Identifier &occupant, const QString &reason = {}) override;
    void grant(const Identifier &occupant, Privilege privilege) override;
    void revoke(const Identifier &occupant, Privilege privilege) override;
    // Asks for a new nick in the room (the service answers with status 303);
    // outside the room, the next join uses it.
    void changeNick(const QString &nick);

    Jid jid() const { return m_jid; }
    // Our nick in this room (the one we asked for, or the service gave us).
    QString nick() const { return m_nick; }
    void setNick(const QString &nick) { m_wantedNick = m_nick = nick; }
    bool isJoining() const { return m_joining; }
    // Between our join and the room's subject, when the room replays its
    // history (XEP-0045 7.2.15-16).
    bool isReceivingHistory() const { return m_receivingHistory; }
    bool wantsToBeJoined() const { return m_wanted; }
    // Whether the room reveals real JIDs to us (a non-anonymous room).
    bool revealsRealJids() const { return m_revealsRealJids; }
    // Asks the service whether the room exists (disco#info).
    void refreshExists();

    // The backend hands over what the room sent.
    void handlePresence(const XmlElement &presence);
    void handleSubject(const XmlElement &message);
    void handleError(const XmlElement &stanza);
    void sessionEstablished(bool resumed);
    // The session is over for good (logout, or a failure not worth
    // retrying): out of the room, but still wanted for the next login.
    void sessionClosed();

protected:
    QString nickKey(const QString &nick) const override;

private:
    void sendJoin();
    // Sends a muc#admin item (role or affiliation change) with reason; the
    // service's refusal is reported as "cannot <what>: why".
    void sendAdminItem(XmlElement item, const QString &reason, const QString &what);
    // Sets the role of occupant.
    void setRole(const Identifier &occupant, const QString &role, const QString &reason, const QString &what);
    // Says who kicked or banned who, before the leave it explains.
    void announceRemoval(const MucPresence &presence, const Identifier &who);
    void handleSelfPresence(const MucPresence &presence);
    // Whether a leave of ours belongs to another session than this join
    // (and checks the membership when it cannot tell).
    bool isGhostLeave(const MucPresence &presence);
    void acceptDefaultConfiguration();
    void selfPing();
    void lostMembership(const QString &reason);
    QString occupantJid(const QString &nick) const;

    XmppBackend *m_backend;
    Jid m_jid;
    QString m_nick;
    QString m_wantedNick;
    QString m_password;
    bool m_wanted = false;
    bool m_joining = false;
    bool m_receivingHistory = false;
    bool m_leaving = false;
    bool m_createRequested = false;
    bool m_awaitingUnlock = false; // created (201), waiting for the configuration to be accepted
    bool m_revealsRealJids = false;
    bool m_everJoined = false;
    int m_conflicts = 0;
    QHash<QString, Identifier> m_pending; // occupants announced before our own presence
    QTimer m_selfPingTimer;
};

} // namespace Botdeck::Xmpp
