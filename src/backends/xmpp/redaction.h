#pragma once

#include "xmlelement.h"

namespace Botdeck::Xmpp {

// The text of an element for the traffic log, with secrets taken out: SASL
// payloads (<auth/>, <challenge/>, <response/>, <success/>) and any
// <password/> (room passwords, registration).
QString redactedXml(const XmlElement &element, const QString &parentXmlns);

} // namespace Botdeck::Xmpp
