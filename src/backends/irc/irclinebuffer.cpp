#include "irclinebuffer.h"

namespace Botdeck::Irc {

IrcLineBuffer::IrcLineBuffer(qsizetype maxLineBytes)
    : m_maxLineBytes(maxLineBytes)
{ }

QList<QByteArray> IrcLineBuffer::feed(const QByteArray &data)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype newline = data.indexOf('\n', start);
        const qsizetype end = newline < 0 ? data.size() : newline;
        if (m_discarding) {
            m_runawayBytes += end - start;
            if (newline >= 0) {
                m_discarding = false;
                m_runawayBytes = 0;
            }
        } else if (m_pending.size() + (end - start) > m_maxLineBytes + 1) {
            // + 1: the CR of a line of exactly the maximum length.
            m_discarding = newline < 0;
            m_runawayBytes = m_discarding ? m_pending.size() + (end - start) : 0;
            m_pending.clear();
            ++m_dropped;
        } else if (newline < 0) {
            m_pending.append(data.constData() + start, end - start);
        } else {
            m_pending.append(data.constData() + start, end - start);
            if (m_pending.endsWith('\r'))
                m_pending.chop(1);
            if (!m_pending.isEmpty())
                lines.append(m_pending);
            m_pending.clear();
        }
        start = end + 1;
    }
    return lines;
}

int IrcLineBuffer::takeDroppedCount()
{
    const int dropped = m_dropped;
    m_dropped = 0;
    return dropped;
}

void IrcLineBuffer::clear()
{
    m_pending.clear();
    m_discarding = false;
    m_runawayBytes = 0;
    m_dropped = 0;
}

} // namespace Botdeck::Irc
