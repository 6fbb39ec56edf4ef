#include "backends/xmpp/redaction.h"
#include "backends/xmpp/streammanagement.h"

#include <QTest>

using namespace Botdeck::Xmpp;

namespace {
XmlElement message(int i)
{
    return XmlElement(QStringLiteral("message"), QStringLiteral("jabber:client"))
        .setAttribute(QStringLiteral("id"), QString::number(i));
}
} // namespace

// Stream management bookkeeping, and what the traffic log may show.
class TestXmppStreamManagement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsAndAcks()
    {
        StreamManagement sm;
        sm.sent(message(0)); // before <enable/>: not tracked
        QCOMPARE(sm.unackedCount(), 0);
        sm.startOutbound();
        for (int i = 1; i <= 5; ++i)
            sm.sent(message(i));
        QCOMPARE(sm.unackedCount(), 5);
        QVERIFY(sm.acknowledged(2));
        QCOMPARE(sm.unackedCount(), 3);
        QVERIFY(sm.acknowledged(2)); // repeated: nothing new
        QCOMPARE(sm.unackedCount(), 3);
        QVERIFY(!sm.acknowledged(9)); // more than was sent
        QCOMPARE(sm.unackedCount(), 3);
        const QList<XmlElement> rest = sm.takeUnacked();
        QCOMPARE(rest.size(), 3);
        QCOMPARE(rest.first().attribute(QStringLiteral("id")), QStringLiteral("3"));
    }

    void inboundAndResumption()
    {
        StreamManagement sm;
        sm.countInbound();
        QCOMPARE(sm.inboundCount(), 0u); // not before <enabled/>
        sm.enabled(QStringLiteral("sid"), true, {}, 300);
        QVERIFY(sm.canResume());
        sm.countInbound();
        sm.countInbound();
        sm.suspend();
        sm.countInbound(); // the link is down: nothing arrives to count
        QCOMPARE(sm.inboundCount(), 2u);
        QCOMPARE(sm.resumptionId(), QStringLiteral("sid"));
        sm.resumed();
        sm.countInbound();
        QCOMPARE(sm.inboundCount(), 3u);
        sm.reset();
        QVERIFY(!sm.canResume());
        QCOMPARE(sm.inboundCount(), 0u);
    }

    void isStanza_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("stanza");
        QTest::newRow("message") << "message" << true;
        QTest::newRow("presence") << "presence" << true;
        QTest::newRow("iq") << "iq" << true;
        QTest::newRow("r") << "r" << false;
        QTest::newRow("auth") << "auth" << false;
    }

    void isStanza()
    {
        QFETCH(QString, name);
        QFETCH(bool, stanza);
        QCOMPARE(StreamManagement::isStanza(XmlElement(name)), stanza);
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<XmlElement>("element");
        const QString ns = QStringLiteral("urn:ietf:params:xml:ns:xmpp-sasl");
        QTest::newRow("auth") << QStringLiteral("AGJvdABzM2NyZXQ=")
                              << XmlElement(QStringLiteral("auth"), ns)
                                     .setAttribute(QStringLiteral("mechanism"), QStringLiteral("PLAIN"))
                                     .setText(QStringLiteral("AGJvdABzM2NyZXQ="));
        QTest::newRow("response") << QStringLiteral("Yz1iaXdz")
                                  << XmlElement(QStringLiteral("response"), ns).setText(QStringLiteral("Yz1iaXdz"));
        QTest::newRow("challenge") << QStringLiteral("cj1meWtv")
                                   << XmlElement(QStringLiteral("challenge"), ns).setText(QStringLiteral("cj1meWtv"));
        QTest::newRow("success") << QStringLiteral("dj1ybUY5")
                                 << XmlElement(QStringLiteral("success"), ns).setText(QStringLiteral("dj1ybUY5"));
        QTest::newRow("room password")
            << QStringLiteral("opensesame")
            << XmlElement(QStringLiteral("presence"), QStringLiteral("jabber:client"))
                   .appendChild(
                       XmlElement(QStringLiteral("x"), QStringLiteral("http://jabber.org/protocol/muc"))
                           .appendChild(XmlElement(QStringLiteral("password")).setText(QStringLiteral("opensesame"))));
    }

    void redaction()
    {
        QFETCH(QString, secret);
        QFETCH(XmlElement, element);
        const QString logged = redactedXml(element, QStringLiteral("jabber:client"));
        QVERIFY2(!logged.contains(secret), qPrintable(logged));
        QVERIFY(logged.contains(QStringLiteral("[redacted]")));
        // Everything else stays readable.
        QVERIFY(logged.startsWith(u'<' + element.name()));
    }

    void ordinaryStanzasAreLoggedAsIs()
    {
        const XmlElement chat
            = XmlElement(QStringLiteral("message"), QStringLiteral("jabber:client"))
                  .appendChild(XmlElement(QStringLiteral("body")).setText(QStringLiteral("password: no")));
        QCOMPARE(redactedXml(chat, QStringLiteral("jabber:client")), chat.toXml(QStringLiteral("jabber:client")));
    }
};

QTEST_GUILESS_MAIN(TestXmppStreamManagement)
#include "tst_xmppstreammanagement.moc"
