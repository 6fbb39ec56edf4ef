#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace Botdeck {

// Delays between reconnection attempts: exponential growth from initial to
// maximum, with full jitter on the upper half so that many bots dropped by
// the same server outage do not come back in lockstep.
class Backoff
{
public:
    using Duration = std::chrono::milliseconds;

    explicit Backoff(Duration initial = Duration(1000), Duration maximum = Duration(120000));

    // The delay before the next attempt; each call doubles the base.
    Duration next();
    // After a connection that held: start again from the initial delay.
    void reset();
    int attempts() const { return m_attempts; }

    void setSeed(quint32 seed) { m_random.seed(seed); }

private:
    Duration m_initial;
    Duration m_maximum;
    int m_attempts = 0;
    QRandomGenerator m_random;
};

} // namespace Botdeck
