#include "xmpproom.h"

#include "errors.h"
#include "namespaces.h"
#include "xmppbackend.h"

#include "core/roomupdater.h"
#include "core/sendqueue.h"

#include <QPointer>

namespace Botdeck::Xmpp {

namespace {

// History asked for on the first join; a rejoin asks for none, so a bot
// does not answer old commands again after every reconnect.
const int FirstJoinHistory = 10;
const int MaxNickConflicts = 3;

XmlElement stanza(const QString &name, const QString &to, const QString &type = {})
{
    XmlElement element(name, Ns::Client);
    element.setAttribute(QStringLiteral("to"), to);
    if (!type.isEmpty())
        element.setAttribute(QStringLiteral("type"), type);
    return element;
}

} // namespace

XmppRoom::XmppRoom(const Jid &jid, XmppBackend *backend)
    : Room(jid.bare(), backend)
    , m_backend(backend)
    , m_jid(jid)
    , m_nick(backend->defaultNick())
    , m_wantedNick(m_nick)
{
    m_selfPingTimer.setInterval(backend->selfPingInterval());
    connect(&m_selfPingTimer, &QTimer::timeout, this, &XmppRoom::selfPing);
}

void XmppRoom::join(const QString &password)
{
    m_password = password;
    m_wanted = true;
    if (isJoined() || m_joining || !m_backend->isConnected())
        return; // joined once the session is up
    m_nick = m_wantedNick;
    m_conflicts = 0;
    sendJoin();
}

void XmppRoom::sendJoin()
{
    m_joining = true;
    m_receivingHistory = true;
    m_pending.clear();
    XmlElement x(QStringLiteral("x"), Ns::Muc);
    x.appendChild(
        XmlElement(QStringLiteral("history"))
            .setAttribute(QStringLiteral("maxstanzas"), QString::number(m_everJoined ? 0 : FirstJoinHistory)));
    if (!m_password.isEmpty())
        x.appendChild(XmlElement(QStringLiteral("password")).setText(m_password));
    m_backend->sendStanza(stanza(QStringLiteral("presence"), occupantJid(m_nick)).appendChild(x));
}

void XmppRoom::leave(const QString &reason)
{
    m_wanted = false;
    m_createRequested = false;
    if (!isJoined() && !m_joining)
        return;
    m_leaving = true;
    XmlElement presence = stanza(QStringLiteral("presence"), occupantJid(m_nick), QStringLiteral("unavailable"));
    if (!reason.isEmpty())
        presence.appendChild(XmlElement(QStringLiteral("status")).setText(reason));
    m_backend->sendStanza(presence);
}

void XmppRoom::create()
{
    if (isJoined()) {
        reportError(tr("cannot create the room: it exists and the bot is in it"));
        return;
    }
    m_createRequested = true;
    join(m_password);
}

void XmppRoom::destroy()
{
    XmlElement query(QStringLiteral("query"), Ns::MucOwner);
    query.appendChild(XmlElement(QStringLiteral("destroy")));
    const QPointer<XmppRoom> self = this;
    m_backend->sendIq(stanza(QStringLiteral("iq"), id(), QStringLiteral("set")).appendChild(query),
                      [self](const XmlElement &reply) {
                          if (!self)
                              return;
                          if (reply.attribute(QStringLiteral("type")) != QLatin1String("result")) {
                              self->reportError(tr("cannot destroy the room: %1").arg(describeStanzaError(reply)));
                              return;
                          }
                          self->m_wanted = false;
                          self->m_joining = false;
                          self->m_selfPingTimer.stop();
                          self->updater().applyJoined(false);
                          self->updater().applyExists(false);
                      });
}

void XmppRoom::setTopic(const QString &topic)
{
    if (!isJoined()) {
        reportError(tr("cannot set the topic: the bot is not in the room"));
        return;
    }
    m_backend->sendStanza(stanza(QStringLiteral("message"), id(), QStringLiteral("groupchat"))
                              .appendChild(XmlElement(QStringLiteral("subject")).setText(topic)));
}

void XmppRoom::invite(const QList<Identifier> &people)
{
    for (const Identifier &person : people) {
        if (person.isRoom() || person.isNull()) {
            reportError(tr("cannot invite %1: not a person").arg(person.toString()));
            continue;
        }
        if (person.isOccupant() && !person.canContactPrivately()) {
            reportError(tr("cannot invite %1: their room hides their address").arg(person.toString()));
            continue;
        }
        const Result<Jid> jid = Jid::parse(person.person());
        if (!jid) {
            reportError(tr("cannot invite %1: %2").arg(person.toString(), jid.error()));
            continue;
        }
        // A mediated invitation (XEP-0045 7.8.2): the room passes it on, and
        // adds the password for members-only rooms.
        XmlElement x(QStringLiteral("x"), Ns::MucUser);
        x.appendChild(XmlElement(QStringLiteral("invite")).setAttribute(QStringLiteral("to"), jid.value().bare()));
        m_backend->sendStanza(stanza(QStringLiteral("message"), id()).appendChild(x));
    }
}

Room::Actions XmppRoom::supportedActions() const
{
    return Action::Kick | Action::Ban | Action::GrantOperator | Action::GrantVoice;
}

void XmppRoom::kick(const Identifier &occupant, const QString &reason)
{
    setRole(occupant, QStringLiteral("none"), reason, tr("kick %1").arg(occupant.nick()));
}

void XmppRoom::ban(const Identifier &occupant, const QString &reason)
{
    // Affiliations belong to real addresses; an anonymous room's occupant
    // has none that the bot knows.
    if (!occupant.canContactPrivately()) {
        reportError(tr("cannot ban %1: the room hides their address").arg(occupant.nick()));
        return;
    }
    const Result<Jid> jid = Jid::parse(occupant.person());
    if (!jid) {
        reportError(tr("cannot ban %1: %2").arg(occupant.nick(), jid.error()));
        return;
    }
    sendAdminItem(XmlElement(QStringLiteral("item"))
                      .setAttribute(QStringLiteral("affiliation"), QStringLiteral("outcast"))
                      .setAttribute(QStringLiteral("jid"), jid.value().bare()),
                  reason, tr("ban %1").arg(occupant.nick()));
}

void XmppRoom::grant(const Identifier &occupant, Privilege privilege)
{
    if (privilege == Privilege::Operator)
        setRole(occupant, QStringLiteral("moderator"), {}, tr("make %1 a moderator").arg(occupant.nick()));
    else
        setRole(occupant, QStringLiteral("participant"), {}, tr("give %1 voice").arg(occupant.nick()));
}

void XmppRoom::revoke(const Identifier &occupant, Privilege privilege)
{
    if (privilege == Privilege::Operator)
        setRole(occupant, QStringLiteral("participant"), {}, tr("take moderator from %1").arg(occupant.nick()));
    else
        setRole(occupant, QStringLiteral("visitor"), {}, tr("take voice from %1").arg(occupant.nick()));
}

void XmppRoom::setRole(const Identifier &occupant, const QString &role, const QString &reason, const QString &what)
{
    sendAdminItem(XmlElement(QStringLiteral("item"))
                      .setAttribute(QStringLiteral("nick"), occupant.nick())
                      .setAttribute(QStringLiteral("role"), role),
                  reason, what);
}

void XmppRoom::sendAdminItem(XmlElement item, const QString &reason, const QString &what)
{
    if (!isJoined()) {
        reportError(tr("cannot %1: the bot is not in the room").arg(what));
        return;
    }
    if (!reason.isEmpty())
        item.appendChild(XmlElement(QStringLiteral("reason")).setText(reason));
    XmlElement query(QStringLiteral("query"), Ns::MucAdmin);
    query.appendChild(item);
    const QPointer<XmppRoom> self = this;
    // Success shows as the occupant's new presence; only a refusal needs words.
    m_backend->sendIq(stanza(QStringLiteral("iq"), id(), QStringLiteral("set")).appendChild(query),
                      [self, what](const XmlElement &reply) {
                          if (self && reply.attribute(QStringLiteral("type")) != QLatin1String("result"))
                              self->reportError(tr("cannot %1: %2").arg(what, describeStanzaError(reply)));
                      });
}

void XmppRoom::changeNick(const QString &nick)
{
    m_wantedNick = nick;
    if (!isJoined() || !m_backend->isConnected())
        return;
    m_backend->sendStanza(stanza(QStringLiteral("presence"), occupantJid(nick)));
}

void XmppRoom::refreshExists()
{
    const QPointer<XmppRoom> self = this;
    m_backend->sendIq(stanza(QStringLiteral("iq"), id(), QStringLiteral("get"))
                          .appendChild(XmlElement(QStringLiteral("query"), Ns::DiscoInfo)),
                      [self](const XmlElement &reply) {
                          if (!self)
                              return;
                          if (reply.attribute(QStringLiteral("type")) == QLatin1String("result")) {
                              const XmlElement identity
                                  = reply.firstChild(QStringLiteral("query")).firstChild(QStringLiteral("identity"));
                              if (!identity.attribute(QStringLiteral("name")).isEmpty())
                                  self->updater().applyName(identity.attribute(QStringLiteral("name")));
                              self->updater().applyExists(true);
                          } else if (stanzaErrorCondition(reply) == QLatin1String("item-not-found")) {
                              self->updater().applyExists(false);
                          }
                      });
}

void XmppRoom::handlePresence(const XmlElement &presence)
{
    const MucPresence p = MucPresence::parse(presence);
    if (p.error) {
        handleError(presence);
        return;
    }
    // From the bare room JID: the room's own presence (ejabberd announces
    // its entity capabilities so), not anyone in it.
    if (p.nick.isEmpty())
        return;
    if (p.isSelf() || (p.nick == m_nick && !p.nick.isEmpty())) {
        handleSelfPresence(p);
        return;
    }
    if (m_joining) {
        if (p.available)
            m_pending.insert(p.nick, p.toIdentifier());
        else
            m_pending.remove(p.nick);
        return;
    }
    if (!isJoined())
        return;
    if (p.available) {
        updater().applyOccupantJoined(p.toIdentifier());
    } else if (p.hasCode(303) && !p.newNick.isEmpty()) {
        MucPresence renamed = p;
        renamed.nick = p.newNick;
        renamed.available = true;
        updater().applyOccupantChanged(p.nick, renamed.toIdentifier());
    } else {
        announceRemoval(p, occupant(p.nick));
        updater().applyOccupantLeft(p.nick, p.leaveReason());
    }
}

void XmppRoom::announceRemoval(const MucPresence &p, const Identifier &who)
{
    // XEP-0045: 307 kicked, 301 banned; the actor is a nick in the room.
    if (who.isNull() || !(p.hasCode(307) || p.hasCode(301)))
        return;
    Identifier by;
    if (!p.actor.isEmpty()) {
        by = occupant(p.actor);
        if (by.isNull()) // a moderator who is not in the room
            by = MucPresence::occupant(id(), p.actor);
    }
    updater().announceKick(who, by, p.reason);
}

void XmppRoom::handleSelfPresence(const MucPresence &p)
{
    if (p.available) {
        if (m_joining || p.hasCode(210))
            m_nick = p.nick;
        if (!m_joining) {
            if (isJoined())
                updater().applyOccupantJoined(p.toIdentifier());
            return;
        }
        m_joining = false;
        m_leaving = false;
        m_everJoined = true;
        m_conflicts = 0;
        m_revealsRealJids = !p.realJid.isEmpty() || p.hasCode(100);
        QList<Identifier> everyone = m_pending.values();
        everyone.append(p.toIdentifier());
        m_pending.clear();
        updater().applyOccupants(everyone);
        m_selfPingTimer.setInterval(m_backend->selfPingInterval());
        m_selfPingTimer.start();
        m_createRequested = false;
        if (p.hasCode(201)) {
            updater().announceCreated();
            // A new room stays locked to everyone else until it is
            // configured: it counts as joined (and existing) once unlocked.
            acceptDefaultConfiguration();
            return;
        }
        updater().applyJoined(true);
        return;
    }
    if (p.hasCode(303) && !p.newNick.isEmpty()) {
        const QString before = m_nick;
        m_nick = m_wantedNick = p.newNick;
        MucPresence renamed = p;
        renamed.nick = p.newNick;
        renamed.available = true;
        updater().applyOccupantChanged(before, renamed.toIdentifier());
        return;
    }
    if (!m_leaving && !p.destroyed && isGhostLeave(p))
        return;
    // We are out of the room.
    announceRemoval(p, occupant(m_nick));
    m_awaitingUnlock = false;
    const bool asked = m_leaving;
    m_leaving = false;
    m_joining = false;
    m_selfPingTimer.stop();
    updater().applyJoined(false);
    if (p.destroyed) {
        m_wanted = false;
        updater().applyExists(false);
        if (!asked)
            reportError(p.leaveReason());
        return;
    }
    if (asked)
        return;
    if (p.hasCode(332) || p.hasCode(333)) {
        // The service restarts or lost us: come back as soon as it lets us.
        reportError(tr("%1; joining again").arg(p.leaveReason()));
        QTimer::singleShot(p.hasCode(332) ? 5000 : 0, this, [this] {
            if (m_wanted && !isJoined() && !m_joining && m_backend->isConnected())
                sendJoin();
        });
        return;
    }
    m_wanted = false;
    const QString reason = p.leaveReason();
    reportError(reason.isEmpty() ? tr("the bot is no longer in the room") : tr("the bot was %1").arg(reason));
}

bool XmppRoom::isGhostLeave(const MucPresence &p)
{
    // A join is answered by our own available presence or by an error,
    // never by a leave: a leave before the answer is the exit of an older
    // session with the same address (a bot restarted before the server let
    // the last one go), and says nothing about this join.
    if (m_joining)
        return true;
    // The room removes us on its own only for a reason it names (kick, ban,
    // affiliation, members-only, shutdown, error). A bare leave nobody asked
    // for may be that old session's too, arriving after our join was
    // confirmed; the occupant-id cannot tell, being the same for every
    // session of one account. Ask the room (XEP-0410): if we are out after
    // all, the self-ping's error rejoins.
    static const QList<int> removals = {301, 307, 321, 322, 332, 333};
    for (int code : removals) {
        if (p.hasCode(code))
            return false;
    }
    if (!isJoined())
        return false;
    selfPing();
    return true;
}

void XmppRoom::handleSubject(const XmlElement &message)
{
    m_receivingHistory = false;
    const QString from = message.attribute(QStringLiteral("from"));
    const qsizetype slash = from.indexOf(QLatin1Char('/'));
    const QString nick = slash < 0 ? QString() : from.mid(slash + 1);
    Identifier setBy;
    if (!nick.isEmpty()) {
        setBy = occupant(nick);
        if (setBy.isNull()) {
            setBy = Identifier::makeOccupant(id(), occupantJid(nick), nick);
            setBy.setCanContactPrivately(false);
        }
    }
    updater().applyTopic(message.childText(QStringLiteral("subject")), setBy);
}

void XmppRoom::handleError(const XmlElement &stanza)
{
    const QString condition = stanzaErrorCondition(stanza);
    if (m_joining && stanza.name() == QLatin1String("presence")) {
        if (condition == QLatin1String("conflict") && m_conflicts < MaxNickConflicts) {
            ++m_conflicts;
            const QString taken = m_nick;
            m_nick = m_wantedNick + QString(m_conflicts, QLatin1Char('_'));
            reportError(tr("the nick %1 is in use; joining as %2").arg(taken, m_nick));
            sendJoin();
            return;
        }
        m_joining = false;
        m_wanted = false;
        m_createRequested = false;
        if (condition == QLatin1String("item-not-found"))
            updater().applyExists(false);
        reportError(tr("cannot join: %1").arg(describeStanzaError(stanza)));
        return;
    }
    reportError(describeStanzaError(stanza));
}

void XmppRoom::acceptDefaultConfiguration()
{
    // An instant room (XEP-0045 10.1.2): the default configuration, as is.
    m_awaitingUnlock = true;
    XmlElement query(QStringLiteral("query"), Ns::MucOwner);
    query.appendChild(
        XmlElement(QStringLiteral("x"), Ns::DataForms).setAttribute(QStringLiteral("type"), QStringLiteral("submit")));
    const QPointer<XmppRoom> self = this;
    m_backend->sendIq(stanza(QStringLiteral("iq"), id(), QStringLiteral("set")).appendChild(query),
                      [self](const XmlElement &reply) {
                          if (!self)
                              return;
                          if (reply.attribute(QStringLiteral("type")) != QLatin1String("result"))
                              self->reportError(tr("cannot unlock the new room: %1").arg(describeStanzaError(reply)));
                          // In it either way; locked, nobody else can come.
                          if (self->m_awaitingUnlock) {
                              self->m_awaitingUnlock = false;
                              self->updater().applyJoined(true);
                          }
                      });
}

void XmppRoom::selfPing()
{
    if (!isJoined() || !m_backend->isConnected())
        return;
    const QPointer<XmppRoom> self = this;
    // An automatic query: it waits behind everything people asked for.
    m_backend->sendQueue()->enqueue(
        SendQueue::Priority::Background,
        [self] {
            if (!self || !self->isJoined())
                return;
            self->m_backend->sendIq(
                stanza(QStringLiteral("iq"), self->occupantJid(self->m_nick), QStringLiteral("get"))
                    .appendChild(XmlElement(QStringLiteral("ping"), Ns::Ping)),
                [self](const XmlElement &reply) {
                    if (!self || reply.attribute(QStringLiteral("type")) == QLatin1String("result"))
                        return;
                    const QString condition = stanzaErrorCondition(reply);
                    // XEP-0410 4: these mean we are still in the room, or
                    // that nobody can tell right now.
                    static const QStringList stillJoined
                        = {QStringLiteral("service-unavailable"), QStringLiteral("feature-not-implemented"),
                           QStringLiteral("item-not-found"), QStringLiteral("remote-server-not-found"),
                           QStringLiteral("remote-server-timeout")};
                    if (!stillJoined.contains(condition))
                        self->lostMembership(describeStanzaError(reply));
                });
        },
        tr("self-ping of %1").arg(id()));
}

void XmppRoom::lostMembership(const QString &reason)
{
    if (!isJoined())
        return;
    m_selfPingTimer.stop();
    updater().applyJoined(false);
    reportError(tr("the bot dropped out of the room (%1); joining again").arg(reason));
    if (m_wanted && m_backend->isConnected())
        sendJoin();
}

void XmppRoom::sessionEstablished(bool resumed)
{
    if (resumed && (isJoined() || m_joining || m_awaitingUnlock))
        return;
    m_awaitingUnlock = false;
    m_joining = false;
    m_selfPingTimer.stop();
    if (isJoined())
        updater().applyJoined(false);
    if (m_wanted)
        sendJoin();
}

void XmppRoom::sessionClosed()
{
    m_awaitingUnlock = false;
    m_joining = false;
    m_leaving = false;
    m_selfPingTimer.stop();
    updater().applyJoined(false);
}

QString XmppRoom::nickKey(const QString &nick) const
{
    return nick;
}

QString XmppRoom::occupantJid(const QString &nick) const
{
    return id() + QLatin1Char('/') + nick;
}

} // namespace Botdeck::Xmpp
