#include "ircbackend.h"

#include "irccodec.h"
#include "ircctcp.h"
#include "ircroom.h"
#include "irctextsplitter.h"

#include "core/backendregistry.h"
#include "core/roomupdater.h"

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
    , m_lineBuffer(IrcCodec::MaxInputBytes)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &IrcBackend::openTransport);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &IrcBackend::onKeepAliveTick);
    // Generous for ident and DNS lookups and SASL; a server that has not
    // welcomed us by then is stuck (or dripping bytes to hold us).
    m_registrationTimer.setSingleShot(true);
    m_registrationTimer.setInterval(60000);
    connect(&m_registrationTimer, &QTimer::timeout, this, [this] {
        dropLink(tr("the server did not complete the login within %1 s").arg(m_registrationTimer.interval() / 1000.0));
    });
    qRegisterMetaType<IrcMessage>();
}

IrcBackend::~IrcBackend()
{
    m_wantConnected = false;
    if (m_transport)
        m_transport->disconnect(this);
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
    d.fields = {host,     port,     transport, tls,      path,         verify, fingerprint, nick,   username,
                realname, password, sasl,      saslUser, saslPassword, rooms,  ping,        rejoin, timeout};
    d.create = [](QObject *parent) -> Backend * { return new IrcBackend(parent); };
    return d;
}

QString IrcBackend::name() const
{
    return QStringLiteral("irc");
}

QString IrcBackend::serviceName() const
{
    if (!m_isupport.network().isEmpty())
        return QStringLiteral("%1 (%2)").arg(m_isupport.network(), Transport::describe(m_transportOptions));
    return Transport::describe(m_transportOptions);
}

void IrcBackend::connectToService(const BackendSettings &settings)
{
    disconnectFromService();
    m_settings = settings;
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
    m_transportOptions = options;
    m_pingIntervalMs = int(settings.number(Key_PingInterval, 60) * 1000);
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
    m_wantConnected = true;
    m_backoff.reset();
    openTransport();
}

void IrcBackend::disconnectFromService()
{
    signOff(tr("Botdeck signing off"));
    m_users.clear();
    setState(State::Disconnected);
}

void IrcBackend::openTransport()
{
    if (!m_wantConnected)
        return;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        m_transport->deleteLater();
    }
    m_lineBuffer.clear();
    m_users.clear();
    m_pendingPing.clear();
    m_transportOpened = false;
    setState(State::Connecting);
    Transport *transport = Transport::create(m_transportOptions.kind, this);
    m_transport = transport;
    connect(transport, &Transport::opened, this, &IrcBackend::onOpened);
    connect(transport, &Transport::dataReceived, this, &IrcBackend::onData);
    connect(transport, &Transport::closed, this, &IrcBackend::onClosed);
    connect(transport, &Transport::warningIssued, this, [this](const QString &warning) { reportError(warning); });
    logTraffic(Direction::Outgoing, tr("connecting to %1").arg(Transport::describe(m_transportOptions)));
    transport->open(m_transportOptions);
}

void IrcBackend::onOpened()
{
    m_transportOpened = true;
    setState(State::Authenticating);
    m_lastReceived.start();
    m_keepAliveTimer.start(qBound(100, m_pingIntervalMs / 4, 5000));
    m_registrationTimer.start();
    IrcRegistration::Config config;
    config.nick = m_settings.text(Key_Nick, QStringLiteral("botdeck"));
    config.username = m_settings.text(Key_Username);
    config.realname = m_settings.text(Key_Realname, QStringLiteral("Botdeck"));
    config.password = m_settings.text(Key_Password);
    const QString sasl = m_settings.text(Key_Sasl, QStringLiteral("none"));
    config.sasl = sasl == QLatin1String("plain") ? IrcRegistration::Sasl::Plain
        : sasl == QLatin1String("external")      ? IrcRegistration::Sasl::External
                                                 : IrcRegistration::Sasl::None;
    config.saslUser = m_settings.text(Key_SaslUser, config.nick);
    config.saslPassword = m_settings.text(Key_SaslPassword);
    m_isupport = IrcIsupport();
    m_nick = config.nick;
    const QList<IrcMessage> lines = m_registration.start(config);
    for (const IrcMessage &line : lines)
        sendLine(line);
}

void IrcBackend::onData(const QByteArray &data)
{
    const QByteArray framed = m_transport && m_transport->isMessageOriented() ? data + '\n' : data;
    const QList<QByteArray> lines = m_lineBuffer.feed(framed);
    // Only whole lines prove the server alive: a peer dripping bytes that
    // never make a line must not hold the link open forever.
    if (!lines.isEmpty())
        m_lastReceived.start();
    if (const int dropped = m_lineBuffer.takeDroppedCount())
        reportError(tr("dropped %n line(s) from the server longer than %1 bytes", nullptr, dropped)
                        .arg(IrcCodec::MaxInputBytes));
    if (m_lineBuffer.runawayBytes() > MaxRunawayLineBytes) {
        dropLink(tr("the server sent more than %1 MiB without a line end; that is not IRC")
                     .arg(MaxRunawayLineBytes / (1024 * 1024)));
        return;
    }
    for (const QByteArray &line : lines) {
        handleLine(line);
        if (!m_transport)
            return; // a line made us give up the connection
    }
}

void IrcBackend::onClosed(const QString &reason)
{
    m_keepAliveTimer.stop();
    m_registrationTimer.stop();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->deleteLater();
        m_transport = nullptr;
    }
    const QList<Room *> all = rooms();
    for (Room *room : all)
        updater(room).applyJoined(false);
    m_users.clear();
    setLatencyMs(-1);
    if (!m_wantConnected) {
        if (state() != State::Failed)
            setState(State::Disconnected);
        return;
    }
    // Servers that predate subprotocol negotiation (InspIRCd 3) answer the
    // handshake without one, which Qt refuses: ask again without it, and
    // keep it that way for this server.
    if (!m_transportOpened && !m_transportOptions.webSocketProtocols.isEmpty()
        && (m_transportOptions.kind == Transport::Kind::WebSocket
            || m_transportOptions.kind == Transport::Kind::SecureWebSocket)) {
        m_transportOptions.webSocketProtocols.clear();
        reportError(tr("%1 did not take the WebSocket subprotocol text.ircv3.net; trying without it")
                        .arg(Transport::describe(m_transportOptions)));
        m_reconnectTimer.start(0);
        return;
    }
    scheduleReconnect(reason.isEmpty() ? tr("the connection was closed") : reason);
}

void IrcBackend::scheduleReconnect(const QString &reason)
{
    const auto delay = m_backoff.next();
    reportError(tr("Lost the connection to %1: %2. Reconnecting in %3 s.")
                    .arg(Transport::describe(m_transportOptions), reason)
                    .arg(double(delay.count()) / 1000.0, 0, 'f', 1));
    setState(State::Reconnecting);
    m_reconnectTimer.start(int(delay.count()));
}

void IrcBackend::onKeepAliveTick()
{
    if (!m_transport)
        return;
    if (!m_pendingPing.isEmpty() && m_pingSent.elapsed() > m_pingIntervalMs
        && m_lastReceived.elapsed() < m_pingIntervalMs) {
        // No PONG, but the server is talking: alive, only slow to answer
        // (or not answering PINGs before registration). Ping again later.
        m_pendingPing.clear();
    }
    if (!m_pendingPing.isEmpty() && m_pingSent.elapsed() > m_pingIntervalMs) {
        dropLink(tr("ping timeout: the server did not answer for %1 s").arg((m_lastReceived.elapsed() + 500) / 1000));
        return;
    }
    if (m_pendingPing.isEmpty() && m_lastReceived.elapsed() >= m_pingIntervalMs) {
        m_pendingPing = QStringLiteral("botdeck-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_pingSent.start();
        sendLine(IrcMessage(QStringLiteral("PING"), {m_pendingPing}));
    }
}

void IrcBackend::dropLink(const QString &reason)
{
    if (Transport *dead = std::exchange(m_transport, nullptr)) {
        dead->disconnect(this);
        dead->abort();
        dead->deleteLater();
    }
    onClosed(reason);
}

void IrcBackend::onRegistered()
{
    m_registrationTimer.stop();
    m_backoff.reset();
    updateBotIdentifier();
    setState(State::Connected);
    // A first lag measurement at once; then whenever the link goes quiet.
    m_pendingPing = QStringLiteral("botdeck-%1").arg(QDateTime::currentMSecsSinceEpoch());
    m_pingSent.start();
    sendLine(IrcMessage(QStringLiteral("PING"), {m_pendingPing}));
    const QList<Room *> all = rooms();
    for (Room *room : all) {
        auto *irc = static_cast<IrcRoom *>(room);
        if (irc->wantsJoined())
            irc->sendJoin();
    }
}

bool IrcBackend::sendLine(const IrcMessage &message)
{
    if (!m_transport || !m_transport->isOpen())
        return false;
    const Result<QByteArray> line = IrcCodec::serialize(message);
    if (!line) {
        reportError(tr("Not sent: %1").arg(line.error()));
        return false;
    }
    if (line.value().size() + 2 > IrcCodec::MaxLineBytes)
        reportError(tr("Sending a line of %1 bytes; the server may cut it at 512").arg(line.value().size() + 2));
    logTraffic(Direction::Outgoing, redactOutgoing(message, QString::fromUtf8(line.value())));
    m_transport->write(line.value() + "\r\n");
    return true;
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
        message.command + QLatin1Char(' ') + message.param(0));
}

QString IrcBackend::redactOutgoing(const IrcMessage &message, const QString &text)
{
    const QString hidden = QStringLiteral("****");
    if (message.command.compare(QLatin1String("PASS"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("PASS ") + hidden;
    if (message.command.compare(QLatin1String("AUTHENTICATE"), Qt::CaseInsensitive) == 0) {
        const QString arg = message.param(0);
        if (arg == QLatin1String("PLAIN") || arg == QLatin1String("EXTERNAL") || arg == QLatin1String("*")
            || arg == QLatin1String("+"))
            return text;
        return QStringLiteral("AUTHENTICATE ") + hidden;
    }
    if ((message.command.compare(QLatin1String("PRIVMSG"), Qt::CaseInsensitive) == 0)
        && message.param(0).compare(QLatin1String("NickServ"), Qt::CaseInsensitive) == 0) {
        const QString body = message.param(1).trimmed();
        const QString verb = body.section(QLatin1Char(' '), 0, 0).toUpper();
        if (verb == QLatin1String("IDENTIFY") || verb == QLatin1String("REGISTER") || verb == QLatin1String("GHOST")
            || verb == QLatin1String("RECOVER") || verb == QLatin1String("SET"))
            return QStringLiteral("PRIVMSG %1 :%2 %3").arg(message.param(0), verb, hidden);
    }
    return text;
}

Result<Identifier> IrcBackend::buildIdentifier(const QString &text) const
{
    return IrcIdentifiers::parse(text, m_isupport);
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
    const QString command
        = message.type() == Message::Type::Notice ? QStringLiteral("NOTICE") : QStringLiteral("PRIVMSG");
    const IrcUser me = userFor(m_nick);
    const int budget = IrcTextSplitter::textBudget(command, target, m_nick, me.user, me.host, action ? 9 : 0);
    const QStringList pieces = IrcTextSplitter::split(message.body(), budget);
    for (const QString &piece : pieces) {
        if (!sendLine(IrcMessage(command, {target, action ? IrcCtcp::action(piece) : piece})))
            return;
    }
    if (!m_registration.hasCapability(QStringLiteral("echo-message"))) {
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
    if (const QString problem = IrcIdentifiers::channelProblem(trimmed, m_isupport); !problem.isEmpty())
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
        sendLine(IrcMessage(QStringLiteral("AWAY"), {}));
    else
        sendLine(IrcMessage(QStringLiteral("AWAY"), {presence.message().isEmpty() ? tr("away") : presence.message()}));
}

QString IrcBackend::foldCase(const QString &text) const
{
    return Irc::foldCase(text, m_isupport.caseMapping());
}

QString IrcBackend::roomKey(const QString &id) const
{
    return Irc::foldCase(id, m_isupport.caseMapping());
}

} // namespace Botdeck::Irc
