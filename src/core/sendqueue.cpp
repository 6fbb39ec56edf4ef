#include "sendqueue.h"

#include <cmath>

namespace Botdeck {

SendQueue::SendQueue(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SendQueue::pump);
    m_clock.start();
}

void SendQueue::setRate(double perSecond)
{
    m_rate = std::max(0.0, perSecond);
    pump();
}

double SendQueue::rate() const
{
    return m_rate;
}

void SendQueue::setBurst(int burst)
{
    m_burst = std::max(1, burst);
    m_tokens = m_burst; // a bucket starts full
}

int SendQueue::burst() const
{
    return m_burst;
}

void SendQueue::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
}

int SendQueue::capacity() const
{
    return m_capacity;
}

void SendQueue::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_timer.stop();
    else
        pump();
}

bool SendQueue::isPaused() const
{
    return m_paused;
}

bool SendQueue::enqueue(Priority priority, std::function<void()> send, const QString &description)
{
    if (pendingCount() >= m_capacity) {
        Q_EMIT overflowed(description);
        return false;
    }
    m_queues[int(priority)].push_back(std::move(send));
    pump();
    return true;
}

int SendQueue::pendingCount() const
{
    return int(m_queues[0].size() + m_queues[1].size() + m_queues[2].size());
}

int SendQueue::pendingCount(Priority priority) const
{
    return int(m_queues[int(priority)].size());
}

void SendQueue::clear()
{
    for (auto &queue : m_queues)
        queue.clear();
    m_timer.stop();
}

void SendQueue::refill()
{
    const qint64 elapsed = m_clock.restart();
    m_tokens = std::min(double(m_burst), m_tokens + m_rate * double(elapsed) / 1000.0);
}

void SendQueue::pump()
{
    // A send may enqueue more (a backend splitting a line); the outer call
    // keeps going, so no recursion is needed.
    if (m_pumping)
        return;
    m_pumping = true;
    bool sentAny = false;
    while (!m_paused && pendingCount() > 0) {
        if (m_rate > 0) {
            refill();
            if (m_tokens < 1) {
                const double wait = (1 - m_tokens) / m_rate * 1000.0;
                m_timer.start(std::max(1, int(std::ceil(wait))));
                break;
            }
            m_tokens -= 1;
        }
        for (auto &queue : m_queues) {
            if (queue.empty())
                continue;
            std::function<void()> send = std::move(queue.front());
            queue.pop_front();
            send();
            sentAny = true;
            break;
        }
    }
    m_pumping = false;
    if (sentAny && pendingCount() == 0)
        Q_EMIT drained();
}

} // namespace Botdeck
