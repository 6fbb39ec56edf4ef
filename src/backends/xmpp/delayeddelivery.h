#pragma once

#include "jid.h"
#include "xmlelement.h"

namespace Botdeck::Xmpp {

// What a message's <delay/> (XEP-0203) says about it. A room replays its
// history on join, before the subject (XEP-0045 7.2.15-16), stamped by the
// room; a server that held a live stanza for the account while its link
// was down (XEP-0198 resumption) stamps it with its own domain (ejabberd,
// "Resent") or with the account's bare JID (Prosody). History never runs
// commands; a redelivered stanza is live, only late.
enum class Lateness { Live, History, Redelivered };

struct DeliveryContext
{
    // The bot's bound JID.
    Jid account;
    // The session now running was resumed, not opened afresh.
    bool streamResumed = false;
    // The message comes from a room the bot joined that has not sent its
    // subject since: the history window.
    bool roomHistoryOpen = false;
};

Lateness classifyDelay(const XmlElement &message, const DeliveryContext &context);

} // namespace Botdeck::Xmpp
