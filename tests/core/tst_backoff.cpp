// Reconnection delays: doubling from the initial delay up to the cap, each
// delay jittered within the upper half of its base, reset to the start.
#include "core/backoff.h"

#include <QTest>

using Botdeck::Backoff;
using Ms = Backoff::Duration;

class TestBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void growsByDoublingWithinTheUpperHalf()
    {
        Backoff backoff(Ms(1000), Ms(120000));
        backoff.setSeed(1);
        QCOMPARE(backoff.attempts(), 0);
        qint64 base = 1000;
        for (int attempt = 1; attempt <= 7; ++attempt) {
            const Ms delay = backoff.next();
            QCOMPARE(backoff.attempts(), attempt);
            QVERIFY2(
                delay.count() >= base / 2 && delay.count() <= base,
                qPrintable(QStringLiteral("attempt %1: %2 ms, base %3").arg(attempt).arg(delay.count()).arg(base)));
            base *= 2;
        }
    }

    void stopsAtTheCap()
    {
        Backoff backoff(Ms(1000), Ms(10000));
        backoff.setSeed(2);
        for (int i = 0; i < 4; ++i)
            backoff.next(); // 1, 2, 4, 8 s
        // 16 s and beyond are held at 10 s, also after very many attempts
        // (the doubling must not overflow into nonsense).
        for (int i = 0; i < 100; ++i) {
            const Ms delay = backoff.next();
            QVERIFY2(delay >= Ms(5000) && delay <= Ms(10000), qPrintable(QString::number(delay.count())));
        }
        QCOMPARE(backoff.attempts(), 104);
    }

    void jitterSpreadsTheDelays()
    {
        // Many bots dropped at once must not come back in lockstep: delays
        // of one step vary, and cover much of [base/2, base].
        qint64 lowest = std::numeric_limits<qint64>::max();
        qint64 highest = 0;
        for (quint32 seed = 0; seed < 200; ++seed) {
            Backoff backoff(Ms(1000), Ms(1000));
            backoff.setSeed(seed);
            const qint64 delay = backoff.next().count();
            QVERIFY(delay >= 500 && delay <= 1000);
            lowest = std::min(lowest, delay);
            highest = std::max(highest, delay);
        }
        QVERIFY2(lowest < 600 && highest > 900, qPrintable(QStringLiteral("%1..%2").arg(lowest).arg(highest)));
    }

    void sameSeedSameDelays()
    {
        Backoff a(Ms(100), Ms(100000));
        Backoff b(Ms(100), Ms(100000));
        a.setSeed(42);
        b.setSeed(42);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(a.next(), b.next());
    }

    void resetStartsAgain()
    {
        Backoff backoff(Ms(1000), Ms(120000));
        backoff.setSeed(3);
        for (int i = 0; i < 6; ++i)
            backoff.next();
        QVERIFY(backoff.next() >= Ms(32000));
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        const Ms first = backoff.next();
        QVERIFY2(first >= Ms(500) && first <= Ms(1000), qPrintable(QString::number(first.count())));
        QCOMPARE(backoff.attempts(), 1);
    }

    void nonsenseLimitsAreClamped()
    {
        // A zero initial delay would never grow; a cap below it is raised.
        Backoff zero(Ms(0), Ms(0));
        zero.setSeed(4);
        for (int i = 0; i < 5; ++i) {
            const Ms delay = zero.next();
            QVERIFY(delay >= Ms(0) && delay <= Ms(1));
        }
        Backoff inverted(Ms(4000), Ms(1000));
        inverted.setSeed(5);
        for (int i = 0; i < 5; ++i) {
            const Ms delay = inverted.next();
            QVERIFY2(delay >= Ms(2000) && delay <= Ms(4000), qPrintable(QString::number(delay.count())));
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
