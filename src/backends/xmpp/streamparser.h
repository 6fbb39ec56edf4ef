#pragma once

#include "utf8validator.h"
#include "xmlelement.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QXmlStreamReader>

#include <memory>

namespace Botdeck::Xmpp {

// What the stream parser found in the bytes fed so far.
struct StreamEvent
{
    enum class Type { StreamOpened, Stanza, StreamClosed };
    Type type = Type::Stanza;
    // The stanza, or the stream header (<stream:stream/> or RFC 7395
    // <open/>) with its attributes; null for StreamClosed.
    XmlElement element;
};

// How much a peer may make the parser hold.
struct StreamLimits
{
    qsizetype maxStanzaSize = 1 << 20;
    int maxDepth = 32;
};

// Incremental parser of an XMPP stream on QXmlStreamReader: feed it
// arbitrary chunks and it returns the stream header, each complete
// top-level element (stanza, features, SASL and stream-management
// elements) and the end of the stream.
//
// Over TCP the whole connection is one XML document wrapped in
// <stream:stream>; over WebSocket (Framing::Messages) every message is a
// document of its own and <open/>/<close/> stand in for the wrapper.
//
// Hostile input is bounded: DTDs, entity references other than the five
// predefined ones, comments and processing instructions are refused, and a
// stanza may neither exceed maxStanzaSize characters nor nest deeper than
// maxDepth. Bytes that are not UTF-8 are refused too (RFC 6120 11.6), the
// whole chunk they came in. After an error the parser stays failed until
// reset().
class StreamParser
{
public:
    enum class Framing { Stream, Messages };
    using Limits = StreamLimits;

    explicit StreamParser(Framing framing = Framing::Stream, Limits limits = Limits());
    ~StreamParser();

    // Parses what it can; the events of complete elements come back at
    // once. On an error the events before it are still returned.
    QList<StreamEvent> feed(const QByteArray &data);
    // A new stream begins (after STARTTLS and SASL success).
    void reset();

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    Framing framing() const { return m_framing; }
    Limits limits() const { return m_limits; }

private:
    void parse(QList<StreamEvent> &events);
    bool handleStart(QList<StreamEvent> &events);
    void handleEnd(QList<StreamEvent> &events);
    void fail(const QString &error);
    void checkSize();
    // Fails unless data continues valid UTF-8; returns its UTF-16 length.
    qint64 checkUtf8(Utf8Validator &validator, const QByteArray &data);
    // The depth at which top-level elements (stanzas) start.
    int stanzaDepth() const { return m_framing == Framing::Stream ? 1 : 0; }

    Framing m_framing;
    Limits m_limits;
    std::unique_ptr<QXmlStreamReader> m_reader;
    QList<XmlElement> m_stack;
    int m_depth = 0;
    // UTF-16 units fed so far, and where the last complete stanza ended:
    // their difference bounds the stanza being read, including whatever the
    // reader still holds undigested.
    qint64 m_unitsFed = 0;
    Utf8Validator m_utf8;
    qint64 m_boundary = 0;
    QString m_error;
};

} // namespace Botdeck::Xmpp
