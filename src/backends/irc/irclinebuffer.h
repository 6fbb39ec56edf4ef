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
    // How far the overlong line being dropped has run so far (0 when none):
    // a stream that never ends its line is no IRC server, whatever it says.
    qsizetype runawayBytes() const { return m_runawayBytes; }

private:
    qsizetype m_maxLineBytes;
    QByteArray m_pending;
    bool m_discarding = false;
    qsizetype m_runawayBytes = 0;
    int m_dropped = 0;
};

} // namespace Botdeck::Irc
