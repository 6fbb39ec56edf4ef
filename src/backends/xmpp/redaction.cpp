#include "redaction.h"

#include "namespaces.h"

namespace Botdeck::Xmpp {

namespace {

const QString Redacted = QStringLiteral("[redacted]");

XmlElement redacted(const XmlElement &element, bool inSasl)
{
    XmlElement copy(element.name(), element.xmlns());
    for (const XmlElement::Attribute &attribute : element.attributes())
        copy.setAttribute(attribute.first, attribute.second);
    const bool sasl = inSasl || element.xmlns() == Ns::Sasl;
    const bool secret = sasl || element.name() == QLatin1String("password");
    if (!element.text().isEmpty())
        copy.setText(secret ? Redacted : element.text());
    const QList<XmlElement> children = element.children();
    for (const XmlElement &child : children)
        copy.appendChild(redacted(child, sasl));
    return copy;
}

} // namespace

QString redactedXml(const XmlElement &element, const QString &parentXmlns)
{
    return redacted(element, false).toXml(parentXmlns);
}

} // namespace Botdeck::Xmpp
