#pragma once

#include "saslmechanism.h"

#include <QCryptographicHash>

namespace Botdeck::Xmpp {

// SCRAM-SHA-1 (RFC 5802) and SCRAM-SHA-256 (RFC 7677) without channel
// binding ("n,,"). The client nonce can be given for tests; otherwise it is
// 24 random bytes, base64.
class ScramMechanism : public SaslMechanism
{
public:
    enum class Hash { Sha1, Sha256 };

    ScramMechanism(Hash hash, const QString &username, const QString &password, const QByteArray &clientNonce = {});

    QString name() const override;
    QByteArray initialResponse() override;
    Result<QByteArray> respond(const QByteArray &challenge) override;
    Result<bool> verifySuccess(const QByteArray &data) override;

    // A server may ask for at most this many PBKDF2 iterations: more is a
    // way to make the client burn seconds of CPU.
    static constexpr int MaxIterations = 1000000;
    static constexpr int MinIterations = 1024;

private:
    QByteArray hmac(const QByteArray &key, const QByteArray &data) const;
    QByteArray digest(const QByteArray &data) const;

    Hash m_hash;
    QByteArray m_username;
    QByteArray m_password;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_serverSignature;
    enum class Step { Initial, Challenged, Done } m_step = Step::Initial;
};

} // namespace Botdeck::Xmpp
