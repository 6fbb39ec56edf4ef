#include "clientsession.h"

#include "errors.h"
#include "namespaces.h"
#include "redaction.h"
#include "saslmechanism.h"

namespace Botdeck::Xmpp {

namespace {

bool isWebSocket(const Transport::Options &options)
{
    return options.kind == Transport::Kind::WebSocket || options.kind == Transport::Kind::SecureWebSocket;
}

QString base64(const QByteArray &data)
{
    // RFC 6120 6.4.2: an empty response is "=".
    return data.isEmpty() ? QStringLiteral("=") : QString::fromLatin1(data.toBase64());
}

} // namespace

ClientSession::ClientSession(QObject *parent)
    : QObject(parent)
{
    m_ackTimer.setSingleShot(true);
    m_ackTimer.setInterval(1000);
    connect(&m_ackTimer, &QTimer::timeout, this, [this] {
        if (isEstablished() && m_sm.isActive() && m_sm.unackedCount() > 0)
            write(XmlElement(QStringLiteral("r"), Ns::StreamManagement));
    });
    // A server that never finishes the negotiation (stuck, or dripping
    // whitespace to hold us) would otherwise keep the bot waiting forever:
    // the keep-alive pings only start once the session is up.
    m_negotiationTimer.setSingleShot(true);
    m_negotiationTimer.setInterval(60000);
    connect(&m_negotiationTimer, &QTimer::timeout, this, [this] {
        fail(
            tr("the server did not finish opening the session within %1 s").arg(m_negotiationTimer.interval() / 1000.0),
            true);
    });
}

ClientSession::~ClientSession()
{
    // Whoever listened may be half gone (a parent being destroyed); the
    // stream still closes properly rather than being cut.
    if (!m_ended && m_transport) {
        disconnect(this, nullptr, nullptr, nullptr);
        close();
    }
}

void ClientSession::open(const SessionConfig &config)
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        m_transport->deleteLater();
    }
    m_config = config;
    m_parser = std::make_unique<StreamParser>(isWebSocket(config.transport) ? StreamParser::Framing::Messages
                                                                            : StreamParser::Framing::Stream);
    m_sasl.reset();
    m_sm.suspend();
    m_features = {};
    m_boundJid = {};
    m_authenticated = false;
    m_ended = false;
    m_closing = false;
    m_resuming = false;
    m_streamManagementOffered = false;

    Transport *transport = Transport::create(config.transport.kind, this);
    m_transport = transport;
    connect(transport, &Transport::opened, this, &ClientSession::onOpened);
    connect(transport, &Transport::encrypted, this, &ClientSession::restartStream);
    connect(transport, &Transport::dataReceived, this, &ClientSession::onData);
    connect(transport, &Transport::closed, this, &ClientSession::onClosed);
    connect(transport, &Transport::warningIssued, this, &ClientSession::warningIssued);
    setPhase(Phase::Connecting);
    m_negotiationTimer.start();
    transport->open(config.transport);
}

void ClientSession::close()
{
    if (m_ended || m_closing || !m_transport)
        return;
    m_closing = true;
    m_negotiationTimer.stop();
    if (isEstablished() && m_sm.isActive()) {
        write(XmlElement(QStringLiteral("a"), Ns::StreamManagement)
                  .setAttribute(QStringLiteral("h"), QString::number(m_sm.inboundCount())));
    }
    const QByteArray goodbye = isWebSocket(m_config.transport)
        ? QByteArrayLiteral("<close xmlns='urn:ietf:params:xml:ns:xmpp-framing'/>")
        : QByteArrayLiteral("</stream:stream>");
    m_transport->write(goodbye);
    Q_EMIT trafficLogged(true, QString::fromUtf8(goodbye));
    m_sm.reset();
    m_transport->close();
}

void ClientSession::dropConnection()
{
    if (!m_ended && m_transport)
        m_transport->abort();
}

void ClientSession::send(const XmlElement &element)
{
    if (!isEstablished() || m_closing)
        return;
    write(element);
    if (StreamManagement::isStanza(element) && m_sm.isActive()) {
        m_sm.sent(element);
        if (!m_ackTimer.isActive())
            m_ackTimer.start();
    }
}

bool ClientSession::isEncrypted() const
{
    return m_transport && m_transport->isEncrypted();
}

void ClientSession::setPhase(Phase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void ClientSession::onOpened()
{
    sendHeader();
}

void ClientSession::sendHeader()
{
    QString header;
    if (isWebSocket(m_config.transport)) {
        header
            = QStringLiteral("<open xmlns='urn:ietf:params:xml:ns:xmpp-framing' to='%1' version='1.0' xml:lang='en'/>")
                  .arg(escapeXml(m_config.jid.domain()));
    } else {
        header = QStringLiteral("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                                "xmlns:stream='http://etherx.jabber.org/streams' to='%1' version='1.0' xml:lang='en'>")
                     .arg(escapeXml(m_config.jid.domain()));
    }
    m_transport->write(header.toUtf8());
    Q_EMIT trafficLogged(true, header);
}

void ClientSession::restartStream()
{
    m_parser->reset();
    sendHeader();
}

void ClientSession::onData(const QByteArray &data)
{
    StreamParser *parser = m_parser.get();
    const QList<StreamEvent> events = parser->feed(data);
    for (const StreamEvent &event : events) {
        if (m_ended)
            return;
        switch (event.type) {
        case StreamEvent::Type::StreamOpened:
            if (event.element.attribute(QStringLiteral("version")) != QLatin1String("1.0")) {
                fail(tr("the server speaks an XMPP version older than 1.0"), true);
                return;
            }
            break;
        case StreamEvent::Type::Stanza:
            handle(event.element);
            break;
        case StreamEvent::Type::StreamClosed:
            if (!m_closing)
                fail(tr("the server closed the XMPP stream"), true);
            return;
        }
    }
    if (!m_ended && parser->hasError()) {
        Q_EMIT trafficLogged(false, parser->errorString());
        fail(parser->errorString(), true);
    }
}

void ClientSession::onClosed(const QString &reason)
{
    if (m_ended)
        return;
    m_ended = true;
    m_ackTimer.stop();
    m_negotiationTimer.stop();
    const bool deliberate = m_closing;
    m_sm.suspend();
    if (m_transport)
        m_transport->deleteLater();
    setPhase(Phase::Idle);
    if (deliberate)
        Q_EMIT ended(QString(), false);
    else
        // A certificate the bot does not trust is retried too: the server's
        // operator renewing it is the usual fix, and an unattended bot
        // should come back by itself when it happens.
        Q_EMIT ended(reason.isEmpty() ? tr("the connection was lost") : reason, true);
}

void ClientSession::write(const XmlElement &element)
{
    if (!m_transport)
        return;
    // Over WebSocket each stanza is a document of its own and must declare
    // jabber:client itself (RFC 7395 3.3.3).
    const QString parentXmlns = isWebSocket(m_config.transport) ? QString() : Ns::Client;
    m_transport->write(element.toXml(parentXmlns).toUtf8());
    Q_EMIT trafficLogged(true, redactedXml(element, parentXmlns));
}

void ClientSession::handle(const XmlElement &element)
{
    Q_EMIT trafficLogged(false, redactedXml(element, isWebSocket(m_config.transport) ? QString() : Ns::Client));
    const QString ns = element.xmlns();
    if (element.name() == QLatin1String("error") && ns == Ns::Stream) {
        const StreamErrorInfo info = describeStreamError(element);
        fail(info.description, info.retry);
        return;
    }
    if (ns == Ns::StreamManagement) {
        handleStreamManagement(element);
        return;
    }
    if (isEstablished()) {
        if (StreamManagement::isStanza(element)) {
            m_sm.countInbound();
            Q_EMIT stanzaReceived(element);
        }
        return;
    }
    if (element.name() == QLatin1String("features") && ns == Ns::Stream) {
        handleFeatures(element);
    } else if (ns == Ns::Tls) {
        if (element.name() == QLatin1String("proceed"))
            m_transport->startTls();
        else
            fail(tr("the server could not start TLS"), true);
    } else if (ns == Ns::Sasl) {
        handleSasl(element);
    } else if (element.name() == QLatin1String("iq") && element.attribute(QStringLiteral("id")) == m_bindId
               && !m_bindId.isEmpty()) {
        if (element.attribute(QStringLiteral("type")) != QLatin1String("result")) {
            fail(tr("the server refused to bind the resource %1: %2")
                     .arg(m_config.resource, describeStanzaError(element)),
                 false);
            return;
        }
        const QString text = element.firstChild(QStringLiteral("bind"), Ns::Bind).childText(QStringLiteral("jid"));
        const Result<Jid> jid = Jid::parse(text);
        if (!jid) {
            fail(tr("the server bound an invalid address: %1").arg(jid.error()), true);
            return;
        }
        m_boundJid = m_resumableJid = jid.value();
        if (m_streamManagementOffered)
            enableStreamManagement();
        finishEstablishing(false);
    }
}

void ClientSession::handleFeatures(const XmlElement &features)
{
    m_features = features;
    m_streamManagementOffered = features.hasChild(QStringLiteral("sm"), Ns::StreamManagement);
    if (!isEncrypted() && features.hasChild(QStringLiteral("starttls"), Ns::Tls)
        && m_config.transport.kind == Transport::Kind::Tcp) {
        setPhase(Phase::Securing);
        write(XmlElement(QStringLiteral("starttls"), Ns::Tls));
        return;
    }
    if (!isEncrypted() && !m_config.allowPlain) {
        fail(tr("the server at %1 does not offer encryption, so the bot did not log in "
                "(tick \"Allow unencrypted\" only for a test server on loopback)")
                 .arg(Transport::describe(m_config.transport)),
             false);
        return;
    }
    if (!m_authenticated) {
        QStringList offered;
        const QList<XmlElement> mechanisms
            = features.firstChild(QStringLiteral("mechanisms"), Ns::Sasl).childrenNamed(QStringLiteral("mechanism"));
        for (const XmlElement &mechanism : mechanisms)
            offered.append(mechanism.text().trimmed());
        // "Allow unencrypted" means what it says: the login too, with PLAIN
        // if the server offers nothing better.
        SaslChoice choice = chooseSaslMechanism(offered, isEncrypted() || m_config.allowPlain, m_config.jid.local(),
                                                m_config.password);
        if (!choice.mechanism) {
            fail(tr("Cannot log in as %1: %2").arg(m_config.jid.bare(), choice.error), false);
            return;
        }
        m_sasl = std::move(choice.mechanism);
        setPhase(Phase::Authenticating);
        write(XmlElement(QStringLiteral("auth"), Ns::Sasl)
                  .setAttribute(QStringLiteral("mechanism"), m_sasl->name())
                  .setText(base64(m_sasl->initialResponse())));
        return;
    }
    setPhase(Phase::Binding);
    if (m_sm.canResume() && m_streamManagementOffered) {
        m_resuming = true;
        write(XmlElement(QStringLiteral("resume"), Ns::StreamManagement)
                  .setAttribute(QStringLiteral("previd"), m_sm.resumptionId())
                  .setAttribute(QStringLiteral("h"), QString::number(m_sm.inboundCount())));
        return;
    }
    bind();
}

void ClientSession::handleSasl(const XmlElement &element)
{
    if (!m_sasl) {
        fail(tr("the server sent a login step nobody asked for"), false);
        return;
    }
    const QByteArray payload = QByteArray::fromBase64(element.text().trimmed().toLatin1());
    if (element.name() == QLatin1String("challenge")) {
        const Result<QByteArray> response = m_sasl->respond(payload);
        if (!response) {
            fail(tr("Cannot log in as %1: %2").arg(m_config.jid.bare(), response.error()), false);
            return;
        }
        write(XmlElement(QStringLiteral("response"), Ns::Sasl).setText(base64(response.value())));
    } else if (element.name() == QLatin1String("success")) {
        const Result<bool> verified = m_sasl->verifySuccess(payload);
        if (!verified) {
            fail(tr("Cannot log in as %1: %2").arg(m_config.jid.bare(), verified.error()), false);
            return;
        }
        m_authenticated = true;
        m_sasl.reset();
        restartStream();
    } else if (element.name() == QLatin1String("failure")) {
        QString condition;
        const QList<XmlElement> children = element.children();
        for (const XmlElement &child : children) {
            if (child.name() != QLatin1String("text")) {
                condition = child.name();
                break;
            }
        }
        fail(tr("Cannot log in as %1: %2")
                 .arg(m_config.jid.bare(), describeSaslFailure(condition, element.childText(QStringLiteral("text")))),
             false);
    }
}

void ClientSession::handleStreamManagement(const XmlElement &element)
{
    const QString name = element.name();
    if (name == QLatin1String("r")) {
        write(XmlElement(QStringLiteral("a"), Ns::StreamManagement)
                  .setAttribute(QStringLiteral("h"), QString::number(m_sm.inboundCount())));
    } else if (name == QLatin1String("a")) {
        if (!m_sm.acknowledged(element.attribute(QStringLiteral("h")).toUInt()))
            Q_EMIT warningIssued(tr("the server acknowledged more stanzas than were sent"));
    } else if (name == QLatin1String("enabled")) {
        const QString resume = element.attribute(QStringLiteral("resume"));
        m_sm.enabled(element.attribute(QStringLiteral("id")),
                     resume == QLatin1String("true") || resume == QLatin1String("1"),
                     element.attribute(QStringLiteral("location")), element.attribute(QStringLiteral("max")).toInt());
    } else if (name == QLatin1String("resumed")) {
        m_resuming = false;
        if (!m_sm.acknowledged(element.attribute(QStringLiteral("h")).toUInt()))
            Q_EMIT warningIssued(tr("the server acknowledged more stanzas than were sent"));
        m_sm.resumed();
        // A resumed session keeps the address it was bound to (XEP-0198 5).
        m_boundJid = m_resumableJid;
        finishEstablishing(true);
    } else if (name == QLatin1String("failed")) {
        if (m_resuming) {
            // The old session is gone; start a fresh one, and send again the
            // messages the server never confirmed.
            m_resuming = false;
            bind();
        } else {
            Q_EMIT warningIssued(tr("the server refused stream management; stanzas may be lost on a drop-out"));
            m_sm.reset();
        }
    }
}

void ClientSession::bind()
{
    const QList<XmlElement> unacked = m_sm.takeUnacked();
    for (const XmlElement &stanza : unacked) {
        // Not groupchat: it was said under a room membership that the new
        // session has to make again, and a room that relayed it before the
        // drop (unconfirmed is not undelivered) would relay it twice.
        if (stanza.name() == QLatin1String("message")
            && stanza.attribute(QStringLiteral("type")) != QLatin1String("groupchat"))
            m_carryOver.append(stanza);
    }
    m_sm.reset();
    static int serial = 0;
    m_bindId = QStringLiteral("bind-%1").arg(++serial);
    XmlElement bind(QStringLiteral("bind"), Ns::Bind);
    if (!m_config.resource.isEmpty())
        bind.appendChild(XmlElement(QStringLiteral("resource")).setText(m_config.resource));
    write(XmlElement(QStringLiteral("iq"), Ns::Client)
              .setAttribute(QStringLiteral("type"), QStringLiteral("set"))
              .setAttribute(QStringLiteral("id"), m_bindId)
              .appendChild(bind));
}

void ClientSession::enableStreamManagement()
{
    write(XmlElement(QStringLiteral("enable"), Ns::StreamManagement)
              .setAttribute(QStringLiteral("resume"), QStringLiteral("true")));
    m_sm.startOutbound();
}

void ClientSession::finishEstablishing(bool resumed)
{
    m_negotiationTimer.stop();
    setPhase(Phase::Established);
    const QList<XmlElement> again = resumed ? m_sm.takeUnacked() : std::exchange(m_carryOver, {});
    Q_EMIT established(resumed);
    for (const XmlElement &stanza : again)
        send(stanza);
}

void ClientSession::fail(const QString &reason, bool retry)
{
    if (m_ended)
        return;
    m_ended = true;
    m_ackTimer.stop();
    m_negotiationTimer.stop();
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
        m_transport->deleteLater();
    }
    m_sm.suspend();
    if (!retry)
        m_sm.reset();
    setPhase(Phase::Idle);
    Q_EMIT ended(reason, retry);
}

} // namespace Botdeck::Xmpp
