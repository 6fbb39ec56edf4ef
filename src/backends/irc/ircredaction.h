#pragma once

#include "ircmessage.h"

#include <QString>

namespace Botdeck::Irc {

// What the traffic log shows for a line we send (text, as serialized):
// PASS, AUTHENTICATE payloads and NickServ passwords hidden.
QString redactedOutgoing(const IrcMessage &message, const QString &text);

} // namespace Botdeck::Irc
