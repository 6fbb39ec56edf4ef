// The outgoing token bucket: priority order, FIFO within a priority, burst
// then pacing at the rate, pause keeps and clear drops, capacity refuses
// loudly, drained once empty, sends that enqueue more are not nested.
#include "core/sendqueue.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using Botdeck::SendQueue;
using Priority = SendQueue::Priority;

class TestSendQueue : public QObject
{
    Q_OBJECT

private:
    // Queues a send that records its name.
    static bool push(SendQueue &queue, QStringList &sent, Priority priority, const QString &name)
    {
        return queue.enqueue(
            priority, [&sent, name] { sent.append(name); }, name);
    }

private Q_SLOTS:
    void defaults()
    {
        SendQueue queue;
        QCOMPARE(queue.rate(), 0.0);
        QCOMPARE(queue.burst(), 1);
        QCOMPARE(queue.capacity(), 1000);
        QVERIFY(!queue.isPaused());
        QCOMPARE(queue.pendingCount(), 0);
        QVERIFY(!queue.isFull());
        // Nonsense settings are clamped, not taken.
        queue.setRate(-5);
        QCOMPARE(queue.rate(), 0.0);
        queue.setBurst(0);
        QCOMPARE(queue.burst(), 1);
        queue.setCapacity(-1);
        QCOMPARE(queue.capacity(), 1);
    }

    void unlimitedSendsAtOnce()
    {
        SendQueue queue;
        QStringList sent;
        QSignalSpy drained(&queue, &SendQueue::drained);
        QVERIFY(push(queue, sent, Priority::Normal, QStringLiteral("a")));
        QCOMPARE(sent, QStringList{QStringLiteral("a")});
        QCOMPARE(queue.pendingCount(), 0);
        QCOMPARE(drained.count(), 1);
    }

    void repliesGoFirstThenNormalThenBackground()
    {
        SendQueue queue;
        queue.setPaused(true);
        QStringList sent;
        push(queue, sent, Priority::Background, QStringLiteral("who1"));
        push(queue, sent, Priority::Normal, QStringLiteral("say1"));
        push(queue, sent, Priority::Reply, QStringLiteral("reply1"));
        push(queue, sent, Priority::Background, QStringLiteral("who2"));
        push(queue, sent, Priority::Reply, QStringLiteral("reply2"));
        push(queue, sent, Priority::Normal, QStringLiteral("say2"));
        QVERIFY(sent.isEmpty());
        QCOMPARE(queue.pendingCount(), 6);
        QCOMPARE(queue.pendingCount(Priority::Reply), 2);
        QCOMPARE(queue.pendingCount(Priority::Normal), 2);
        QCOMPARE(queue.pendingCount(Priority::Background), 2);

        QSignalSpy drained(&queue, &SendQueue::drained);
        queue.setPaused(false);
        QCOMPARE(sent,
                 (QStringList{QStringLiteral("reply1"), QStringLiteral("reply2"), QStringLiteral("say1"),
                              QStringLiteral("say2"), QStringLiteral("who1"), QStringLiteral("who2")}));
        QCOMPARE(queue.pendingCount(), 0);
        QCOMPARE(drained.count(), 1);
    }

    void burstThenPacedAtTheRate()
    {
        SendQueue queue;
        queue.setRate(20); // one every 50 ms
        queue.setBurst(3);
        queue.setPaused(true);
        QStringList sent;
        for (int i = 0; i < 5; ++i)
            push(queue, sent, Priority::Normal, QString::number(i));
        QElapsedTimer clock;
        clock.start();
        QSignalSpy drained(&queue, &SendQueue::drained);
        queue.setPaused(false);
        // A full bucket lets the burst go at once, and no more.
        QCOMPARE(sent.size(), 3);
        QCOMPARE(queue.pendingCount(), 2);
        QCOMPARE(drained.count(), 0);
        // The rest follow at the rate, in order.
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 4, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 5, 5000);
        QCOMPARE(sent,
                 (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                              QStringLiteral("4")}));
        // Two more tokens take at least 2 × 50 ms to come back (a lower bound
        // only: a busy machine can only make it slower).
        QVERIFY2(clock.elapsed() >= 95, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(drained.count(), 1);
    }

    void tokensRunOutAfterABurst()
    {
        SendQueue queue;
        queue.setRate(1); // one a second: nothing refills during the test
        queue.setBurst(2);
        QStringList sent;
        push(queue, sent, Priority::Reply, QStringLiteral("a"));
        push(queue, sent, Priority::Reply, QStringLiteral("b"));
        push(queue, sent, Priority::Reply, QStringLiteral("c"));
        QCOMPARE(sent, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(queue.pendingCount(), 1);
        // Lifting the limit lets the rest go at once.
        queue.setRate(0);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(queue.pendingCount(), 0);
    }

    void pausedKeepsEverything()
    {
        SendQueue queue;
        queue.setRate(1000);
        queue.setBurst(10);
        queue.setPaused(true);
        QVERIFY(queue.isPaused());
        QStringList sent;
        push(queue, sent, Priority::Normal, QStringLiteral("a"));
        push(queue, sent, Priority::Normal, QStringLiteral("b"));
        QVERIFY(sent.isEmpty());
        QCOMPARE(queue.pendingCount(), 2);
        // Pausing again changes nothing; resuming sends what was kept.
        queue.setPaused(true);
        QCOMPARE(queue.pendingCount(), 2);
        queue.setPaused(false);
        QCOMPARE(sent, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    void pausingStopsTheTimer()
    {
        SendQueue queue;
        queue.setRate(50); // one every 20 ms
        queue.setBurst(1);
        QStringList sent;
        push(queue, sent, Priority::Normal, QStringLiteral("a"));
        push(queue, sent, Priority::Normal, QStringLiteral("b"));
        QCOMPARE(sent.size(), 1);
        queue.setPaused(true);
        // A second queue at the same pace is the clock: once its own paced
        // send has gone, the first queue's timer would have fired too.
        SendQueue reference;
        reference.setRate(50);
        reference.setBurst(1);
        QStringList referenceSent;
        push(reference, referenceSent, Priority::Normal, QStringLiteral("x"));
        push(reference, referenceSent, Priority::Normal, QStringLiteral("y"));
        QTRY_COMPARE_WITH_TIMEOUT(referenceSent.size(), 2, 5000);
        // The paced send waits for the queue to resume, however long.
        QCOMPARE(sent.size(), 1);
        QCOMPARE(queue.pendingCount(), 1);
        queue.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, 5000);
    }

    void clearDropsEverythingQueued()
    {
        SendQueue queue;
        queue.setRate(20);
        queue.setBurst(1);
        QStringList sent;
        push(queue, sent, Priority::Normal, QStringLiteral("a"));
        push(queue, sent, Priority::Normal, QStringLiteral("dropped1"));
        push(queue, sent, Priority::Reply, QStringLiteral("dropped2"));
        QCOMPARE(sent, QStringList{QStringLiteral("a")});
        queue.clear();
        QCOMPARE(queue.pendingCount(), 0);
        QCOMPARE(queue.pendingCount(Priority::Reply), 0);
        // What comes next is sent once a token is back, and nothing that was
        // cleared comes with it.
        push(queue, sent, Priority::Normal, QStringLiteral("marker"));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 2, 5000);
        QCOMPARE(sent, (QStringList{QStringLiteral("a"), QStringLiteral("marker")}));
    }

    void fullQueueRefusesLoudly()
    {
        SendQueue queue;
        queue.setCapacity(2);
        queue.setPaused(true);
        QSignalSpy overflowed(&queue, &SendQueue::overflowed);
        QStringList sent;
        QVERIFY(push(queue, sent, Priority::Background, QStringLiteral("a")));
        QVERIFY(!queue.isFull());
        QVERIFY(push(queue, sent, Priority::Reply, QStringLiteral("b")));
        QVERIFY(queue.isFull());
        // Across priorities: a reply is refused too.
        QVERIFY(!push(queue, sent, Priority::Reply, QStringLiteral("refused")));
        QCOMPARE(overflowed.count(), 1);
        QCOMPARE(overflowed.at(0).at(0).toString(), QStringLiteral("refused"));
        QCOMPARE(queue.pendingCount(), 2);
        queue.setPaused(false);
        QCOMPARE(sent, (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        QVERIFY(!queue.isFull());
    }

    void sendsThatQueueMoreAreNotNested()
    {
        SendQueue queue;
        QStringList events;
        queue.enqueue(Priority::Normal, [&] {
            events.append(QStringLiteral("first begins"));
            queue.enqueue(Priority::Reply, [&] { events.append(QStringLiteral("second")); });
            events.append(QStringLiteral("first ends"));
        });
        QCOMPARE(events,
                 (QStringList{QStringLiteral("first begins"), QStringLiteral("first ends"), QStringLiteral("second")}));
        QCOMPARE(queue.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSendQueue)
#include "tst_sendqueue.moc"
