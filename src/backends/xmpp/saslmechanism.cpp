#include "saslmechanism.h"

#include "scrammechanism.h"

#include <QCoreApplication>

namespace Botdeck::Xmpp {

namespace {
// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Xmpp::Sasl)
};
} // namespace

SaslChoice chooseSaslMechanism(const QStringList &offered, bool clearPasswordAllowed, const QString &username,
                               const QString &password)
{
    if (offered.contains(QLatin1String("SCRAM-SHA-256")))
        return {std::make_unique<ScramMechanism>(ScramMechanism::Hash::Sha256, username, password), {}};
    if (offered.contains(QLatin1String("SCRAM-SHA-1")))
        return {std::make_unique<ScramMechanism>(ScramMechanism::Hash::Sha1, username, password), {}};
    if (offered.contains(QLatin1String("PLAIN"))) {
        if (clearPasswordAllowed)
            return {std::make_unique<PlainMechanism>(username, password), {}};
        return {nullptr,
                Tr::tr("the server only offers to take the password in clear text (PLAIN) over an "
                       "unencrypted connection; refusing to send it")};
    }
    return {nullptr,
            Tr::tr("the server offers no login method Botdeck supports (it offers: %1)")
                .arg(offered.isEmpty() ? Tr::tr("none") : offered.join(QStringLiteral(", ")))};
}

PlainMechanism::PlainMechanism(const QString &username, const QString &password)
    : m_username(username)
    , m_password(password)
{ }

QByteArray PlainMechanism::initialResponse()
{
    return '\0' + m_username.toUtf8() + '\0' + m_password.toUtf8();
}

Result<QByteArray> PlainMechanism::respond(const QByteArray &)
{
    return Result<QByteArray>::failure(Tr::tr("the server sent a challenge to a PLAIN login"));
}

Result<bool> PlainMechanism::verifySuccess(const QByteArray &)
{
    return true;
}

QString describeSaslFailure(const QString &condition, const QString &text)
{
    QString words;
    if (condition == QLatin1String("not-authorized"))
        words = Tr::tr("wrong user name or password");
    else if (condition == QLatin1String("account-disabled"))
        words = Tr::tr("the account is disabled");
    else if (condition == QLatin1String("credentials-expired"))
        words = Tr::tr("the password has expired");
    else if (condition == QLatin1String("encryption-required"))
        words = Tr::tr("the server requires an encrypted connection for this login method");
    else if (condition == QLatin1String("invalid-authzid") || condition == QLatin1String("invalid-mechanism"))
        words = Tr::tr("the server refused the login method (%1)").arg(condition);
    else if (condition == QLatin1String("mechanism-too-weak"))
        words = Tr::tr("the server considers the login method too weak");
    else if (condition == QLatin1String("malformed-request"))
        words = Tr::tr("the server could not understand the login request");
    else if (condition == QLatin1String("temporary-auth-failure"))
        words = Tr::tr("the server could not log us in right now (temporary failure)");
    else if (condition == QLatin1String("aborted"))
        words = Tr::tr("the login was aborted");
    else
        words = Tr::tr("the login failed (%1)").arg(condition.isEmpty() ? Tr::tr("no reason given") : condition);
    return text.isEmpty() ? words : Tr::tr("%1: %2").arg(words, text);
}

} // namespace Botdeck::Xmpp
