#include "backends/xmpp/streamparser.h"

#include <QTest>

using namespace Botdeck::Xmpp;

namespace {

const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                          "xmlns:stream='http://etherx.jabber.org/streams' from='localhost' id='abc' "
                          "version='1.0'>";

QList<StreamEvent> feedAll(StreamParser &parser, const QByteArray &data)
{
    return parser.feed(data);
}

// Feeds data in the given pieces and collects every event.
QList<StreamEvent> feedSplit(StreamParser &parser, const QByteArray &data, qsizetype at)
{
    QList<StreamEvent> events = parser.feed(data.left(at));
    events += parser.feed(data.mid(at));
    return events;
}

} // namespace

class TestXmppStreamParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void header()
    {
        StreamParser parser;
        const QList<StreamEvent> events = feedAll(parser, Header);
        QVERIFY2(!parser.hasError(), qPrintable(parser.errorString()));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].type, StreamEvent::Type::StreamOpened);
        QCOMPARE(events[0].element.attribute(QStringLiteral("id")), QStringLiteral("abc"));
        QCOMPARE(events[0].element.attribute(QStringLiteral("from")), QStringLiteral("localhost"));
    }

    void stanzas_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("xmlns");
        QTest::addColumn<QString>("bodyText");

        QTest::newRow("groupchat") << QByteArray("<message from='r@c.localhost/alice' type='groupchat' id='1'>"
                                                 "<body>hello &amp; &lt;bye&gt;</body></message>")
                                   << QStringLiteral("message") << QStringLiteral("jabber:client")
                                   << QStringLiteral("hello & <bye>");
        QTest::newRow("features") << QByteArray("<stream:features><starttls xmlns='urn:ietf:params:xml:ns:xmpp-tls'>"
                                                "<required/></starttls></stream:features>")
                                  << QStringLiteral("features") << QStringLiteral("http://etherx.jabber.org/streams")
                                  << QString();
        QTest::newRow("unicode") << QByteArray("<message><body>gr\xc3\xbc\xc3\x9f \xf0\x9f\x98\x80</body></message>")
                                 << QStringLiteral("message") << QStringLiteral("jabber:client")
                                 << QStringLiteral("grüß 😀");
        QTest::newRow("cdata") << QByteArray("<message><body><![CDATA[<b>]]></body></message>")
                               << QStringLiteral("message") << QStringLiteral("jabber:client") << QStringLiteral("<b>");
        QTest::newRow("sm ack") << QByteArray("<a xmlns='urn:xmpp:sm:3' h='5'/>") << QStringLiteral("a")
                                << QStringLiteral("urn:xmpp:sm:3") << QString();
    }

    void stanzas()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, name);
        QFETCH(QString, xmlns);
        QFETCH(QString, bodyText);
        const QByteArray whole = Header + xml + "</stream:stream>";
        // Every split point must give the same events as feeding at once.
        for (qsizetype at = 0; at <= whole.size(); ++at) {
            StreamParser parser;
            const QList<StreamEvent> events = feedSplit(parser, whole, at);
            QVERIFY2(!parser.hasError(),
                     qPrintable(QStringLiteral("split at %1: %2").arg(at).arg(parser.errorString())));
            QCOMPARE(events.size(), 3);
            QCOMPARE(events[0].type, StreamEvent::Type::StreamOpened);
            QCOMPARE(events[1].type, StreamEvent::Type::Stanza);
            QCOMPARE(events[1].element.name(), name);
            QCOMPARE(events[1].element.xmlns(), xmlns);
            QCOMPARE(events[1].element.childText(QStringLiteral("body")), bodyText);
            QCOMPARE(events[2].type, StreamEvent::Type::StreamClosed);
        }
    }

    void byteByByte()
    {
        QByteArray whole = Header;
        for (int i = 0; i < 20; ++i)
            whole += "<presence from='r@c/n" + QByteArray::number(i)
                + "'><x xmlns='http://jabber.org/protocol/muc#user'>"
                  "<item affiliation='none' role='participant'/></x></presence> ";
        StreamParser parser;
        QList<StreamEvent> events;
        for (const char c : whole)
            events += parser.feed(QByteArray(1, c));
        QVERIFY2(!parser.hasError(), qPrintable(parser.errorString()));
        QCOMPARE(events.size(), 21);
        const XmlElement item = events[5].element.firstChild(QStringLiteral("x")).firstChild(QStringLiteral("item"));
        QCOMPARE(item.attribute(QStringLiteral("role")), QStringLiteral("participant"));
        QCOMPARE(events[5].element.attribute(QStringLiteral("from")), QStringLiteral("r@c/n4"));
    }

    void restart()
    {
        StreamParser parser;
        (void)parser.feed(Header + "<proceed xmlns='urn:ietf:params:xml:ns:xmpp-tls'/>");
        parser.reset();
        const QList<StreamEvent> events = parser.feed(Header + "<stream:features/>");
        QVERIFY(!parser.hasError());
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].element.name(), QStringLiteral("features"));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("errorContains");

        QTest::newRow("doctype") << QByteArray("<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>]>"
                                               "<stream:stream xmlns:stream='http://etherx.jabber.org/streams'>")
                                 << QStringLiteral("document type");
        QByteArray billion = "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaaaaaaaa'>";
        for (int i = 0; i < 9; ++i)
            billion += "<!ENTITY " + QByteArray(1, char('b' + i)) + " '&" + QByteArray(1, char('a' + i)) + ";&"
                + QByteArray(1, char('a' + i)) + ";&" + QByteArray(1, char('a' + i)) + ";'>";
        billion += "]><stream:stream xmlns:stream='http://etherx.jabber.org/streams'>&j;";
        QTest::newRow("billion laughs") << billion << QStringLiteral("document type");
        QTest::newRow("undeclared entity") << Header + "<message><body>&foo;</body></message>" << QStringLiteral("");
        QTest::newRow("comment") << Header + "<!-- hi --><message/>" << QStringLiteral("comment");
        QTest::newRow("processing instruction")
            << Header + "<?evil stuff?><message/>" << QStringLiteral("processing instruction");
        QTest::newRow("not a stream") << QByteArray("<html><body/></html>") << QStringLiteral("did not open");
        QTest::newRow("text at stream level") << Header + "hello<message/>" << QStringLiteral("outside");
        QTest::newRow("mismatched tags") << Header + "<message><body></message>" << QStringLiteral("malformed");
        QByteArray deep = Header;
        for (int i = 0; i < 1000; ++i)
            deep += "<a>";
        QTest::newRow("deep nesting") << deep << QStringLiteral("nested deeper");
        QTest::newRow("huge stanza") << Header + "<message><body>" + QByteArray(2 << 20, 'x') + "</body></message>"
                                     << QStringLiteral("larger than");
        QTest::newRow("huge unterminated tag")
            << Header + "<message to='" + QByteArray(2 << 20, 'x') << QStringLiteral("larger than");
        QTest::newRow("invalid utf-8") << Header + "<message><body>\xff\xfe</body></message>"
                                       << QStringLiteral("malformed");
        // Forms a lenient decoder would accept (RFC 3629 section 3).
        const auto body = [](const QByteArray &bytes) { return Header + "<message><body>" + bytes + "</body>"; };
        QTest::newRow("overlong slash") << body("\xc0\xaf") << QStringLiteral("UTF-8");
        QTest::newRow("overlong three bytes") << body("\xe0\x80\xaf") << QStringLiteral("UTF-8");
        QTest::newRow("overlong four bytes") << body("\xf0\x80\x80\xaf") << QStringLiteral("UTF-8");
        QTest::newRow("surrogate") << body("\xed\xa0\x80") << QStringLiteral("UTF-8");
        QTest::newRow("past U+10FFFF") << body("\xf4\x90\x80\x80") << QStringLiteral("UTF-8");
        QTest::newRow("lone continuation") << body("a\x80z") << QStringLiteral("UTF-8");
        QTest::newRow("truncated then ASCII") << body("\xe2\x82z") << QStringLiteral("UTF-8");
    }

    void utf8SplitAcrossChunks()
    {
        // Every character cut at every point still parses, and counts once.
        const QByteArray text = "\xc3\xa4 \xe2\x82\xac \xf0\x9f\x98\x80 \xef\xbf\xbd";
        const QByteArray xml = Header + "<message><body>" + text + "</body></message>";
        for (qsizetype cut = 1; cut < xml.size(); ++cut) {
            StreamParser parser;
            QList<StreamEvent> events = parser.feed(xml.left(cut));
            events += parser.feed(xml.mid(cut));
            QVERIFY2(!parser.hasError(), qPrintable(parser.errorString()));
            QCOMPARE(events.size(), 2);
            QCOMPARE(events.last().element.firstChild(QStringLiteral("body")).text(), QString::fromUtf8(text));
        }
    }

    void hostile()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, errorContains);
        StreamParser parser;
        (void)parser.feed(xml);
        QVERIFY(parser.hasError());
        QVERIFY2(parser.errorString().contains(errorContains), qPrintable(parser.errorString()));
        // A failed parser stays failed and returns nothing more.
        QVERIFY(parser.feed("<message/>").isEmpty());
        QVERIFY(parser.hasError());
    }

    void hugeStanzaInChunks()
    {
        // The limit holds for a stanza that trickles in, too.
        StreamParser parser(StreamParser::Framing::Stream, {4096, 32});
        (void)parser.feed(Header + "<message><body>");
        for (int i = 0; i < 100 && !parser.hasError(); ++i)
            (void)parser.feed(QByteArray(100, 'x'));
        QVERIFY(parser.hasError());
        QVERIFY(parser.errorString().contains(QStringLiteral("larger than")));
    }

    void manySmallStanzasStayWithinLimit()
    {
        // The size limit is per stanza, not per stream, even with multi-byte
        // text and chunks that end mid-stanza.
        StreamParser parser(StreamParser::Framing::Stream, {200, 32});
        (void)parser.feed(Header);
        const QByteArray stanza = "<message><body>\xc3\xa4\xc3\xa4\xc3\xa4\xf0\x9f\x98\x80</body></message>";
        QByteArray all;
        for (int i = 0; i < 2000; ++i)
            all += stanza;
        int count = 0;
        for (qsizetype at = 0; at < all.size(); at += 37)
            count += int(parser.feed(all.mid(at, 37)).size());
        QVERIFY2(!parser.hasError(), qPrintable(parser.errorString()));
        QCOMPARE(count, 2000);
    }

    void webSocketFraming()
    {
        StreamParser parser(StreamParser::Framing::Messages);
        QList<StreamEvent> events
            = parser.feed("<open xmlns='urn:ietf:params:xml:ns:xmpp-framing' from='localhost' id='x' version='1.0'/>");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].type, StreamEvent::Type::StreamOpened);
        QCOMPARE(events[0].element.attribute(QStringLiteral("id")), QStringLiteral("x"));
        events = parser.feed("<stream:features xmlns:stream='http://etherx.jabber.org/streams'>"
                             "<bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/></stream:features>");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].element.name(), QStringLiteral("features"));
        QVERIFY(events[0].element.hasChild(QStringLiteral("bind")));
        events = parser.feed("<message xmlns='jabber:client'><body>hi</body></message>");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].element.xmlns(), QStringLiteral("jabber:client"));
        events = parser.feed("<close xmlns='urn:ietf:params:xml:ns:xmpp-framing'/>");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].type, StreamEvent::Type::StreamClosed);
        QVERIFY(!parser.hasError());

        (void)parser.feed("<message xmlns='jabber:client'><body>cut");
        QVERIFY(parser.hasError());
        QVERIFY(parser.errorString().contains(QStringLiteral("incomplete")));
    }
};

QTEST_GUILESS_MAIN(TestXmppStreamParser)
#include "tst_xmppstreamparser.moc"
