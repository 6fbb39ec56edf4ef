#pragma once

#include "jid.h"
#include "streammanagement.h"
#include "streamparser.h"
#include "xmlelement.h"

#include "backends/common/transport.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace Botdeck::Xmpp {

class SaslMechanism;

// What a client session needs to log in.
struct SessionConfig
{
    Jid jid; // bare; the resource is asked for at binding
    QString password;
    QString resource;
    Transport::Options transport;
    // Without this the session refuses to go on without TLS.
    bool allowPlain = false;
};

// One RFC 6120 client session over a Transport: stream header, STARTTLS,
// SASL, resource binding, and XEP-0198 stream management with resumption.
// Above it the backend sees established(), stanzaReceived() and ended();
// reconnecting is the backend's decision.
//
// The stream-management state outlives a connection, so the next open()
// resumes the session when the server allows it.
class ClientSession : public QObject
{
    Q_OBJECT

public:
    enum class Phase { Idle, Connecting, Securing, Authenticating, Binding, Established };
    Q_ENUM(Phase)

    explicit ClientSession(QObject *parent = nullptr);
    ~ClientSession() override;

    void open(const SessionConfig &config);
    // Says goodbye properly; ended() follows without an error.
    void close();
    // Drops the link at once, as a network failure would; the session stays
    // resumable (ended() follows, with a reason).
    void dropConnection();

    // Sends a stanza (or any top-level element); stanzas are kept until the
    // server acknowledges them when stream management is on. Nothing is
    // sent before the session is established.
    void send(const XmlElement &element);

    Phase phase() const { return m_phase; }
    bool isEstablished() const { return m_phase == Phase::Established; }
    // Between close() and ended(): the goodbye is out, nothing more goes.
    bool isClosing() const { return m_closing && !m_ended; }
    Jid boundJid() const { return m_boundJid; }
    bool isEncrypted() const;
    bool isStreamManagementActive() const { return m_sm.isActive(); }
    // Forgets the resumable session (after a deliberate logout).
    void forgetResumption() { m_sm.reset(); }
    // How long to wait before asking the server to acknowledge what we sent.
    void setAckDelay(int milliseconds) { m_ackTimer.setInterval(milliseconds); }
    // How long connecting, TLS, login and binding may take together before
    // the attempt is abandoned (tests shorten it).
    void setNegotiationTimeout(int milliseconds) { m_negotiationTimer.setInterval(milliseconds); }

Q_SIGNALS:
    void phaseChanged(Botdeck::Xmpp::ClientSession::Phase phase);
    // resumed: the server kept the old session (rooms, presence) alive.
    void established(bool resumed);
    void stanzaReceived(const Botdeck::Xmpp::XmlElement &stanza);
    // The connection is gone. retry is false when the server refused the
    // login itself (wrong password, no encryption to log in over, another
    // login with the same resource); see README, "Reconnecting".
    void ended(const QString &reason, bool retry);
    void warningIssued(const QString &warning);
    // Outgoing is true for what we sent; secrets are already redacted.
    void trafficLogged(bool outgoing, const QString &text);

private:
    void setPhase(Phase phase);
    void onOpened();
    void onData(const QByteArray &data);
    void onClosed(const QString &reason);
    void sendHeader();
    void write(const XmlElement &element);
    void handle(const XmlElement &element);
    void handleFeatures(const XmlElement &features);
    void handleSasl(const XmlElement &element);
    void handleStreamManagement(const XmlElement &element);
    void bind();
    void enableStreamManagement();
    void finishEstablishing(bool resumed);
    void fail(const QString &reason, bool retry);
    void restartStream();

    SessionConfig m_config;
    QPointer<Transport> m_transport;
    std::unique_ptr<StreamParser> m_parser;
    std::unique_ptr<SaslMechanism> m_sasl;
    StreamManagement m_sm;
    Phase m_phase = Phase::Idle;
    Jid m_boundJid;
    // The address of the last bound session, which a resumption takes over.
    Jid m_resumableJid;
    XmlElement m_features;
    bool m_authenticated = false;
    bool m_ended = true;
    bool m_closing = false;
    bool m_resuming = false;
    bool m_streamManagementOffered = false;
    QList<XmlElement> m_carryOver; // unacknowledged messages of a session that could not be resumed
    QTimer m_ackTimer;
    QTimer m_negotiationTimer;
    QString m_bindId;
};

} // namespace Botdeck::Xmpp
