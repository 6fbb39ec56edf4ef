#include "backends/xmpp/streamparser.h"
#include "backends/xmpp/xmlelement.h"

#include <QTest>

using namespace Botdeck::Xmpp;

class TestXmppXmlElement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serialise()
    {
        XmlElement message(QStringLiteral("message"), QStringLiteral("jabber:client"));
        message.setAttribute(QStringLiteral("to"), QStringLiteral("a@b"));
        message.setAttribute(QStringLiteral("type"), QStringLiteral("chat"));
        message.appendChild(XmlElement(QStringLiteral("body"), QStringLiteral("jabber:client"))
                                .setText(QStringLiteral("1 < 2 & 'q' \"d\"")));
        message.appendChild(XmlElement(QStringLiteral("x"), QStringLiteral("http://jabber.org/protocol/muc")));
        QCOMPARE(message.toXml(QStringLiteral("jabber:client")),
                 QStringLiteral("<message to='a@b' type='chat'><body>1 &lt; 2 &amp; &apos;q&apos; &quot;d&quot;</body>"
                                "<x xmlns='http://jabber.org/protocol/muc'/></message>"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("message") << QStringLiteral("<message to='a@b' id='1'><body>hi &amp; bye</body></message>");
        QTest::newRow("presence") << QStringLiteral(
            "<presence to='r@c/n'><x xmlns='http://jabber.org/protocol/muc'><history maxstanzas='5'/>"
            "<password>s3cr&lt;t</password></x></presence>");
        QTest::newRow("iq") << QStringLiteral("<iq type='set' id='b1'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'>"
                                              "<resource>botdeck</resource></bind></iq>");
    }

    void roundTrip()
    {
        QFETCH(QString, xml);
        StreamParser parser;
        const QByteArray header = "<stream:stream xmlns='jabber:client' "
                                  "xmlns:stream='http://etherx.jabber.org/streams'>";
        const QList<StreamEvent> events = parser.feed(header + xml.toUtf8());
        QVERIFY2(!parser.hasError(), qPrintable(parser.errorString()));
        QCOMPARE(events.size(), 2);
        const XmlElement parsed = events[1].element;
        QCOMPARE(parsed.toXml(QStringLiteral("jabber:client")), xml);
        // And parsing what we wrote gives the same value.
        StreamParser again;
        const QList<StreamEvent> reparsed = again.feed(header + parsed.toXml(QStringLiteral("jabber:client")).toUtf8());
        QCOMPARE(reparsed.size(), 2);
        QCOMPARE(reparsed[1].element, parsed);
    }

    void lookups()
    {
        XmlElement x(QStringLiteral("x"), QStringLiteral("ns"));
        x.appendChild(XmlElement(QStringLiteral("status"), QStringLiteral("ns"))
                          .setAttribute(QStringLiteral("code"), QStringLiteral("110")));
        x.appendChild(XmlElement(QStringLiteral("status"), QStringLiteral("ns"))
                          .setAttribute(QStringLiteral("code"), QStringLiteral("201")));
        QCOMPARE(x.childrenNamed(QStringLiteral("status")).size(), 2);
        QVERIFY(x.firstChild(QStringLiteral("status"), QStringLiteral("other")).isNull());
        QVERIFY(!x.hasAttribute(QStringLiteral("code")));
        x.setAttribute(QStringLiteral("a"), QStringLiteral("1"));
        x.setAttribute(QStringLiteral("a"), QStringLiteral("2"));
        QCOMPARE(x.attributes().size(), 1);
        QCOMPARE(x.attribute(QStringLiteral("a")), QStringLiteral("2"));
    }
};

QTEST_GUILESS_MAIN(TestXmppXmlElement)
#include "tst_xmppxmlelement.moc"
