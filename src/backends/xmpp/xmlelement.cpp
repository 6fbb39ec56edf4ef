#include "xmlelement.h"

namespace Botdeck::Xmpp {

XmlElement::XmlElement(const QString &name, const QString &xmlns)
    : m_name(name)
    , m_xmlns(xmlns)
{ }

QString XmlElement::attribute(const QString &name) const
{
    for (const Attribute &attribute : m_attributes) {
        if (attribute.first == name)
            return attribute.second;
    }
    return {};
}

bool XmlElement::hasAttribute(const QString &name) const
{
    for (const Attribute &attribute : m_attributes) {
        if (attribute.first == name)
            return true;
    }
    return false;
}

XmlElement &XmlElement::setAttribute(const QString &name, const QString &value)
{
    for (Attribute &attribute : m_attributes) {
        if (attribute.first == name) {
            attribute.second = value;
            return *this;
        }
    }
    m_attributes.append({name, value});
    return *this;
}

XmlElement &XmlElement::setText(const QString &text)
{
    m_text = text;
    return *this;
}

XmlElement XmlElement::firstChild(const QString &name, const QString &xmlns) const
{
    for (const XmlElement &child : m_children) {
        if (child.m_name == name && (xmlns.isEmpty() || child.m_xmlns == xmlns))
            return child;
    }
    return {};
}

QList<XmlElement> XmlElement::childrenNamed(const QString &name, const QString &xmlns) const
{
    QList<XmlElement> found;
    for (const XmlElement &child : m_children) {
        if (child.m_name == name && (xmlns.isEmpty() || child.m_xmlns == xmlns))
            found.append(child);
    }
    return found;
}

XmlElement &XmlElement::appendChild(XmlElement child)
{
    m_children.append(std::move(child));
    return *this;
}

QString XmlElement::toXml(const QString &parentXmlns) const
{
    QString out;
    write(out, parentXmlns);
    return out;
}

void XmlElement::write(QString &out, const QString &parentXmlns) const
{
    out += u'<';
    out += m_name;
    if (m_xmlns != parentXmlns && !m_xmlns.isEmpty()) {
        out += QLatin1String(" xmlns='");
        out += escapeXml(m_xmlns);
        out += u'\'';
    }
    for (const Attribute &attribute : m_attributes) {
        out += u' ';
        out += attribute.first;
        out += QLatin1String("='");
        out += escapeXml(attribute.second);
        out += u'\'';
    }
    if (m_text.isEmpty() && m_children.isEmpty()) {
        out += QLatin1String("/>");
        return;
    }
    out += u'>';
    out += escapeXml(m_text);
    const QString &inner = m_xmlns.isEmpty() ? parentXmlns : m_xmlns;
    for (const XmlElement &child : m_children)
        child.write(out, inner);
    out += QLatin1String("</");
    out += m_name;
    out += u'>';
}

bool operator==(const XmlElement &a, const XmlElement &b)
{
    return a.m_name == b.m_name && a.m_xmlns == b.m_xmlns && a.m_attributes == b.m_attributes && a.m_text == b.m_text
        && a.m_children == b.m_children;
}

QString escapeXml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '\'':
            out += QLatin1String("&apos;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace Botdeck::Xmpp
