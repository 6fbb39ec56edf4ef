#include "tlspolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>

namespace Botdeck {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Botdeck::Transport", text);
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
        problems.append(error.errorString());
    const QString listed = problems.join(QStringLiteral("; "));

    if (!options.trustedFingerprint.isEmpty()) {
        const QString actual = QString::fromLatin1(peer.digest(QCryptographicHash::Sha256).toHex());
        if (!peer.isNull() && actual == normalizeFingerprint(options.trustedFingerprint))
            return {true, {}};
        return {false, tr("the server's certificate (SHA-256 %1) is not the trusted one: %2").arg(actual, listed)};
    }
    if (!options.verifyCertificate) {
        return {true,
                tr("certificate verification is OFF: accepting a certificate with problems (%1); "
                   "anyone on the network path could read and change this connection")
                    .arg(listed)};
    }
    return {false,
            tr("the server's certificate cannot be trusted: %1 (to trust this certificate anyway, "
               "pin its fingerprint)")
                .arg(listed)};
}

} // namespace Botdeck
