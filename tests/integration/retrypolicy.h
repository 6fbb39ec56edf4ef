#pragma once

// The README's rule for failures retrying cannot fix by itself (a
// certificate the bot does not trust, a refused WebSocket handshake), the
// same for IRC and XMPP: the backend never gives up, its delays stay within
// the cap, and every attempt says why it failed.
#include "core/backend.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTest>

// Watches backend through `attempts` failed attempts; reason is what each
// must say, capSeconds the longest delay the test set.
inline void verifyKeepsRetrying(Botdeck::Backend &backend, const QString &reason, int attempts, double capSeconds)
{
    using Botdeck::Backend;
    QStringList retries;
    bool failed = false;
    // "… Reconnecting in 0.3 s." (IRC), "…; trying again in 0.3 s" (XMPP).
    static const QRegularExpression delay(QStringLiteral(R"( in (\d+(?:\.\d+)?) s\.?$)"));
    const QMetaObject::Connection errors
        = QObject::connect(&backend, &Backend::errorOccurred, &backend, [&](const QString &error) {
              if (delay.match(error).hasMatch())
                  retries.append(error);
          });
    const QMetaObject::Connection states
        = QObject::connect(&backend, &Backend::stateChanged, &backend, [&](Backend::State state) {
              if (state == Backend::State::Failed)
                  failed = true;
          });
    // The checks below say what went wrong when this times out.
    (void)QTest::qWaitFor([&] { return failed || retries.size() >= attempts; }, 30000);
    QObject::disconnect(errors);
    QObject::disconnect(states);
    QVERIFY2(!failed, qPrintable(retries.join(QLatin1Char('\n'))));
    QVERIFY2(retries.size() >= attempts, qPrintable(retries.join(QLatin1Char('\n'))));
    QVERIFY(backend.state() != Backend::State::Failed);
    for (const QString &retry : std::as_const(retries)) {
        QVERIFY2(retry.contains(reason), qPrintable(retry));
        QVERIFY2(delay.match(retry).captured(1).toDouble() <= capSeconds, qPrintable(retry));
    }
}
