#include "delayeddelivery.h"

#include "namespaces.h"

namespace Botdeck::Xmpp {

Lateness classifyDelay(const XmlElement &message, const DeliveryContext &context)
{
    const XmlElement delay = message.firstChild(QStringLiteral("delay"), Ns::Delay);
    if (delay.isNull())
        return Lateness::Live;
    if (context.roomHistoryOpen || !context.streamResumed)
        return Lateness::History;
    // Only the bot's own server can have held it for the bot; anyone else
    // (a room, a sender's client) stamping a delay is telling of the past.
    const Result<Jid> stampedBy = Jid::parse(delay.attribute(QStringLiteral("from")));
    if (!stampedBy)
        return Lateness::History;
    const Jid &by = stampedBy.value();
    const bool ourServer = by.local().isEmpty() && by.resource().isEmpty() && by.domain() == context.account.domain();
    const bool ourAccount = by.resource().isEmpty() && by.bare() == context.account.bare();
    return ourServer || ourAccount ? Lateness::Redelivered : Lateness::History;
}

} // namespace Botdeck::Xmpp
