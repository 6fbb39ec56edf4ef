#pragma once

#include "transport.h"

#include <QList>
#include <QSslError>

namespace Botdeck {

// The one place that decides whether certificate problems are acceptable,
// shared by the socket and WebSocket transports.
struct TlsVerdict
{
    bool accept = false;
    QString message; // the error when refused, the warning when accepted despite problems
};

TlsVerdict judgeTlsErrors(const Transport::Options &options, const QList<QSslError> &errors,
                          const QSslCertificate &peer);
// "AB:CD:..." or "abcd..." to lower-case hex without separators.
QString normalizeFingerprint(const QString &fingerprint);

} // namespace Botdeck
