#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace Botdeck::Xmpp {

// One SASL mechanism on the client side (RFC 4422), without any socket:
// the session passes the server's challenges in and writes the responses
// out. Payloads are raw bytes; base64 is the session's business.
class SaslMechanism
{
public:
    virtual ~SaslMechanism() = default;

    virtual QString name() const = 0;
    // The response sent along with <auth/>.
    virtual QByteArray initialResponse() = 0;
    // The answer to a <challenge/>, or why the server's challenge is
    // unacceptable.
    virtual Result<QByteArray> respond(const QByteArray &challenge) = 0;
    // Checks the additional data of <success/> (SCRAM's server signature,
    // which proves the server knew the password too).
    virtual Result<bool> verifySuccess(const QByteArray &data) = 0;
};

// Which mechanism to use from those the server offers, best first:
// SCRAM-SHA-256, SCRAM-SHA-1, then PLAIN, which sends the password itself:
// only when clearPasswordAllowed (the connection is encrypted, or the
// operator allowed logging in without TLS). A null pointer and a reason
// when none fits.
struct SaslChoice
{
    std::unique_ptr<SaslMechanism> mechanism;
    QString error;
};
SaslChoice chooseSaslMechanism(const QStringList &offered, bool clearPasswordAllowed, const QString &username,
                               const QString &password);

// PLAIN (RFC 4616): "\0username\0password".
class PlainMechanism : public SaslMechanism
{
public:
    PlainMechanism(const QString &username, const QString &password);

    QString name() const override { return QStringLiteral("PLAIN"); }
    QByteArray initialResponse() override;
    Result<QByteArray> respond(const QByteArray &challenge) override;
    Result<bool> verifySuccess(const QByteArray &data) override;

private:
    QString m_username;
    QString m_password;
};

// What a <failure/> condition means, in plain words.
QString describeSaslFailure(const QString &condition, const QString &text);

} // namespace Botdeck::Xmpp
