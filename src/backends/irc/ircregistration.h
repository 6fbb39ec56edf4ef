#pragma once

#include "ircmessage.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Botdeck::Irc {

// The logging-in conversation with an IRC server, as a state machine
// without sockets: PASS, CAP LS 302 / REQ / ACK / NAK, SASL PLAIN or
// EXTERNAL, NICK/USER with alternatives when the nick is taken, up to
// RPL_WELCOME; afterwards CAP NEW/DEL keep the capability set current.
// The backend feeds it every incoming line and sends what it returns.
class IrcRegistration
{
public:
    enum class Sasl { None, Plain, External };

    struct Config
    {
        QString nick;
        QString username;
        QString realname;
        QString password; // server PASS
        Sasl sasl = Sasl::None;
        QString saslUser;
        QString saslPassword;
    };

    struct Step
    {
        QList<IrcMessage> send;
        bool registered = false; // RPL_WELCOME arrived with this line
        QString error;           // registration cannot go on: give up and say why
        QString notice;          // something the operator should know (a nick was taken)
    };

    // The capabilities Botdeck asks for when the server offers them.
    static const QStringList &wantedCapabilities();

    QList<IrcMessage> start(const Config &config);
    // Lines this state machine does not care about give an empty Step.
    Step handle(const IrcMessage &message);

    bool isRegistered() const { return m_registered; }
    QString nick() const { return m_nick; }
    QSet<QString> enabledCapabilities() const { return m_enabled; }
    bool hasCapability(const QString &name) const { return m_enabled.contains(name); }
    bool isSaslAuthenticated() const { return m_saslDone; }

private:
    Step handleCap(const IrcMessage &message);
    Step handleAuthenticate(const IrcMessage &message);
    Step handleNickRejected(const IrcMessage &message);
    void endCapabilities(Step &step);
    QList<IrcMessage> saslPayload() const;

    Config m_config;
    QString m_nick;
    int m_nickAttempt = 0;
    QSet<QString> m_offered;
    QSet<QString> m_enabled;
    QSet<QString> m_requested;
    bool m_capEnded = false;
    bool m_saslDone = false;
    bool m_registered = false;
};

} // namespace Botdeck::Irc
