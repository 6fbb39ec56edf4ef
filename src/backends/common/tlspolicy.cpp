#include "tlspolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>

namespace Botdeck {

namespace {
// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Transport)
};

// Qt's words for a name mismatch do not say which names: the operator needs
// both to tell a wrong host setting from a server pretending to be another.
QString describeProblem(const QSslError &error, const Transport::Options &options, const QSslCertificate &peer)
{
    if (error.error() != QSslError::HostNameMismatch || peer.isNull())
        return error.errorString();
    QStringList names = peer.subjectAlternativeNames().values(QSsl::DnsEntry);
    for (const QString &commonName : peer.subjectInfo(QSslCertificate::CommonName)) {
        if (!names.contains(commonName))
            names.append(commonName);
    }
    const QString expected = options.peerName.isEmpty() ? options.host : options.peerName;
    return Tr::tr("the certificate is for the host name %1, not %2")
        .arg(names.isEmpty() ? Tr::tr("(none)") : names.join(QStringLiteral(", ")), expected);
}
} // namespace

QString normalizeFingerprint(const QString &fingerprint)
{
    QString hex = fingerprint.toLower();
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    return hex;
}

TlsVerdict judgeTlsErrors(const Transport::Options &options, const QList<QSslError> &errors,
                          const QSslCertificate &peer)
{
    QStringList problems;
    for (const QSslError &error : errors)
        problems.append(describeProblem(error, options, peer));
    const QString listed = problems.join(QStringLiteral("; "));

    if (!options.trustedFingerprint.isEmpty()) {
        const QString actual = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
        if (!peer.isNull() && actual == normalizeFingerprint(options.trustedFingerprint))
            return {true, {}};
        return {false, Tr::tr("the server's certificate (SHA-256 %1) is not the trusted one: %2").arg(actual, listed)};
    }
    if (!options.verifyCertificate) {
        return {true,
                Tr::tr("certificate verification is OFF: accepting a certificate with problems (%1); "
                       "anyone on the network path could read and change this connection")
                    .arg(listed)};
    }
    return {false,
            Tr::tr("the server's certificate cannot be trusted: %1 (to trust this certificate anyway, "
                   "pin its fingerprint)")
                .arg(listed)};
}

} // namespace Botdeck
