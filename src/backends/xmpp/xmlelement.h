#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace Botdeck::Xmpp {

// One XML element of a stanza, as the stream parser hands it over and as
// the session builds what it sends: a small DOM-like value type. Character
// data directly under the element is kept as one text; XMPP stanzas do not
// use mixed content where the order of text and children matters.
class XmlElement
{
public:
    using Attribute = std::pair<QString, QString>;

    XmlElement() = default;
    explicit XmlElement(const QString &name, const QString &xmlns = {});

    bool isNull() const { return m_name.isEmpty(); }
    QString name() const { return m_name; }
    QString xmlns() const { return m_xmlns; }
    bool is(QLatin1String name, QLatin1String xmlns) const { return m_name == name && m_xmlns == xmlns; }

    QString attribute(const QString &name) const;
    bool hasAttribute(const QString &name) const;
    QList<Attribute> attributes() const { return m_attributes; }
    // Sets or replaces; an empty value still writes the attribute.
    XmlElement &setAttribute(const QString &name, const QString &value);

    QString text() const { return m_text; }
    XmlElement &setText(const QString &text);
    void appendText(QStringView text) { m_text += text; }

    QList<XmlElement> children() const { return m_children; }
    // The first child with this name (and namespace, when given); a null
    // element when there is none.
    XmlElement firstChild(const QString &name, const QString &xmlns = {}) const;
    QList<XmlElement> childrenNamed(const QString &name, const QString &xmlns = {}) const;
    bool hasChild(const QString &name, const QString &xmlns = {}) const { return !firstChild(name, xmlns).isNull(); }
    QString childText(const QString &name, const QString &xmlns = {}) const { return firstChild(name, xmlns).text(); }
    XmlElement &appendChild(XmlElement child);

    // Serialises; xmlns is written where it differs from the parent's
    // namespace (parentXmlns), so a stanza written inside a jabber:client
    // stream carries no redundant declarations.
    QString toXml(const QString &parentXmlns = {}) const;

    friend bool operator==(const XmlElement &a, const XmlElement &b);
    friend bool operator!=(const XmlElement &a, const XmlElement &b) { return !(a == b); }

private:
    void write(QString &out, const QString &parentXmlns) const;

    QString m_name;
    QString m_xmlns;
    QList<Attribute> m_attributes;
    QString m_text;
    QList<XmlElement> m_children;
};

// Escapes text for use in XML character data and attribute values.
QString escapeXml(QStringView text);

} // namespace Botdeck::Xmpp

Q_DECLARE_METATYPE(Botdeck::Xmpp::XmlElement)
