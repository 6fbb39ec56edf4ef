#include "streamparser.h"

#include <QCoreApplication>

namespace Botdeck::Xmpp {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Xmpp::StreamParser)
};

const QString StreamsNs = QStringLiteral("http://etherx.jabber.org/streams");
const QString FramingNs = QStringLiteral("urn:ietf:params:xml:ns:xmpp-framing");

} // namespace

StreamParser::StreamParser(Framing framing, Limits limits)
    : m_framing(framing)
    , m_limits(limits)
{
    reset();
}

StreamParser::~StreamParser() = default;

void StreamParser::reset()
{
    m_reader = std::make_unique<QXmlStreamReader>();
    m_reader->setNamespaceProcessing(true);
    m_stack.clear();
    m_depth = 0;
    m_unitsFed = 0;
    m_boundary = 0;
    m_utf8.reset();
    m_error.clear();
}

QList<StreamEvent> StreamParser::feed(const QByteArray &data)
{
    QList<StreamEvent> events;
    if (hasError())
        return events;
    if (m_framing == Framing::Messages) {
        // One document per message: a fresh reader for each.
        if (data.size() > m_limits.maxStanzaSize) {
            fail(Tr::tr("a message of %1 bytes is larger than the limit of %2")
                     .arg(data.size())
                     .arg(m_limits.maxStanzaSize));
            return events;
        }
        Utf8Validator validator;
        checkUtf8(validator, data);
        if (hasError())
            return events;
        m_reader = std::make_unique<QXmlStreamReader>();
        m_reader->setNamespaceProcessing(true);
        m_stack.clear();
        m_depth = 0;
        m_reader->addData(data);
        parse(events);
        if (!hasError() && m_depth > 0)
            fail(Tr::tr("a WebSocket message held an incomplete element"));
        return events;
    }
    m_unitsFed += checkUtf8(m_utf8, data);
    if (hasError())
        return events;
    m_reader->addData(data);
    parse(events);
    if (!hasError())
        checkSize();
    return events;
}

void StreamParser::parse(QList<StreamEvent> &events)
{
    QXmlStreamReader &reader = *m_reader;
    while (!hasError()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::Invalid:
            if (reader.error() != QXmlStreamReader::PrematureEndOfDocumentError)
                fail(Tr::tr("the server sent malformed XML: %1").arg(reader.errorString()));
            return;
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
            break;
        case QXmlStreamReader::DTD:
            fail(Tr::tr("the server sent a document type declaration, which XMPP forbids"));
            return;
        case QXmlStreamReader::EntityReference:
            fail(Tr::tr("the server sent an entity reference (&%1;), which XMPP forbids").arg(reader.name()));
            return;
        case QXmlStreamReader::Comment:
            fail(Tr::tr("the server sent an XML comment, which XMPP forbids"));
            return;
        case QXmlStreamReader::ProcessingInstruction:
            fail(Tr::tr("the server sent a processing instruction, which XMPP forbids"));
            return;
        case QXmlStreamReader::StartElement:
            if (!handleStart(events))
                return;
            break;
        case QXmlStreamReader::EndElement:
            handleEnd(events);
            if (m_framing == Framing::Messages && m_depth == 0)
                return; // the message's document is complete
            break;
        case QXmlStreamReader::Characters:
            if (m_depth > stanzaDepth() && !m_stack.isEmpty())
                m_stack.last().appendText(reader.text());
            else if (reader.isWhitespace())
                m_boundary = reader.characterOffset(); // keep-alive whitespace between stanzas
            else
                fail(Tr::tr("the server sent text outside of any stanza"));
            break;
        case QXmlStreamReader::NoToken:
            return;
        }
        if (m_depth > stanzaDepth())
            checkSize();
    }
}

bool StreamParser::handleStart(QList<StreamEvent> &events)
{
    QXmlStreamReader &reader = *m_reader;
    ++m_depth;
    XmlElement element(reader.name().toString(), reader.namespaceUri().toString());
    const QXmlStreamAttributes attributes = reader.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        // xml:lang keeps its prefix; other namespaced attributes are rare
        // enough in XMPP to go by their qualified name.
        element.setAttribute(attribute.qualifiedName().toString(), attribute.value().toString());
    }

    if (m_framing == Framing::Stream && m_depth == 1) {
        if (element.name() != QLatin1String("stream") || element.xmlns() != StreamsNs) {
            fail(Tr::tr("the server did not open an XMPP stream (got <%1/>)").arg(element.name()));
            return false;
        }
        m_boundary = reader.characterOffset();
        events.append({StreamEvent::Type::StreamOpened, element});
        return true;
    }
    if (m_framing == Framing::Messages && m_depth == 1 && element.xmlns() == FramingNs) {
        if (element.name() == QLatin1String("open")) {
            events.append({StreamEvent::Type::StreamOpened, element});
            return true;
        }
        if (element.name() == QLatin1String("close")) {
            events.append({StreamEvent::Type::StreamClosed, element});
            return true;
        }
    }
    if (m_depth - stanzaDepth() > m_limits.maxDepth) {
        fail(Tr::tr("the server sent elements nested deeper than %1 levels").arg(m_limits.maxDepth));
        return false;
    }
    m_stack.append(std::move(element));
    return true;
}

void StreamParser::handleEnd(QList<StreamEvent> &events)
{
    --m_depth;
    if (m_depth < stanzaDepth()) {
        // </stream:stream>, or the end of <open/>/<close/> over WebSocket.
        if (m_framing == Framing::Stream)
            events.append({StreamEvent::Type::StreamClosed, {}});
        return;
    }
    if (m_stack.isEmpty())
        return;
    XmlElement done = m_stack.takeLast();
    if (m_stack.isEmpty()) {
        m_boundary = m_reader->characterOffset();
        events.append({StreamEvent::Type::Stanza, std::move(done)});
    } else {
        m_stack.last().appendChild(std::move(done));
    }
}

void StreamParser::checkSize()
{
    if (m_unitsFed - m_boundary > m_limits.maxStanzaSize)
        fail(Tr::tr("the server sent a stanza larger than the limit of %1 characters").arg(m_limits.maxStanzaSize));
}

qint64 StreamParser::checkUtf8(Utf8Validator &validator, const QByteArray &data)
{
    const qint64 units = validator.feed(data);
    if (validator.hasError())
        fail(Tr::tr("the server sent malformed XML: bytes that are not valid UTF-8, which XMPP requires"));
    return qMax<qint64>(units, 0);
}

void StreamParser::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

} // namespace Botdeck::Xmpp
