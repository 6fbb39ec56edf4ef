#include "scrammechanism.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Botdeck::Xmpp {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Xmpp::Sasl)
};

// RFC 5802 5.1: "=" and "," in the user name are escaped.
QByteArray escapeName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace('=', "=3D");
    out.replace(',', "=2C");
    return out;
}

// "a=1,b=2" to its attributes; one letter each, the value is the rest.
QHash<char, QByteArray> attributesOf(const QByteArray &message)
{
    QHash<char, QByteArray> out;
    const QList<QByteArray> parts = message.split(',');
    for (const QByteArray &part : parts) {
        if (part.size() >= 2 && part.at(1) == '=' && !out.contains(part.at(0)))
            out.insert(part.at(0), part.mid(2));
    }
    return out;
}

QByteArray xorBytes(const QByteArray &a, const QByteArray &b)
{
    QByteArray out(a.size(), '\0');
    for (qsizetype i = 0; i < a.size() && i < b.size(); ++i)
        out[i] = char(a.at(i) ^ b.at(i));
    return out;
}

} // namespace

ScramMechanism::ScramMechanism(Hash hash, const QString &username, const QString &password,
                               const QByteArray &clientNonce)
    : m_hash(hash)
    , m_username(escapeName(username))
    , m_password(password.toUtf8())
    , m_clientNonce(clientNonce)
{
    if (m_clientNonce.isEmpty()) {
        QByteArray random(24, '\0');
        for (char &c : random)
            c = char(QRandomGenerator::system()->bounded(256));
        m_clientNonce = random.toBase64();
    }
}

QString ScramMechanism::name() const
{
    return m_hash == Hash::Sha256 ? QStringLiteral("SCRAM-SHA-256") : QStringLiteral("SCRAM-SHA-1");
}

QByteArray ScramMechanism::initialResponse()
{
    m_clientFirstBare = "n=" + m_username + ",r=" + m_clientNonce;
    m_step = Step::Initial;
    return "n,," + m_clientFirstBare;
}

Result<QByteArray> ScramMechanism::respond(const QByteArray &challenge)
{
    using R = Result<QByteArray>;
    if (m_step != Step::Initial)
        return R::failure(Tr::tr("the server sent an unexpected second SCRAM challenge"));
    m_step = Step::Challenged;
    if (challenge.size() > 4096)
        return R::failure(Tr::tr("the server's SCRAM challenge is implausibly long"));
    const QHash<char, QByteArray> attributes = attributesOf(challenge);
    if (attributes.contains('m'))
        return R::failure(Tr::tr("the server asks for a SCRAM extension Botdeck does not know"));
    const QByteArray nonce = attributes.value('r');
    const QByteArray salt = QByteArray::fromBase64(attributes.value('s'));
    bool ok = false;
    const int iterations = attributes.value('i').toInt(&ok);
    if (!nonce.startsWith(m_clientNonce) || nonce.size() <= m_clientNonce.size())
        return R::failure(Tr::tr("the server's SCRAM nonce does not extend ours (a replayed or forged answer?)"));
    if (salt.isEmpty())
        return R::failure(Tr::tr("the server's SCRAM challenge has no salt"));
    if (!ok || iterations < MinIterations || iterations > MaxIterations)
        return R::failure(Tr::tr("the server asks for %1 SCRAM iterations; Botdeck accepts %2 to %3")
                              .arg(QString::fromLatin1(attributes.value('i')))
                              .arg(MinIterations)
                              .arg(MaxIterations));

    const QCryptographicHash::Algorithm algorithm
        = m_hash == Hash::Sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1;
    const int keyLength = m_hash == Hash::Sha256 ? 32 : 20;
    // Passwords are used as UTF-8 without SASLprep: the same for ASCII,
    // which is what servers see in practice.
    const QByteArray saltedPassword
        = QPasswordDigestor::deriveKeyPbkdf2(algorithm, m_password, salt, iterations, quint64(keyLength));
    const QByteArray clientKey = hmac(saltedPassword, "Client Key");
    const QByteArray storedKey = digest(clientKey);
    const QByteArray clientFinalWithoutProof = "c=biws,r=" + nonce;
    const QByteArray authMessage = m_clientFirstBare + ',' + challenge + ',' + clientFinalWithoutProof;
    const QByteArray clientSignature = hmac(storedKey, authMessage);
    const QByteArray proof = xorBytes(clientKey, clientSignature);
    const QByteArray serverKey = hmac(saltedPassword, "Server Key");
    m_serverSignature = hmac(serverKey, authMessage);
    return clientFinalWithoutProof + ",p=" + proof.toBase64();
}

Result<bool> ScramMechanism::verifySuccess(const QByteArray &data)
{
    using R = Result<bool>;
    if (m_step != Step::Challenged)
        return R::failure(Tr::tr("the server accepted the SCRAM login before it was complete"));
    m_step = Step::Done;
    const QHash<char, QByteArray> attributes = attributesOf(data);
    if (attributes.contains('e'))
        return R::failure(Tr::tr("the server reports a SCRAM error: %1").arg(QString::fromUtf8(attributes.value('e'))));
    if (QByteArray::fromBase64(attributes.value('v')) != m_serverSignature || m_serverSignature.isEmpty())
        return R::failure(Tr::tr("the server could not prove that it knows the password (SCRAM server signature "
                                 "mismatch): it may be an impostor"));
    return true;
}

QByteArray ScramMechanism::hmac(const QByteArray &key, const QByteArray &data) const
{
    return QMessageAuthenticationCode::hash(
        data, key, m_hash == Hash::Sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1);
}

QByteArray ScramMechanism::digest(const QByteArray &data) const
{
    return QCryptographicHash::hash(data,
                                    m_hash == Hash::Sha256 ? QCryptographicHash::Sha256 : QCryptographicHash::Sha1);
}

} // namespace Botdeck::Xmpp
