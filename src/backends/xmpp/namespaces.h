#pragma once

#include <QString>

// The XML namespaces of the protocols the XMPP backend speaks.
namespace Botdeck::Xmpp::Ns {

inline const QString Client = QStringLiteral("jabber:client");
inline const QString Stream = QStringLiteral("http://etherx.jabber.org/streams");
inline const QString Framing = QStringLiteral("urn:ietf:params:xml:ns:xmpp-framing");
inline const QString Tls = QStringLiteral("urn:ietf:params:xml:ns:xmpp-tls");
inline const QString Sasl = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
inline const QString Bind = QStringLiteral("urn:ietf:params:xml:ns:xmpp-bind");
inline const QString StreamErrors = QStringLiteral("urn:ietf:params:xml:ns:xmpp-streams");
inline const QString StanzaErrors = QStringLiteral("urn:ietf:params:xml:ns:xmpp-stanzas");
inline const QString StreamManagement = QStringLiteral("urn:xmpp:sm:3");
inline const QString Ping = QStringLiteral("urn:xmpp:ping");
inline const QString DiscoInfo = QStringLiteral("http://jabber.org/protocol/disco#info");
inline const QString Muc = QStringLiteral("http://jabber.org/protocol/muc");
inline const QString MucUser = QStringLiteral("http://jabber.org/protocol/muc#user");
inline const QString MucOwner = QStringLiteral("http://jabber.org/protocol/muc#owner");
inline const QString MucAdmin = QStringLiteral("http://jabber.org/protocol/muc#admin");
inline const QString DataForms = QStringLiteral("jabber:x:data");
inline const QString ConferenceInvite = QStringLiteral("jabber:x:conference");
inline const QString OccupantId = QStringLiteral("urn:xmpp:occupant-id:0");
inline const QString Delay = QStringLiteral("urn:xmpp:delay");
inline const QString StanzaId = QStringLiteral("urn:xmpp:sid:0");

} // namespace Botdeck::Xmpp::Ns
