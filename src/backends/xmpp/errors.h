#pragma once

#include "xmlelement.h"

#include <QString>

namespace Botdeck::Xmpp {

// A <stream:error/> in plain words, and whether trying again can help
// (a wrong host name or a conflict with another login cannot).
struct StreamErrorInfo
{
    QString condition;
    QString description;
    bool retry = true;
};
StreamErrorInfo describeStreamError(const XmlElement &error);

// The defined condition of a stanza of type error ("item-not-found"), empty
// when there is none.
QString stanzaErrorCondition(const XmlElement &stanza);
// "the room is members-only (registration-required): text".
QString describeStanzaError(const XmlElement &stanza);

} // namespace Botdeck::Xmpp
