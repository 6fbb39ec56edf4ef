#pragma once

#include "xmlelement.h"

#include <QList>
#include <QString>

#include <deque>

namespace Botdeck::Xmpp {

// The bookkeeping of XEP-0198 stream management, without any socket: how
// many stanzas each side has handled, which of ours the server has not yet
// acknowledged, and what is needed to resume the session after a drop.
//
// Counters wrap at 2^32 as the XEP says.
class StreamManagement
{
public:
    // Whether this element counts as a stanza (message, presence, iq).
    static bool isStanza(const XmlElement &element);

    // <enable/> went out: from now on our stanzas are counted.
    void startOutbound();
    // <enabled/> came back: from now on the server's stanzas are counted.
    void enabled(const QString &id, bool resumable, const QString &location, int maxSeconds);
    bool isActive() const { return m_outboundActive; }
    bool canResume() const { return m_resumable && !m_id.isEmpty(); }
    QString resumptionId() const { return m_id; }
    QString location() const { return m_location; }

    void countInbound()
    {
        if (m_inboundActive)
            ++m_inbound;
    }
    quint32 inboundCount() const { return m_inbound; }
    // Remembers a stanza we sent until the server acknowledges it.
    void sent(const XmlElement &stanza);
    // The server has handled h of our stanzas; returns false when h is
    // impossible (more than we sent), which is a protocol error.
    bool acknowledged(quint32 h);
    qsizetype unackedCount() const { return qsizetype(m_unacked.size()); }
    // What the server never confirmed, oldest first, handed over to be sent
    // again after a resumption (they follow its <resumed h/>) or in a fresh
    // session; sending them counts them anew.
    QList<XmlElement> takeUnacked();

    // The connection dropped: stop counting until resumed or restarted,
    // but keep what resumption needs.
    void suspend();
    // Resumption succeeded: counting goes on where it stopped.
    void resumed();
    // Start over (a fresh session, or resumption refused).
    void reset();

private:
    bool m_outboundActive = false;
    bool m_inboundActive = false;
    bool m_resumable = false;
    QString m_id;
    QString m_location;
    int m_maxSeconds = 0;
    quint32 m_inbound = 0;
    quint32 m_acked = 0; // the last h the server sent
    std::deque<XmlElement> m_unacked;
};

} // namespace Botdeck::Xmpp
