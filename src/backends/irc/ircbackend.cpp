#include "ircbackend.h"

#include "ircctcp.h"
#include "ircoperatorcommands.h"
#include "ircredaction.h"
#include "ircroom.h"
#include "irctextsplitter.h"

#include "core/backendregistry.h"
#include "core/roomupdater.h"
#include "core/textsplitter.h"

namespace Botdeck::Irc {

namespace {

const QString Key_Host = QStringLiteral("host");
const QString Key_Port = QStringLiteral("port");
const QString Key_Transport = QStringLiteral("transport");
const QString Key_Tls = QStringLiteral("tls");
const QString Key_WebSocketPath = QStringLiteral("websocket-path");
const QString Key_Verify = QStringLiteral("verify-certificate");
const QString Key_Fingerprint = QStringLiteral("trusted-fingerprint");
const QString Key_Nick = QStringLiteral("nick");
const QString Key_Username = QStringLiteral("username");
const QString Key_Realname = QStringLiteral("realname");
const QString Key_Password = QStringLiteral("password");
const QString Key_Sasl = QStringLiteral("sasl");
const QString Key_SaslUser = QStringLiteral("sasl-user");
const QString Key_SaslPassword = QStringLiteral("sasl-password");
const QString Key_Rooms = QStringLiteral("rooms");
const QString Key_PingInterval = QStringLiteral("ping-interval");
const QString Key_RejoinAfterKick = QStringLiteral("rejoin-after-kick");
const QString Key_ConnectTimeout = QStringLiteral("connect-timeout");

} // namespace

IrcBackend::IrcBackend(QObject *parent)
    : Backend(parent)
    , m_users(m_session.isupport())
{
    connect(&m_session, &IrcSession::stateChanged, this, &IrcBackend::setState);
    connect(&m_session, &IrcSession::registered, this, &IrcBackend::onRegistered);
    connect(&m_session, &IrcSession::lineReceived, this, &IrcBackend::onLineReceived);
    connect(&m_session, &IrcSession::linkLost, this, &IrcBackend::onLinkLost);
    connect(&m_session, &IrcSession::signedOff, this, &IrcBackend::markAllLeft);
    connect(&m_session, &IrcSession::latencyMeasured, this, &IrcBackend::setLatencyMs);
    connect(&m_session, &IrcSession::trafficLogged, this, &IrcBackend::logTraffic);
    connect(&m_session, &IrcSession::warningIssued, this, &IrcBackend::reportError);
    qRegisterMetaType<IrcMessage>();
    m_awayPoll.setInterval(90000);
    connect(&m_awayPoll, &QTimer::timeout, this, &IrcBackend::pollAway);
}

IrcBackend::~IrcBackend()
{
    // Rooms are gone before the session: nothing it says now concerns them.
    m_session.disconnect(this);
}

BackendDescriptor IrcBackend::descriptor()
{
    using K = LoginField::Kind;
    BackendDescriptor d;
    d.name = QStringLiteral("irc");
    d.displayName = tr("IRC");
    d.description = tr("Internet Relay Chat, with IRCv3 capabilities and SASL, over TCP, TLS or WebSocket");
    LoginField host = LoginField::make(Key_Host, tr("Server"), K::Text, QStringLiteral("localhost"),
                                       tr("The IRC server's host name"));
    host.required = true;
    LoginField port = LoginField::make(Key_Port, tr("Port"), K::Port, {},
                                       tr("Empty: 6667, or 6697 with TLS, or 80/443 for WebSocket"));
    LoginField transport
        = LoginField::make(Key_Transport, tr("Transport"), K::Choice, QStringLiteral("tcp"),
                           tr("tcp: the classic IRC connection; websocket: IRC over WebSocket (text.ircv3.net)"));
    transport.choices = {QStringLiteral("tcp"), QStringLiteral("websocket")};
    LoginField tls = LoginField::make(Key_Tls, tr("Use TLS"), K::Bool, false,
                                      tr("Encrypt the connection (TLS, or wss:// for WebSocket)"));
    LoginField path = LoginField::make(Key_WebSocketPath, tr("WebSocket path"), K::Text, QStringLiteral("/"),
                                       tr("The path of the WebSocket endpoint on the server"));
    LoginField verify
        = LoginField::make(Key_Verify, tr("Verify certificate"), K::Bool, true,
                           tr("Check the server's TLS certificate; turning this off lets anyone on the network "
                              "path read and change the connection"));
    LoginField fingerprint
        = LoginField::make(Key_Fingerprint, tr("Trusted fingerprint"), K::Text, {},
                           tr("SHA-256 fingerprint of a certificate to trust even if it is self-signed"));
    LoginField nick = LoginField::make(Key_Nick, tr("Nick"), K::Text, QStringLiteral("botdeck"), tr("The bot's nick"));
    nick.required = true;
    LoginField username = LoginField::make(Key_Username, tr("User name"), K::Text, {},
                                           tr("The user part of the bot's hostmask; empty: the nick"));
    LoginField realname = LoginField::make(Key_Realname, tr("Real name"), K::Text, QStringLiteral("Botdeck"),
                                           tr("Shown in WHO and WHOIS"));
    LoginField password = LoginField::make(Key_Password, tr("Server password"), K::Password, {},
                                           tr("The server password (PASS), if the server needs one"));
    LoginField sasl = LoginField::make(Key_Sasl, tr("SASL"), K::Choice, QStringLiteral("none"),
                                       tr("Log in to a services account: plain (account and password) or external (TLS "
                                          "client certificate)"));
    sasl.choices = {QStringLiteral("none"), QStringLiteral("plain"), QStringLiteral("external")};
    LoginField saslUser
        = LoginField::make(Key_SaslUser, tr("SASL account"), K::Text, {}, tr("The services account name"));
    LoginField saslPassword
        = LoginField::make(Key_SaslPassword, tr("SASL password"), K::Password, {}, tr("The services account password"));
    LoginField rooms
        = LoginField::make(Key_Rooms, tr("Channels"), K::Text, {},
                           tr("Channels to join after logging in, separated by commas; a key after a space "
                              "(\"#a, #secret key\")"));
    LoginField ping
        = LoginField::make(Key_PingInterval, tr("Ping interval"), K::Number, 60,
                           tr("Seconds of silence before the bot pings the server; no answer within as many "
                              "seconds again means the link is dead"));
    ping.minimum = 1;
    ping.maximum = 3600;
    LoginField rejoin
        = LoginField::make(Key_RejoinAfterKick, tr("Rejoin after kick"), K::Number, 0,
                           tr("Seconds to wait before rejoining a channel the bot was kicked from; 0: never"));
    rejoin.maximum = 3600;
    LoginField timeout = LoginField::make(Key_ConnectTimeout, tr("Connect timeout"), K::Number, 20,
                                          tr("Seconds to wait for the server to accept the connection"));
    timeout.minimum = 1;
    timeout.maximum = 600;
    // What most logins need first; how to reach and keep the link after.
    d.fields = {host,
                port,
                tls,
                nick,
                password,
                sasl,
                saslUser,
                saslPassword,
                rooms,
                transport.asAdvanced(),
                path.asAdvanced(),
                verify.asAdvanced(),
                fingerprint.asAdvanced(),
                username.asAdvanced(),
                realname.asAdvanced(),
                ping.asAdvanced(),
                rejoin.asAdvanced(),
                timeout.asAdvanced()};
    d.create = [](QObject *parent) -> Backend * { return new IrcBackend(parent); };
    return d;
}

QString IrcBackend::name() const
{
    return QStringLiteral("irc");
}

QString IrcBackend::serviceName() const
{
    const QString where = Transport::describe(m_session.transportOptions());
    if (!isupport().network().isEmpty())
        return QStringLiteral("%1 (%2)").arg(isupport().network(), where);
    return where;
}

void IrcBackend::connectToService(const BackendSettings &settings)
{
    disconnectFromService();
    const bool tls = settings.flag(Key_Tls);
    const bool webSocket = settings.text(Key_Transport) == QLatin1String("websocket");
    Transport::Options options;
    options.kind = webSocket ? (tls ? Transport::Kind::SecureWebSocket : Transport::Kind::WebSocket)
                             : (tls ? Transport::Kind::Tls : Transport::Kind::Tcp);
    options.host = settings.text(Key_Host, QStringLiteral("localhost"));
    int port = settings.integer(Key_Port);
    if (port <= 0)
        port = webSocket ? (tls ? 443 : 80) : (tls ? 6697 : 6667);
    options.port = quint16(port);
    options.verifyCertificate = settings.flag(Key_Verify, true);
    options.trustedFingerprint = settings.text(Key_Fingerprint);
    options.webSocketPath = settings.text(Key_WebSocketPath, QStringLiteral("/"));
    options.webSocketProtocols = {QStringLiteral("text.ircv3.net")};
    // IRC servers check the Origin a browser would send; send the one a web
    // client served from the IRC server itself would have.
    options.webSocketOrigin
        = QStringLiteral("%1://%2").arg(tls ? QStringLiteral("https") : QStringLiteral("http"), options.host);
    options.connectTimeoutMs = int(settings.number(Key_ConnectTimeout, 20) * 1000);
    IrcSessionConfig config;
    config.transport = options;
    config.pingIntervalMs = int(settings.number(Key_PingInterval, 60) * 1000);
    IrcRegistration::Config &login = config.registration;
    login.nick = settings.text(Key_Nick, QStringLiteral("botdeck"));
    login.username = settings.text(Key_Username);
    login.realname = settings.text(Key_Realname, QStringLiteral("Botdeck"));
    login.password = settings.text(Key_Password);
    const QString sasl = settings.text(Key_Sasl, QStringLiteral("none"));
    login.sasl = sasl == QLatin1String("plain") ? IrcRegistration::Sasl::Plain
        : sasl == QLatin1String("external")     ? IrcRegistration::Sasl::External
                                                : IrcRegistration::Sasl::None;
    login.saslUser = settings.text(Key_SaslUser, login.nick);
    login.saslPassword = settings.text(Key_SaslPassword);
    m_rejoinAfterKickMs = int(settings.number(Key_RejoinAfterKick, 0) * 1000);

    // Channels from the login fields: wanted from now on, joined once
    // registered (and again after every reconnect).
    const QStringList entries = settings.text(Key_Rooms).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QStringList parts = entry.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.isEmpty())
            continue;
        const Result<Room *> room = queryRoom(parts.first());
        if (!room) {
            reportError(room.error());
            continue;
        }
        room.value()->join(parts.value(1));
    }
    m_session.open(config);
}

void IrcBackend::disconnectFromService()
{
    m_session.close(quitMessage().isEmpty() ? tr("Botdeck signing off") : quitMessage());
    m_awayPoll.stop();
    m_users.clear();
    setState(State::Disconnected);
}

void IrcBackend::onRegistered(const IrcMessage &welcome)
{
    dispatch(welcome);
    updateBotIdentifier();
    setState(State::Connected);
    if (!enabledCapabilities().contains(QStringLiteral("away-notify")))
        m_awayPoll.start();
    // A first lag measurement at once; then every half minute, or whenever the link goes quiet.
    m_session.measureLag();
    QList<std::pair<QString, QString>> wanted;
    const QList<Room *> all = rooms();
    for (Room *room : all) {
        const auto *irc = static_cast<IrcRoom *>(room);
        if (irc->wantsJoined())
            wanted.append({irc->id(), irc->key()});
    }
    const QList<IrcMessage> joins = IrcOperatorCommands::joins(wanted);
    for (const IrcMessage &join : joins)
        enqueueLine(SendQueue::Priority::Normal, join);
    Q_EMIT lineReceived(welcome);
}

void IrcBackend::onLineReceived(const IrcMessage &message)
{
    dispatch(message);
    reportServiceText(message);
    Q_EMIT lineReceived(message);
}

void IrcBackend::reportServiceText(const IrcMessage &message)
{
    const QString command = message.command.toUpper();
    if (command == QLatin1String("005")) {
        Q_EMIT serviceNameChanged(); // NETWORK= may have come
        return;
    }
    // The message of the day and notices from the server itself concern
    // no room or person: the console shows them in the connection's view.
    static const QStringList motd
        = {QStringLiteral("375"), QStringLiteral("372"), QStringLiteral("376"), QStringLiteral("422")};
    const bool serverNotice = command == QLatin1String("NOTICE") && message.params.size() >= 2
        && (message.sourceParts().isEmpty() || message.sourceParts().isServer());
    if (serverNotice || motd.contains(command))
        Q_EMIT serviceNotice(message.params.value(message.params.size() - 1));
}

void IrcBackend::dispatch(const IrcMessage &message)
{
    if (!m_events.handle(message) && message.isNumeric())
        m_numerics.handle(message);
}

void IrcBackend::onLinkLost()
{
    m_awayPoll.stop();
    markAllLeft();
    m_users.clear();
    m_numerics.forgetQuestions();
    setLatencyMs(-1);
}

void IrcBackend::markAllLeft()
{
    const QList<Room *> all = rooms();
    for (Room *room : all)
        updater(room).applyJoined(false);
}

void IrcBackend::enqueueLine(SendQueue::Priority priority, const IrcMessage &message)
{
    QPointer<IrcBackend> self(this);
    sendQueue()->enqueue(
        priority,
        [self, message] {
            if (self)
                self->sendLine(message);
        },
        redactedOutgoing(message, message.command + QLatin1Char(' ') + message.param(0)));
}

Result<Identifier> IrcBackend::buildIdentifier(const QString &text) const
{
    return IrcIdentifiers::parse(text, m_session.isupport());
}

QList<Message> IrcBackend::splitMessage(const Message &message) const
{
    const Identifier to = message.to();
    const QString target = to.isRoom() ? to.room() : to.nick();
    const bool action = message.type() == Message::Type::Action;
    const IrcUser me = m_users.user(currentNick());
    // What the server puts in front when it relays the line counts too.
    const int budget
        = IrcTextSplitter::textBudget(commandFor(message), target, currentNick(), me.user, me.host, action ? 9 : 0);
    return withBodies(message, splitLines(message.body(), budget));
}

QString IrcBackend::commandFor(const Message &message)
{
    return message.type() == Message::Type::Notice ? QStringLiteral("NOTICE") : QStringLiteral("PRIVMSG");
}

void IrcBackend::sendMessage(const Message &message)
{
    if (!isConnected()) {
        reportError(tr("Not sent to %1: not connected").arg(message.to().toString()));
        return;
    }
    const Identifier to = message.to();
    const QString target = to.isRoom() ? to.room() : to.nick();
    if (target.isEmpty()) {
        reportError(tr("Not sent: the message has no recipient"));
        return;
    }
    const bool action = message.type() == Message::Type::Action;
    const QString command = commandFor(message);
    const QList<Message> pieces = splitMessage(message);
    for (const Message &piece : pieces) {
        if (!sendLine(IrcMessage(command, {target, action ? IrcCtcp::action(piece.body()) : piece.body()})))
            return;
    }
    if (!m_session.registration().hasCapability(QStringLiteral("echo-message"))) {
        Message sent = message;
        sent.setFrom(to.isRoom() ? botIdentifier().inRoom(to.room()) : botIdentifier());
        if (!sent.timestamp().isValid())
            sent.setTimestamp(QDateTime::currentDateTimeUtc());
        Q_EMIT messageSent(sent);
    }
}

Result<Room *> IrcBackend::queryRoom(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (const QString problem = IrcIdentifiers::channelProblem(trimmed, m_session.isupport()); !problem.isEmpty())
        return Result<Room *>::failure(problem);
    if (Room *known = room(trimmed))
        return known;
    auto *created = new IrcRoom(trimmed, this);
    addRoom(created);
    // Whether it exists: NAMES answers for channels we are not in too.
    if (isConnected())
        enqueueLine(SendQueue::Priority::Background, IrcMessage(QStringLiteral("NAMES"), {trimmed}));
    return static_cast<Room *>(created);
}

void IrcBackend::setPresence(const Presence &presence)
{
    if (!isConnected())
        return;
    if (presence.status() == Presence::Status::Online || presence.status() == Presence::Status::Offline)
        enqueueLine(SendQueue::Priority::Normal, IrcMessage(QStringLiteral("AWAY"), {}));
    else
        enqueueLine(
            SendQueue::Priority::Normal,
            IrcMessage(QStringLiteral("AWAY"), {presence.message().isEmpty() ? tr("away") : presence.message()}));
}

void IrcBackend::changeNick(const QString &nick)
{
    if (!isConnected()) {
        reportError(tr("cannot change the nick to %1: not connected").arg(nick));
        return;
    }
    // The server's NICK echo renames the bot; 432/433 say why not.
    enqueueLine(SendQueue::Priority::Normal, IrcOperatorCommands::nick(nick));
}

void IrcBackend::requestWhois(const Identifier &person)
{
    if (!isConnected()) {
        reportError(tr("cannot ask who %1 is: not connected").arg(person.nick()));
        return;
    }
    if (!m_numerics.askWhois(person))
        return;
    enqueueLine(SendQueue::Priority::Normal, IrcOperatorCommands::whois(person.nick()));
}

bool IrcBackend::canSendRaw() const
{
    return true;
}

void IrcBackend::sendRaw(const QString &line)
{
    const Result<IrcMessage> message = IrcOperatorCommands::raw(line);
    if (!message) {
        reportError(tr("not sent: %1").arg(message.error()));
        return;
    }
    if (!isConnected()) {
        reportError(tr("not sent: not connected"));
        return;
    }
    enqueueLine(SendQueue::Priority::Normal, message.value());
}

QString IrcBackend::foldCase(const QString &text) const
{
    return Irc::foldCase(text, m_session.isupport().caseMapping());
}

QString IrcBackend::foldCaseId() const
{
    // The server's CASEMAPPING can change from one connection to the next.
    return QStringLiteral("irc:") + caseMappingName(m_session.isupport().caseMapping());
}

QString IrcBackend::roomKey(const QString &id) const
{
    return Irc::foldCase(id, m_session.isupport().caseMapping());
}

void IrcBackend::markLeft(IrcRoom *room)
{
    const QList<Identifier> occupants = room->occupants();
    updater(room).applyJoined(false);
    for (const Identifier &occupant : occupants)
        forgetIfRoomless(occupant.nick());
}

IrcRoom *IrcBackend::ircRoom(const QString &id) const
{
    return static_cast<IrcRoom *>(room(id));
}

void IrcBackend::forgetIfRoomless(const QString &nick)
{
    if (isMe(nick))
        return;
    const QList<Room *> all = rooms();
    for (const Room *room : all) {
        if (room->isJoined() && room->hasOccupant(nick))
            return;
    }
    m_users.forget(nick);
}

Identifier IrcBackend::occupantIn(IrcRoom *room, const IrcUser &user, const QString &symbols) const
{
    return IrcIdentifiers::occupant(user, room->id(), symbols, isupport());
}

bool IrcBackend::isMe(const QString &nick) const
{
    return equalFolded(nick, currentNick(), isupport().caseMapping());
}

void IrcBackend::updateBotIdentifier()
{
    setBotIdentifier(IrcIdentifiers::person(m_users.user(currentNick())));
}

void IrcBackend::refreshOccupants(const QString &nick)
{
    const IrcUser user = m_users.user(nick);
    const QList<Room *> all = rooms();
    for (Room *room : all) {
        const Identifier before = room->occupant(nick);
        if (before.isNull())
            continue;
        auto *irc = static_cast<IrcRoom *>(room);
        updateOccupant(irc, before, occupantIn(irc, user, before.extra(IrcIdentifiers::Modes).toString()));
    }
    if (isMe(nick))
        updateBotIdentifier();
}

void IrcBackend::updateOccupant(IrcRoom *room, const Identifier &before, const Identifier &after)
{
    if (after != before || after.extras() != before.extras() || after.displayName() != before.displayName())
        updater(room).applyOccupantChanged(before.nick(), after);
}

void IrcBackend::queueWho(const QString &channel)
{
    // WHOX asks for the account too; the token tells our replies apart.
    if (isupport().hasWhox())
        enqueueLine(SendQueue::Priority::Background,
                    IrcMessage(QStringLiteral("WHO"), {channel, QStringLiteral("%tcuhnfar,616")}));
    else
        enqueueLine(SendQueue::Priority::Background, IrcMessage(QStringLiteral("WHO"), {channel}));
}

void IrcBackend::pollAway()
{
    // What is still queued from the last round (a slow link, a big burst of
    // replies) goes first; asking again would only pile up.
    if (sendQueue()->pendingCount(SendQueue::Priority::Background) > 0)
        return;
    const QList<Room *> all = rooms();
    for (Room *room : all) {
        if (room->isJoined() && room->occupantCount() <= AwayPollRoomLimit)
            queueWho(room->id());
    }
}

} // namespace Botdeck::Irc
