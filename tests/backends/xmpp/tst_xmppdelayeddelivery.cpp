// Telling room history from a live stanza the server held while the link
// was down (redelivered after XEP-0198 resumption), by the message's
// <delay/>, the session and the room's history window.
#include "backends/xmpp/delayeddelivery.h"
#include "backends/xmpp/namespaces.h"

#include <QTest>

using namespace Botdeck::Xmpp;

Q_DECLARE_METATYPE(Botdeck::Xmpp::Lateness)

class TestXmppDelayedDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("stampedBy"); // empty: no <delay/>; "-": a delay without from
        QTest::addColumn<bool>("resumed");
        QTest::addColumn<bool>("historyOpen");
        QTest::addColumn<Lateness>("expected");

        QTest::newRow("live") << QString() << true << false << Lateness::Live;
        QTest::newRow("room history on join") << "room@conference.localhost" << false << true << Lateness::History;
        QTest::newRow("room history after a resumption")
            << "room@conference.localhost" << true << false << Lateness::History;
        QTest::newRow("ejabberd resent, from its domain") << "localhost" << true << false << Lateness::Redelivered;
        QTest::newRow("Prosody resent, from the account") << "bot@localhost" << true << false << Lateness::Redelivered;
        QTest::newRow("the domain, in another case") << "LocalHost" << true << false << Lateness::Redelivered;
        QTest::newRow("the server's stamp, but a fresh session (offline storage)")
            << "localhost" << false << false << Lateness::History;
        QTest::newRow("the server's stamp inside the history window")
            << "localhost" << true << true << Lateness::History;
        QTest::newRow("another server") << "example.org" << true << false << Lateness::History;
        QTest::newRow("another account on our server") << "mallory@localhost" << true << false << Lateness::History;
        QTest::newRow("one of our own resources") << "bot@localhost/phone" << true << false << Lateness::History;
        QTest::newRow("a subdomain of ours") << "conference.localhost" << true << false << Lateness::History;
        QTest::newRow("no stamper") << "-" << true << false << Lateness::History;
    }

    void classify()
    {
        QFETCH(QString, stampedBy);
        QFETCH(bool, resumed);
        QFETCH(bool, historyOpen);
        QFETCH(Lateness, expected);

        XmlElement message(QStringLiteral("message"), Ns::Client);
        message.setAttribute(QStringLiteral("type"), QStringLiteral("groupchat"));
        message.appendChild(XmlElement(QStringLiteral("body")).setText(QStringLiteral("!echo hi")));
        if (!stampedBy.isEmpty()) {
            XmlElement delay(QStringLiteral("delay"), Ns::Delay);
            delay.setAttribute(QStringLiteral("stamp"), QStringLiteral("2026-12-03T14:00:00Z"));
            if (stampedBy != QLatin1String("-"))
                delay.setAttribute(QStringLiteral("from"), stampedBy);
            message.appendChild(delay.setText(QStringLiteral("Resent")));
        }
        DeliveryContext context;
        context.account = Jid::parse(QStringLiteral("bot@localhost/test")).value();
        context.streamResumed = resumed;
        context.roomHistoryOpen = historyOpen;
        QCOMPARE(classifyDelay(message, context), expected);
    }
};

QTEST_GUILESS_MAIN(TestXmppDelayedDelivery)
#include "tst_xmppdelayeddelivery.moc"
