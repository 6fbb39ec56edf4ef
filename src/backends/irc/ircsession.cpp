#include "ircsession.h"

#include "irccodec.h"
#include "ircredaction.h"

#include <QDateTime>

#include <utility>

namespace Botdeck::Irc {

namespace {
// How old the lag shown may get on a busy link; Quassel pings as often.
constexpr int LagRefreshMs = 30000;
} // namespace

using Direction = Backend::Direction;
using State = Backend::State;

IrcSession::IrcSession(QObject *parent)
    : QObject(parent)
    , m_lineBuffer(IrcCodec::MaxInputBytes)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &IrcSession::openTransport);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &IrcSession::onKeepAliveTick);
    // Generous for ident and DNS lookups and SASL; a server that has not
    // welcomed us by then is stuck (or dripping bytes to hold us).
    m_registrationTimer.setSingleShot(true);
    m_registrationTimer.setInterval(60000);
    connect(&m_registrationTimer, &QTimer::timeout, this, [this] {
        dropLink(tr("the server did not complete the login within %1 s").arg(m_registrationTimer.interval() / 1000.0));
    });
}

IrcSession::~IrcSession()
{
    m_wantConnected = false;
    if (m_transport)
        m_transport->disconnect(this);
}

void IrcSession::open(const IrcSessionConfig &config)
{
    m_config = config;
    m_wantConnected = true;
    m_failed = false;
    m_backoff.reset();
    openTransport();
}

void IrcSession::setState(State state)
{
    Q_EMIT stateChanged(state);
}

void IrcSession::openTransport()
{
    if (!m_wantConnected)
        return;
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        m_transport->deleteLater();
    }
    m_lineBuffer.clear();
    m_pendingPing.clear();
    setState(State::Connecting);
    Transport *transport = Transport::create(m_config.transport.kind, this);
    m_transport = transport;
    connect(transport, &Transport::opened, this, &IrcSession::onOpened);
    connect(transport, &Transport::dataReceived, this, &IrcSession::onData);
    connect(transport, &Transport::closed, this, &IrcSession::onClosed);
    connect(transport, &Transport::warningIssued, this, &IrcSession::warningIssued);
    Q_EMIT trafficLogged(Direction::Outgoing, tr("connecting to %1").arg(Transport::describe(m_config.transport)));
    transport->open(m_config.transport);
}

void IrcSession::onOpened()
{
    setState(State::Authenticating);
    m_lastReceived.start();
    m_keepAliveTimer.start(qBound(100, m_config.pingIntervalMs / 4, 5000));
    m_registrationTimer.start();
    m_isupport = IrcIsupport();
    m_nick = m_config.registration.nick;
    const QList<IrcMessage> lines = m_registration.start(m_config.registration);
    for (const IrcMessage &line : lines)
        sendLine(line);
}

void IrcSession::onData(const QByteArray &data)
{
    const QByteArray framed = m_transport && m_transport->isMessageOriented() ? data + '\n' : data;
    const QList<QByteArray> lines = m_lineBuffer.feed(framed);
    // Only whole lines prove the server alive: a peer dripping bytes that
    // never make a line must not hold the link open forever.
    if (!lines.isEmpty())
        m_lastReceived.start();
    if (const int dropped = m_lineBuffer.takeDroppedCount())
        Q_EMIT warningIssued(tr("dropped %n line(s) from the server longer than %1 bytes", nullptr, dropped)
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

void IrcSession::handleLine(const QByteArray &raw)
{
    const Result<IrcMessage> parsed = IrcCodec::parse(raw);
    Q_EMIT trafficLogged(Direction::Incoming, IrcCodec::decode(raw));
    if (!parsed) {
        Q_EMIT warningIssued(tr("Ignored a line from the server: %1").arg(parsed.error()));
        return;
    }
    const IrcMessage &message = parsed.value();
    bool justRegistered = false;
    if (!m_registration.isRegistered() || message.command == QLatin1String("CAP")) {
        const IrcRegistration::Step step = m_registration.handle(message);
        for (const IrcMessage &line : step.send)
            sendLine(line);
        if (!step.notice.isEmpty())
            Q_EMIT warningIssued(step.notice);
        if (!step.error.isEmpty()) {
            failLogin(step.error);
            return;
        }
        if (step.registered) {
            m_nick = m_registration.nick();
            justRegistered = true;
        }
    }
    const QString command = message.command.toUpper();
    if (command == QLatin1String("PING"))
        handlePing(message);
    else if (command == QLatin1String("PONG"))
        handlePong(message);
    else if (command == QLatin1String("ERROR"))
        handleError(message);
    if (!justRegistered) {
        Q_EMIT lineReceived(message);
        return;
    }
    m_registrationTimer.stop();
    m_backoff.reset();
    Q_EMIT registered(message);
}

void IrcSession::handlePing(const IrcMessage &message)
{
    sendLine(IrcMessage(QStringLiteral("PONG"), message.params.isEmpty() ? QStringList{m_nick} : message.params));
}

void IrcSession::handlePong(const IrcMessage &message)
{
    if (m_pendingPing.isEmpty() || message.params.value(message.params.size() - 1) != m_pendingPing)
        return;
    m_pendingPing.clear();
    Q_EMIT latencyMeasured(int(m_pingSent.elapsed()));
}

void IrcSession::handleError(const IrcMessage &message)
{
    // The server is closing the link; the transport's close follows and
    // carries this reason to the reconnect report.
    const QString text = message.param(0);
    if (!m_transport)
        return;
    // A refused server password will be refused again: retrying would only
    // hammer the server.
    if (!m_registration.isRegistered() && !m_config.registration.password.isEmpty()
        && text.contains(QLatin1String("password"), Qt::CaseInsensitive)) {
        failLogin(tr("the server refused the password: %1").arg(text));
        return;
    }
    dropLink(tr("the server closed the connection: %1").arg(text.isEmpty() ? tr("no reason given") : text));
}

void IrcSession::onClosed(const QString &reason)
{
    m_keepAliveTimer.stop();
    m_registrationTimer.stop();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->deleteLater();
        m_transport = nullptr;
    }
    Q_EMIT linkLost();
    if (!m_wantConnected) {
        if (!m_failed)
            setState(State::Disconnected);
        return;
    }
    scheduleReconnect(reason.isEmpty() ? tr("the connection was closed") : reason);
}

void IrcSession::scheduleReconnect(const QString &reason)
{
    const auto delay = m_backoff.next();
    // Short, for the connection's row: whoever shows it names the connection.
    Q_EMIT warningIssued(tr("%1. Reconnecting in %2 s.").arg(reason).arg(double(delay.count()) / 1000.0, 0, 'f', 1));
    setState(State::Reconnecting);
    m_reconnectTimer.start(int(delay.count()));
}

void IrcSession::onKeepAliveTick()
{
    if (!m_transport)
        return;
    const int interval = m_config.pingIntervalMs;
    if (!m_pendingPing.isEmpty() && m_pingSent.elapsed() > interval && m_lastReceived.elapsed() < interval) {
        // No PONG, but the server is talking: alive, only slow to answer
        // (or not answering PINGs before registration). Ping again later.
        m_pendingPing.clear();
    }
    if (!m_pendingPing.isEmpty() && m_pingSent.elapsed() > interval) {
        dropLink(tr("ping timeout: the server did not answer for %1 s").arg((m_lastReceived.elapsed() + 500) / 1000));
        return;
    }
    // A quiet link is pinged to learn whether it is alive; a busy one never
    // falls quiet, so the lag shown is also refreshed every so often, or it
    // would stay what it was at login.
    const bool lagIsOld = m_pingSent.isValid() && m_pingSent.elapsed() >= std::min(interval, LagRefreshMs);
    if (m_pendingPing.isEmpty() && (m_lastReceived.elapsed() >= interval || lagIsOld))
        measureLag();
}

void IrcSession::measureLag()
{
    m_pendingPing = QStringLiteral("botdeck-%1").arg(QDateTime::currentMSecsSinceEpoch());
    m_pingSent.start();
    sendLine(IrcMessage(QStringLiteral("PING"), {m_pendingPing}));
}

void IrcSession::dropLink(const QString &reason)
{
    if (Transport *dead = std::exchange(m_transport, nullptr)) {
        dead->disconnect(this);
        dead->abort();
        dead->deleteLater();
    }
    onClosed(reason);
}

void IrcSession::failLogin(const QString &reason)
{
    Q_EMIT warningIssued(tr("Cannot log in to %1: %2").arg(Transport::describe(m_config.transport), reason));
    close({});
    m_failed = true;
    setState(State::Failed);
}

void IrcSession::close(const QString &quitMessage)
{
    m_wantConnected = false;
    m_reconnectTimer.stop();
    m_keepAliveTimer.stop();
    m_registrationTimer.stop();
    if (m_transport) {
        sendLine(IrcMessage(QStringLiteral("QUIT"), quitMessage.isEmpty() ? QStringList() : QStringList{quitMessage}));
        Transport *transport = std::exchange(m_transport, nullptr);
        transport->disconnect(this);
        transport->close();
        transport->deleteLater();
    }
    Q_EMIT signedOff();
}

bool IrcSession::sendLine(const IrcMessage &message)
{
    if (!m_transport || !m_transport->isOpen())
        return false;
    const Result<QByteArray> line = IrcCodec::serialize(message);
    if (!line) {
        Q_EMIT warningIssued(tr("Not sent: %1").arg(line.error()));
        return false;
    }
    if (line.value().size() + 2 > IrcCodec::MaxLineBytes)
        Q_EMIT warningIssued(
            tr("Sending a line of %1 bytes; the server may cut it at 512").arg(line.value().size() + 2));
    Q_EMIT trafficLogged(Direction::Outgoing, redactedOutgoing(message, QString::fromUtf8(line.value())));
    m_transport->write(line.value() + "\r\n");
    return true;
}

} // namespace Botdeck::Irc
