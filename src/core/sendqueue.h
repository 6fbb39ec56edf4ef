#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>

namespace Botdeck {

// The per-backend outgoing queue: a token bucket (rate per second, burst)
// in front of everything a backend sends on its own initiative or for the
// bot, so that a busy bot is never disconnected for flooding. Replies to
// people go before ordinary sends, which go before automatic queries (WHO,
// NAMES, pings of rooms).
//
// While paused (the backend is not connected) nothing is sent and nothing
// is dropped; a full queue refuses new items loudly (overflowed) instead of
// losing them silently.
class SendQueue : public QObject
{
    Q_OBJECT

public:
    enum class Priority { Reply, Normal, Background };
    Q_ENUM(Priority)

    explicit SendQueue(QObject *parent = nullptr);

    // Messages per second; 0 means no limit.
    void setRate(double perSecond);
    double rate() const;
    // How many may go at once after a quiet spell.
    void setBurst(int burst);
    int burst() const;
    // Most items held at once, across priorities.
    void setCapacity(int capacity);
    int capacity() const;

    void setPaused(bool paused);
    bool isPaused() const;

    // Returns false (and emits overflowed) when the queue is full.
    bool enqueue(Priority priority, std::function<void()> send, const QString &description = {});
    int pendingCount() const;
    int pendingCount(Priority priority) const;
    bool isFull() const { return pendingCount() >= m_capacity; }
    void clear();

Q_SIGNALS:
    void overflowed(const QString &description);
    void drained();

private:
    void pump();
    void refill();

    std::deque<std::function<void()>> m_queues[3];
    double m_rate = 0;
    int m_burst = 1;
    int m_capacity = 1000;
    double m_tokens = 1;
    bool m_paused = false;
    bool m_pumping = false;
    QElapsedTimer m_clock;
    QTimer m_timer;
};

} // namespace Botdeck
