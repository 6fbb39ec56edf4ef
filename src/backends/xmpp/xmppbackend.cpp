#include "xmppbackend.h"

#include "delayeddelivery.h"
#include "errors.h"
#include "namespaces.h"
#include "xmppdescriptor.h"
#include "xmpproom.h"

#include "core/backendregistry.h"

#include <QDateTime>
#include <QTimer>

namespace Botdeck::Xmpp {

namespace {

const int DefaultPingInterval = 60000;
const qsizetype MaxLiveResources = 10000;

// What an IQ's caller gets when no answer can come: the session is not up,
// it went away, or the server did not answer in time. id is the request's,
// when the reply stands for one.
XmlElement timeoutReply(const QString &id = QString())
{
    XmlElement error(QStringLiteral("iq"), Ns::Client);
    error.setAttribute(QStringLiteral("type"), QStringLiteral("error"));
    if (!id.isEmpty())
        error.setAttribute(QStringLiteral("id"), id);
    error.appendChild(XmlElement(QStringLiteral("error"))
                          .appendChild(XmlElement(QStringLiteral("remote-server-timeout"), Ns::StanzaErrors)));
    return error;
}

// Whether a domain is, by the usual naming, a multi-user chat service: how
// a room is told from a person before the backend has seen it.
bool looksLikeMucService(const QString &domain)
{
    static const QStringList prefixes = {QStringLiteral("conference"), QStringLiteral("muc"), QStringLiteral("chat"),
                                         QStringLiteral("rooms"), QStringLiteral("groupchat")};
    return prefixes.contains(domain.section(QLatin1Char('.'), 0, 0));
}

XmlElement reply(const XmlElement &iq, const QString &type)
{
    XmlElement out(QStringLiteral("iq"), Ns::Client);
    out.setAttribute(QStringLiteral("type"), type);
    out.setAttribute(QStringLiteral("id"), iq.attribute(QStringLiteral("id")));
    if (iq.hasAttribute(QStringLiteral("from")))
        out.setAttribute(QStringLiteral("to"), iq.attribute(QStringLiteral("from")));
    return out;
}

} // namespace

XmppBackend::XmppBackend(QObject *parent)
    : Backend(parent)
    , m_session(new ClientSession(this))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_wantConnected)
            m_session->open(m_config);
    });
    m_pingTimer.setInterval(DefaultPingInterval);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_session->isEstablished())
            return;
        if (m_pingOutstanding) {
            // The last ping never came back: the link is dead even if the
            // socket has not noticed.
            m_session->dropConnection();
            return;
        }
        m_pingOutstanding = true;
        XmlElement ping(QStringLiteral("iq"), Ns::Client);
        ping.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
        ping.setAttribute(QStringLiteral("to"), m_config.jid.domain());
        ping.appendChild(XmlElement(QStringLiteral("ping"), Ns::Ping));
        sendIq(ping, [this](const XmlElement &) { m_pingOutstanding = false; });
    });
    connect(m_session, &ClientSession::phaseChanged, this, &XmppBackend::onPhaseChanged);
    connect(m_session, &ClientSession::established, this, &XmppBackend::onEstablished);
    connect(m_session, &ClientSession::ended, this, &XmppBackend::onEnded);
    connect(m_session, &ClientSession::stanzaReceived, this, &XmppBackend::onStanza);
    connect(m_session, &ClientSession::warningIssued, this, &XmppBackend::reportError);
    connect(m_session, &ClientSession::trafficLogged, this, [this](bool outgoing, const QString &text) {
        logTraffic(outgoing ? Direction::Outgoing : Direction::Incoming, text);
    });
}

XmppBackend::~XmppBackend()
{
    // Deleted while connected (the console closing, the end of main): the
    // goodbye still goes out, or the server keeps a ghost session, and its
    // occupant in every room, until a resumption timeout.
    m_wantConnected = false;
    signOff();
}

BackendDescriptor XmppBackend::descriptor()
{
    return xmppDescriptor();
}

QString XmppBackend::name() const
{
    return QStringLiteral("xmpp");
}

QString XmppBackend::serviceName() const
{
    if (m_config.jid.isNull())
        return QStringLiteral("xmpp");
    return QStringLiteral("%1 (%2)").arg(m_config.jid.domain(), Transport::describe(m_config.transport));
}

void XmppBackend::connectToService(const BackendSettings &settings)
{
    disconnectFromService();
    const Result<SessionConfig> config = configure(settings);
    if (!config) {
        reportError(config.error());
        setState(State::Failed);
        return;
    }
    m_config = config.value();
    m_wantConnected = true;
    m_everEstablished = false;
    m_backoff.reset();
    m_session->forgetResumption();
    setState(State::Connecting);
    m_session->open(m_config);
}

Result<SessionConfig> XmppBackend::configure(const BackendSettings &settings)
{
    using R = Result<SessionConfig>;
    const Result<Jid> jid = Jid::parse(settings.text(QStringLiteral("jid")).trimmed());
    if (!jid)
        return R::failure(tr("Cannot log in: %1").arg(jid.error()));
    if (jid.value().local().isEmpty())
        return R::failure(tr("Cannot log in: the JID %1 has no user name (write user@%1)").arg(jid.value().domain()));
    SessionConfig config;
    config.jid = jid.value().toBare();
    config.resource = settings.text(QStringLiteral("resource"));
    if (!jid.value().resource().isEmpty() && config.resource.isEmpty())
        config.resource = jid.value().resource();
    // Where the password comes from (a file, BOTDECK_PASSWORD, the dialog)
    // is the application's business; here it is either given or missing.
    config.password = settings.text(QStringLiteral("password"));
    if (config.password.isEmpty())
        return R::failure(tr("Cannot log in as %1: no password (give it with --password-file, BOTDECK_PASSWORD "
                             "or the login dialog)")
                              .arg(config.jid.bare()));
    config.allowPlain = settings.flag(QStringLiteral("allow-plain"));
    const bool webSocket = settings.text(QStringLiteral("transport")) == QLatin1String("websocket");
    Transport::Options &t = config.transport;
    t.host = settings.text(QStringLiteral("host")).trimmed();
    if (t.host.isEmpty())
        t.host = config.jid.domain();
    t.peerName = config.jid.domain();
    t.verifyCertificate = settings.flag(QStringLiteral("verify-certificate"), true);
    t.trustedFingerprint = settings.text(QStringLiteral("trusted-fingerprint"));
    if (webSocket) {
        // ws:// carries no TLS of its own; only with allow-plain.
        t.kind = config.allowPlain ? Transport::Kind::WebSocket : Transport::Kind::SecureWebSocket;
        t.webSocketPath = settings.text(QStringLiteral("websocket-path"), QStringLiteral("/xmpp-websocket"));
        t.webSocketProtocols = {QStringLiteral("xmpp")};
        t.webSocketProtocolRequired = true;
    } else {
        t.kind = Transport::Kind::Tcp;
    }
    const int defaultPort = !webSocket ? 5222 : (config.allowPlain ? 5280 : 5281);
    t.port = quint16(settings.integer(QStringLiteral("port"), defaultPort));
    if (t.port == 0)
        t.port = quint16(defaultPort);

    m_nick = settings.text(QStringLiteral("nick")).trimmed();
    if (m_nick.isEmpty())
        m_nick = config.jid.local();
    m_autoJoin.clear();
    const QStringList rooms = settings.text(QStringLiteral("rooms")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &room : rooms) {
        const Result<Jid> roomJid = Jid::parse(room.trimmed());
        if (!roomJid || roomJid.value().local().isEmpty())
            return R::failure(
                tr("Cannot join \"%1\": %2")
                    .arg(room.trimmed(), roomJid ? tr("a room is written room@service") : roomJid.error()));
        m_autoJoin.append(roomJid.value().bare());
    }
    return config;
}

void XmppBackend::disconnectFromService()
{
    m_wantConnected = false;
    m_reconnectTimer.stop();
    m_pingTimer.stop();
    signOff();
    failPendingIqs();
    const QList<Room *> all = rooms();
    for (Room *room : all)
        static_cast<XmppRoom *>(room)->sessionClosed();
    if (state() != State::Failed)
        setState(State::Disconnected);
}

void XmppBackend::signOff()
{
    if (m_session->phase() == ClientSession::Phase::Idle || m_session->isClosing())
        return;
    // RFC 6121 4.5.1: contacts and rooms hear that the bot left from the
    // bot itself, before the stream closes; the quit message goes as the
    // status of that last presence, which they show as the reason.
    if (m_session->isEstablished())
        sendStanza(presenceElement(Presence(botIdentifier(), Presence::Status::Offline, quitMessage())));
    m_session->close();
}

void XmppBackend::dropConnection()
{
    m_session->dropConnection();
}

void XmppBackend::setPingInterval(int milliseconds)
{
    m_pingTimer.setInterval(milliseconds);
}

void XmppBackend::setSelfPingInterval(int milliseconds)
{
    m_selfPingInterval = milliseconds;
}

void XmppBackend::onPhaseChanged(ClientSession::Phase phase)
{
    switch (phase) {
    case ClientSession::Phase::Connecting:
    case ClientSession::Phase::Securing:
        setState(m_everEstablished ? State::Reconnecting : State::Connecting);
        break;
    case ClientSession::Phase::Authenticating:
    case ClientSession::Phase::Binding:
        if (!m_everEstablished)
            setState(State::Authenticating);
        break;
    case ClientSession::Phase::Established:
    case ClientSession::Phase::Idle:
        break;
    }
}

void XmppBackend::onEstablished(bool resumed)
{
    m_backoff.reset();
    m_pingOutstanding = false;
    m_streamResumed = resumed;
    m_pingTimer.start();
    Identifier bot = personFor(m_session->boundJid());
    setBotIdentifier(bot);
    if (!resumed) {
        failPendingIqs();
        sendInitialPresence();
    }
    const bool first = !m_everEstablished;
    m_everEstablished = true;
    // Rooms first: a fresh session has left them all. Connected opens the
    // send queue, and a reply waiting for a room it still took for joined
    // would go to a room the server no longer has us in, and be lost.
    const QList<Room *> all = rooms();
    for (Room *room : all)
        static_cast<XmppRoom *>(room)->sessionEstablished(resumed);
    setState(State::Connected);
    Q_EMIT sessionEstablished(resumed);
    if (first) {
        for (const QString &id : std::as_const(m_autoJoin)) {
            const Result<Room *> joined = joinRoom(id);
            if (!joined)
                reportError(joined.error());
        }
    }
}

void XmppBackend::onEnded(const QString &reason, bool retry)
{
    m_pingTimer.stop();
    if (!m_wantConnected)
        return;
    if (!retry) {
        m_wantConnected = false;
        failPendingIqs();
        reportError(reason);
        const QList<Room *> all = rooms();
        for (Room *room : all)
            static_cast<XmppRoom *>(room)->sessionClosed();
        setState(State::Failed);
        return;
    }
    scheduleReconnect(reason);
}

void XmppBackend::scheduleReconnect(const QString &reason)
{
    const auto delay = m_backoff.next();
    // Short, for the connection's row: whoever shows it names the connection.
    reportError(tr("%1; trying again in %2 s").arg(reason).arg(double(delay.count()) / 1000.0, 0, 'f', 1));
    setState(State::Reconnecting);
    m_reconnectTimer.start(int(delay.count()));
}

void XmppBackend::sendInitialPresence()
{
    sendStanza(presenceElement(m_presence));
}

XmlElement XmppBackend::presenceElement(const Presence &presence) const
{
    XmlElement element(QStringLiteral("presence"), Ns::Client);
    QString show;
    switch (presence.status()) {
    case Presence::Status::Away:
        show = QStringLiteral("away");
        break;
    case Presence::Status::DoNotDisturb:
        show = QStringLiteral("dnd");
        break;
    case Presence::Status::ExtendedAway:
        show = QStringLiteral("xa");
        break;
    case Presence::Status::Offline:
        element.setAttribute(QStringLiteral("type"), QStringLiteral("unavailable"));
        break;
    case Presence::Status::Online:
        break;
    }
    if (!show.isEmpty())
        element.appendChild(XmlElement(QStringLiteral("show")).setText(show));
    if (!presence.message().isEmpty())
        element.appendChild(XmlElement(QStringLiteral("status")).setText(presence.message()));
    return element;
}

void XmppBackend::changeNick(const QString &nick)
{
    // A room nick is a JID resource: checked once here, not in every room.
    const Result<Jid> occupant = Jid::fromParts(QStringLiteral("room"), QStringLiteral("example.org"), nick);
    if (nick.trimmed().isEmpty() || !occupant) {
        reportError(tr("\"%1\" cannot be a room nick: %2").arg(nick, occupant ? tr("it is empty") : occupant.error()));
        return;
    }
    const QList<Room *> all = rooms();
    for (Room *room : all)
        static_cast<XmppRoom *>(room)->changeNick(nick);
}

void XmppBackend::setPresence(const Presence &presence)
{
    m_presence = presence;
    if (!m_session->isEstablished())
        return;
    sendStanza(presenceElement(presence));
    // Rooms only hear presence sent to them (XEP-0045 7.7).
    const QList<Room *> all = rooms();
    for (Room *room : all) {
        auto *xmpp = static_cast<XmppRoom *>(room);
        if (xmpp->isJoined() && presence.status() != Presence::Status::Offline)
            sendStanza(presenceElement(presence).setAttribute(QStringLiteral("to"), xmpp->id() + u'/' + xmpp->nick()));
    }
}

void XmppBackend::sendStanza(const XmlElement &stanza)
{
    if (!m_session->isEstablished()) {
        reportError(tr("Not connected to %1: cannot send").arg(m_config.jid.domain()));
        return;
    }
    m_session->send(stanza);
}

void XmppBackend::sendIq(XmlElement iq, std::function<void(const XmlElement &)> onReply)
{
    const QString id = nextId();
    iq.setAttribute(QStringLiteral("id"), id);
    if (!m_session->isEstablished()) {
        if (onReply)
            QTimer::singleShot(0, this, [onReply] { onReply(timeoutReply()); });
        return;
    }
    if (onReply)
        m_pendingIqs.insert(id, std::move(onReply));
    m_session->send(iq);
    QTimer::singleShot(m_iqTimeout, this, [this, id] {
        const auto handler = m_pendingIqs.take(id);
        if (!handler)
            return;
        handler(timeoutReply(id));
    });
}

void XmppBackend::failPendingIqs()
{
    const auto pending = std::exchange(m_pendingIqs, {});
    const XmlElement error = timeoutReply();
    for (const auto &handler : pending)
        handler(error);
}

void XmppBackend::noteResource(const Jid &jid, bool live)
{
    if (jid.resource().isEmpty())
        return;
    if (!live) {
        m_liveResources.remove(jid.full());
        return;
    }
    // Senders that never say goodbye (scripts) would fill it for ever;
    // forgetting them all costs at most replies to their bare JID.
    if (m_liveResources.size() >= MaxLiveResources)
        m_liveResources.clear();
    m_liveResources.insert(jid.full());
}

QString XmppBackend::addressOf(const Jid &bare, const QString &resource) const
{
    // RFC 6121 5.1: a chat goes on with the resource that spoke, which may
    // be the only one able to receive it (a script that sends no presence,
    // a client with negative priority). Once that resource has gone, the
    // bare JID lets the server pick another. A client that is no resource
    // we heard from (an occupant's nick) is never taken for one.
    const QString full = bare.bare() + QLatin1Char('/') + resource;
    return !resource.isEmpty() && m_liveResources.contains(full) ? full : bare.bare();
}

Jid XmppBackend::boundJid() const
{
    return m_session->boundJid();
}

QString XmppBackend::nextId()
{
    return QStringLiteral("bd%1").arg(++m_serial);
}

QString XmppBackend::roomKey(const QString &id) const
{
    // A room is its bare JID, folded as Jid folds it; text that is no
    // address keys no room the backend made.
    const Result<Jid> jid = Jid::parse(id);
    return jid ? jid.value().bare() : id.toLower();
}

XmppRoom *XmppBackend::xmppRoom(const QString &bareJid) const
{
    return static_cast<XmppRoom *>(room(bareJid));
}

Identifier XmppBackend::personFor(const Jid &jid) const
{
    Identifier person = Identifier::makePerson(jid.bare(), jid.local().isEmpty() ? jid.domain() : jid.local());
    person.setClient(jid.resource());
    person.setAclAttr(jid.bare());
    person.setExtra(Extras::Account, jid.bare());
    return person;
}

Result<Room *> XmppBackend::queryRoom(const QString &id)
{
    using R = Result<Room *>;
    const Result<Jid> jid = Jid::parse(id.trimmed());
    if (!jid)
        return R::failure(tr("Not a room: %1").arg(jid.error()));
    if (jid.value().local().isEmpty() || !jid.value().isBare())
        return R::failure(
            tr("\"%1\" is not a room: a room is written room@service (room@conference.%2)")
                .arg(id.trimmed(), m_config.jid.isNull() ? QStringLiteral("example.org") : m_config.jid.domain()));
    if (Room *known = room(jid.value().bare()))
        return known;
    auto *created = new XmppRoom(jid.value().toBare(), this);
    addRoom(created);
    if (m_session->isEstablished())
        created->refreshExists();
    return static_cast<Room *>(created);
}

void XmppBackend::onStanza(const XmlElement &stanza)
{
    const QString name = stanza.name();
    if (name == QLatin1String("message"))
        handleMessage(stanza);
    else if (name == QLatin1String("presence"))
        handlePresence(stanza);
    else if (name == QLatin1String("iq"))
        handleIq(stanza);
    Q_EMIT stanzaReceived(stanza);
}

void XmppBackend::handleIq(const XmlElement &iq)
{
    const QString type = iq.attribute(QStringLiteral("type"));
    if (type == QLatin1String("result") || type == QLatin1String("error")) {
        const auto handler = m_pendingIqs.take(iq.attribute(QStringLiteral("id")));
        if (handler)
            handler(iq);
        return;
    }
    if (type != QLatin1String("get") && type != QLatin1String("set"))
        return;
    if (type == QLatin1String("get") && iq.hasChild(QStringLiteral("ping"), Ns::Ping)) {
        sendStanza(reply(iq, QStringLiteral("result")));
        return;
    }
    if (type == QLatin1String("get") && iq.hasChild(QStringLiteral("query"), Ns::DiscoInfo)) {
        XmlElement query(QStringLiteral("query"), Ns::DiscoInfo);
        query.appendChild(XmlElement(QStringLiteral("identity"))
                              .setAttribute(QStringLiteral("category"), QStringLiteral("client"))
                              .setAttribute(QStringLiteral("type"), QStringLiteral("bot"))
                              .setAttribute(QStringLiteral("name"), QStringLiteral("Botdeck")));
        for (const QString &feature : {Ns::DiscoInfo, Ns::Ping, Ns::Muc})
            query.appendChild(XmlElement(QStringLiteral("feature")).setAttribute(QStringLiteral("var"), feature));
        sendStanza(reply(iq, QStringLiteral("result")).appendChild(query));
        return;
    }
    // RFC 6120 8.2.3: every get and set gets an answer, even "no".
    XmlElement error(QStringLiteral("error"));
    error.setAttribute(QStringLiteral("type"), QStringLiteral("cancel"));
    error.appendChild(XmlElement(QStringLiteral("service-unavailable"), Ns::StanzaErrors));
    sendStanza(reply(iq, QStringLiteral("error")).appendChild(error));
}

void XmppBackend::handleMessage(const XmlElement &stanza)
{
    const QString from = stanza.attribute(QStringLiteral("from"));
    const Result<Jid> fromJid = Jid::parse(from);
    const QString type = stanza.attribute(QStringLiteral("type"));
    XmppRoom *room = fromJid ? xmppRoom(fromJid.value().bare()) : nullptr;
    if (type == QLatin1String("error")) {
        if (room)
            room->handleError(stanza);
        else
            reportError(tr("A message to %1 failed: %2").arg(from, describeStanzaError(stanza)));
        return;
    }

    QString body = stanza.childText(QStringLiteral("body"));
    Message message;
    message.setId(stanza.attribute(QStringLiteral("id")));
    const XmlElement delay = stanza.firstChild(QStringLiteral("delay"), Ns::Delay);
    if (!delay.isNull()) {
        const QDateTime stamp = QDateTime::fromString(delay.attribute(QStringLiteral("stamp")), Qt::ISODateWithMs);
        DeliveryContext context;
        context.account = m_session->boundJid();
        context.streamResumed = m_streamResumed;
        context.roomHistoryOpen = room && type == QLatin1String("groupchat") && room->isReceivingHistory();
        const Lateness lateness = classifyDelay(stanza, context);
        if (stamp.isValid()) {
            message.setTimestamp(stamp);
            message.setExtra(
                lateness == Lateness::Redelivered ? QStringLiteral("redelivered") : QStringLiteral("delayed"), true);
        }
    }
    if (!stanza.childText(QStringLiteral("thread")).isEmpty())
        message.setThread(stanza.childText(QStringLiteral("thread")));

    const XmlElement mucUser = stanza.firstChild(QStringLiteral("x"), Ns::MucUser);
    const XmlElement invite = mucUser.firstChild(QStringLiteral("invite"));
    const XmlElement directInvite = stanza.firstChild(QStringLiteral("x"), Ns::ConferenceInvite);
    if (!invite.isNull() || !directInvite.isNull()) {
        // A mediated invite comes from the room itself.
        const QString mediatedBy = fromJid ? fromJid.value().bare() : from;
        const QString roomId = invite.isNull() ? directInvite.attribute(QStringLiteral("jid")) : mediatedBy;
        const QString inviter = invite.isNull() ? from : invite.attribute(QStringLiteral("from"));
        const Result<Jid> inviterJid = Jid::parse(inviter);
        if (!inviterJid)
            return;
        message.setTo(botIdentifier());
        const Result<Jid> roomJid = Jid::parse(roomId);
        if (roomJid && inviterJid.value().bare() == roomJid.value().bare()
            && !inviterJid.value().resource().isEmpty()) {
            // An anonymous room names the inviter by their occupant JID.
            message.setFrom(MucPresence::occupant(inviterJid.value().bare(), inviterJid.value().resource()));
        } else {
            message.setFrom(personFor(inviterJid.value()));
        }
        message.setType(Message::Type::Notice);
        message.setBody(tr("%1 invites you to %2").arg(message.from().nick(), roomId));
        message.setExtra(QStringLiteral("invite"), roomId);
        Q_EMIT messageReceived(message);
        return;
    }

    if (room && type == QLatin1String("groupchat")) {
        if (stanza.hasChild(QStringLiteral("subject")) && body.isEmpty()) {
            room->handleSubject(stanza);
            return;
        }
        const QString nick = fromJid.value().resource();
        if (body.isEmpty() || (nick == room->nick() && room->isJoined()))
            return; // a chat state, or our own message reflected by the room
        const XmlElement stanzaId = stanza.firstChild(QStringLiteral("stanza-id"), Ns::StanzaId);
        if (stanzaId.attribute(QStringLiteral("by")) == room->id())
            message.setExtra(QStringLiteral("stanzaId"), stanzaId.attribute(QStringLiteral("id")));
        Identifier sender = room->occupant(nick);
        if (sender.isNull())
            sender = nick.isEmpty() ? room->identifier() : MucPresence::occupant(room->id(), nick);
        message.setFrom(sender);
        message.setTo(room->identifier());
    } else {
        if (body.isEmpty())
            return;
        if (!fromJid)
            return;
        const Jid &jid = fromJid.value();
        if (room && !jid.resource().isEmpty()) {
            // A private message through the room: it stays with the occupant,
            // who may not be reachable any other way.
            Identifier sender = room->occupant(jid.resource());
            if (sender.isNull())
                sender = MucPresence::occupant(room->id(), jid.resource());
            message.setFrom(sender);
        } else {
            message.setFrom(personFor(jid));
            noteResource(jid, true);
        }
        message.setTo(botIdentifier());
        if (type == QLatin1String("headline"))
            message.setType(Message::Type::Notice);
    }
    if (body.startsWith(QLatin1String("/me "))) {
        body = body.mid(4);
        message.setType(Message::Type::Action);
    }
    message.setBody(body);
    Q_EMIT messageReceived(message);
}

void XmppBackend::handlePresence(const XmlElement &stanza)
{
    const Result<Jid> jid = Jid::parse(stanza.attribute(QStringLiteral("from")));
    if (XmppRoom *room = jid ? xmppRoom(jid.value().bare()) : nullptr) {
        room->handlePresence(stanza);
        return;
    }
    const QString type = stanza.attribute(QStringLiteral("type"));
    if (!type.isEmpty() && type != QLatin1String("unavailable"))
        return; // subscriptions and errors are not availability
    if (!jid || jid.value().toBare() == m_config.jid)
        return;
    noteResource(jid.value(), type.isEmpty());
    Presence::Status status = Presence::Status::Online;
    const QString show = stanza.childText(QStringLiteral("show"));
    if (!type.isEmpty())
        status = Presence::Status::Offline;
    else if (show == QLatin1String("away"))
        status = Presence::Status::Away;
    else if (show == QLatin1String("xa"))
        status = Presence::Status::ExtendedAway;
    else if (show == QLatin1String("dnd"))
        status = Presence::Status::DoNotDisturb;
    Q_EMIT presenceChanged(Presence(personFor(jid.value()), status, stanza.childText(QStringLiteral("status"))));
}

void XmppBackend::sendMessage(const Message &message)
{
    const Identifier to = message.to();
    XmlElement stanza(QStringLiteral("message"), Ns::Client);
    Identifier from = botIdentifier();
    if (to.isRoom()) {
        XmppRoom *room = xmppRoom(to.room());
        if (!room || !room->isJoined()) {
            reportError(tr("Cannot send to %1: the bot is not in that room").arg(to.room()));
            return;
        }
        stanza.setAttribute(QStringLiteral("to"), room->id());
        stanza.setAttribute(QStringLiteral("type"), QStringLiteral("groupchat"));
        const Identifier self = room->occupant(room->nick());
        from = self.isNull() ? botIdentifier().inRoom(room->id()) : self;
    } else if (to.isOccupant()) {
        // Privately through the room, to the occupant JID (XEP-0045 7.5).
        stanza.setAttribute(QStringLiteral("to"), to.room() + QLatin1Char('/') + to.nick());
        stanza.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
        stanza.appendChild(XmlElement(QStringLiteral("x"), Ns::MucUser));
    } else if (to.isPerson()) {
        const Result<Jid> jid = Jid::parse(to.person());
        if (!jid) {
            reportError(tr("Cannot send to %1: %2").arg(to.toString(), jid.error()));
            return;
        }
        stanza.setAttribute(QStringLiteral("to"), addressOf(jid.value(), to.client()));
        stanza.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
    } else {
        reportError(tr("Cannot send a message to nobody"));
        return;
    }
    if (!m_session->isEstablished()) {
        reportError(
            tr("Not connected to %1: the message to %2 was not sent").arg(m_config.jid.domain(), to.toString()));
        return;
    }
    const QString id = nextId();
    stanza.setAttribute(QStringLiteral("id"), id);
    const QString body
        = message.type() == Message::Type::Action ? QStringLiteral("/me ") + message.body() : message.body();
    stanza.appendChild(XmlElement(QStringLiteral("body")).setText(body));
    if (!message.thread().isEmpty())
        stanza.appendChild(XmlElement(QStringLiteral("thread")).setText(message.thread()));
    m_session->send(stanza);
    Message sent = message;
    sent.setFrom(from);
    sent.setId(id);
    if (!sent.timestamp().isValid())
        sent.setTimestamp(QDateTime::currentDateTimeUtc());
    Q_EMIT messageSent(sent);
}

Result<Identifier> XmppBackend::buildIdentifier(const QString &text) const
{
    using R = Result<Identifier>;
    const QString hint = tr("write alice@example.org, alice@example.org/phone, room@conference.example.org or "
                            "room@conference.example.org/nick");
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("xmpp:")))
        trimmed = trimmed.mid(5);
    if (trimmed.isEmpty())
        return R::failure(tr("An identifier cannot be empty: %1").arg(hint));
    const Result<Jid> parsed = Jid::parse(trimmed);
    if (!parsed)
        return R::failure(tr("%1 (%2)").arg(parsed.error(), hint));
    const Jid jid = parsed.value();
    if (jid.local().isEmpty())
        return R::failure(tr("%1 is a server, not a person or a room: %2").arg(jid.full(), hint));
    XmppRoom *room = xmppRoom(jid.bare());
    if (room || looksLikeMucService(jid.domain())) {
        if (jid.isBare())
            return Identifier::makeRoom(jid.bare());
        if (room && room->isJoined()) {
            const Identifier occupant = room->occupant(jid.resource());
            if (occupant.isNull())
                return R::failure(tr("Nobody called %1 is in %2").arg(jid.resource(), room->id()));
            return occupant;
        }
        return MucPresence::occupant(jid.bare(), jid.resource());
    }
    return personFor(jid);
}

} // namespace Botdeck::Xmpp
