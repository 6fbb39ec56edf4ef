#pragma once

#include <QByteArray>
#include <QList>

namespace Botdeck::Irc {

// Cuts a TCP byte stream into IRC lines. Bounded on hostile input: a line
// longer than the limit is dropped up to its end (and counted) instead of
// growing the buffer without end.
class IrcLineBuffer
{
public:
    explicit IrcLineBuffer(qsizetype maxLineBytes);

    // Appends data and returns the complete lines in it, without CR LF;
    // empty lines are skipped.
    QList<QByteArray> feed(const QByteArray &data);
    // Lines dropped for being too long since the last call.
    int takeDroppedCount();
    void clear();
    qsizetype pendingBytes() const { return m_pending.size(); }

private:
    qsizetype m_maxLineBytes;
    QByteArray m_pending;
    bool m_discarding = false;
    int m_dropped = 0;
};

} // namespace Botdeck::Irc
