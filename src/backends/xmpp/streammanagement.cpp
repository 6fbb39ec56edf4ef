#include "streammanagement.h"

namespace Botdeck::Xmpp {

bool StreamManagement::isStanza(const XmlElement &element)
{
    const QString name = element.name();
    return name == QLatin1String("message") || name == QLatin1String("presence") || name == QLatin1String("iq");
}

void StreamManagement::startOutbound()
{
    m_outboundActive = true;
    m_acked = 0;
    m_unacked.clear();
}

void StreamManagement::enabled(const QString &id, bool resumable, const QString &location, int maxSeconds)
{
    m_inboundActive = true;
    m_inbound = 0;
    m_id = id;
    m_resumable = resumable;
    m_location = location;
    m_maxSeconds = maxSeconds;
}

void StreamManagement::sent(const XmlElement &stanza)
{
    if (m_outboundActive)
        m_unacked.push_back(stanza);
}

bool StreamManagement::acknowledged(quint32 h)
{
    // Unsigned arithmetic wraps the way the counters do.
    const quint32 newlyAcked = h - m_acked;
    if (newlyAcked > m_unacked.size())
        return false;
    for (quint32 i = 0; i < newlyAcked; ++i)
        m_unacked.pop_front();
    m_acked = h;
    return true;
}

QList<XmlElement> StreamManagement::takeUnacked()
{
    QList<XmlElement> out(m_unacked.begin(), m_unacked.end());
    m_unacked.clear();
    return out;
}

void StreamManagement::suspend()
{
    m_outboundActive = false;
    m_inboundActive = false;
}

void StreamManagement::resumed()
{
    m_outboundActive = true;
    m_inboundActive = true;
}

void StreamManagement::reset()
{
    m_outboundActive = false;
    m_inboundActive = false;
    m_resumable = false;
    m_id.clear();
    m_location.clear();
    m_inbound = 0;
    m_acked = 0;
    m_unacked.clear();
}

} // namespace Botdeck::Xmpp
