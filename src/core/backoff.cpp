#include "backoff.h"

#include <algorithm>

namespace Botdeck {

Backoff::Backoff(Duration initial, Duration maximum)
    : m_initial(std::max(Duration(1), initial))
    , m_maximum(std::max(m_initial, maximum))
    , m_random(QRandomGenerator::securelySeeded())
{ }

Backoff::Duration Backoff::next()
{
    // Doubling stops once the cap is reached, so the shift never overflows.
    const int shift = std::min(m_attempts, 30);
    ++m_attempts;
    const qint64 base = std::min<qint64>(m_maximum.count(), m_initial.count() << shift);
    const qint64 half = base / 2;
    return Duration(half + qint64(m_random.bounded(quint64(half) + 1)));
}

void Backoff::reset()
{
    m_attempts = 0;
}

} // namespace Botdeck
