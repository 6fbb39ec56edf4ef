#include "backends/xmpp/mucpresence.h"
#include "backends/xmpp/streamparser.h"

#include <QTest>

using namespace Botdeck;
using namespace Botdeck::Xmpp;

namespace {

XmlElement parse(const QByteArray &xml)
{
    StreamParser parser;
    const QList<StreamEvent> events = parser.feed("<stream:stream xmlns='jabber:client' "
                                                  "xmlns:stream='http://etherx.jabber.org/streams'>"
                                                  + xml);
    if (parser.hasError() || events.size() != 2)
        qFatal("bad test stanza: %s", qPrintable(parser.errorString()));
    return events[1].element;
}

} // namespace

class TestXmppMucPresence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseFields()
    {
        const MucPresence p = MucPresence::parse(
            parse("<presence from='room@conf.example/Alice Smith'><show>away</show><status>lunch</status>"
                  "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='admin' role='moderator' "
                  "jid='alice@example.org/laptop'/><status code='110'/><status code='100'/></x>"
                  "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='abc='/></presence>"));
        QCOMPARE(p.room, QStringLiteral("room@conf.example"));
        QCOMPARE(p.nick, QStringLiteral("Alice Smith"));
        QVERIFY(p.available);
        QVERIFY(p.isSelf());
        QVERIFY(p.hasCode(100));
        QCOMPARE(p.role, QStringLiteral("moderator"));
        QCOMPARE(p.affiliation, QStringLiteral("admin"));
        QCOMPARE(p.realJid, QStringLiteral("alice@example.org/laptop"));
        QCOMPARE(p.occupantId, QStringLiteral("abc="));
        QCOMPARE(p.show, QStringLiteral("away"));

        const Identifier who = p.toIdentifier();
        QVERIFY(who.isOccupant());
        QCOMPARE(who.person(), QStringLiteral("alice@example.org"));
        QCOMPARE(who.room(), QStringLiteral("room@conf.example"));
        QCOMPARE(who.nick(), QStringLiteral("Alice Smith"));
        QCOMPARE(who.client(), QStringLiteral("Alice Smith"));
        QCOMPARE(who.aclAttr(), QStringLiteral("alice@example.org"));
        QVERIFY(who.canContactPrivately());
        QCOMPARE(who.extra(Extras::Rank).toInt(), 3);
        QCOMPARE(who.extra(Extras::RankName).toString(), QStringLiteral("admin"));
        QCOMPARE(who.extra(Extras::Away).toBool(), true);
        QCOMPARE(who.extra(XmppExtras::RealJid).toString(), QStringLiteral("alice@example.org/laptop"));
        QCOMPARE(who.toPerson().person(), QStringLiteral("alice@example.org"));
    }

    void anonymousOccupant_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("aclAttr");
        QTest::newRow("occupant-id") << QByteArray("<occupant-id xmlns='urn:xmpp:occupant-id:0' id='XyZ'/>")
                                     << QStringLiteral("room@conf.example#occupant-id:XyZ");
        QTest::newRow("nothing stable") << QByteArray() << QStringLiteral("room@conf.example/bob");
    }

    void anonymousOccupant()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, aclAttr);
        const MucPresence p = MucPresence::parse(
            parse("<presence from='room@conf.example/bob'><x xmlns='http://jabber.org/protocol/muc#user'>"
                  "<item affiliation='none' role='participant'/></x>"
                  + extra + "</presence>"));
        const Identifier who = p.toIdentifier();
        QCOMPARE(who.person(), QStringLiteral("room@conf.example/bob"));
        QVERIFY(!who.canContactPrivately());
        QCOMPARE(who.aclAttr(), aclAttr);
        QCOMPARE(who.extra(Extras::Rank).toInt(), 0);
        QCOMPARE(who.extra(Extras::RankName).toString(), QStringLiteral("participant"));
        QVERIFY(!who.extras().contains(XmppExtras::RealJid));
    }

    void invalidRealJidIsIgnored()
    {
        const MucPresence p = MucPresence::parse(
            parse("<presence from='r@c/x'><x xmlns='http://jabber.org/protocol/muc#user'>"
                  "<item affiliation='none' role='participant' jid='not valid@'/></x></presence>"));
        QVERIFY(p.realJid.isEmpty());
        QVERIFY(!p.toIdentifier().canContactPrivately());
    }

    void leaving_data()
    {
        QTest::addColumn<QByteArray>("x");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("kick") << QByteArray(
            "<item role='none'><actor nick='alice'/><reason>spam</reason></item><status code='307'/>")
                              << QStringLiteral("kicked by alice: spam");
        QTest::newRow("ban") << QByteArray("<item affiliation='outcast' role='none'/><status code='301'/>")
                             << QStringLiteral("banned");
        QTest::newRow("affiliation") << QByteArray("<item role='none'/><status code='321'/>")
                                     << QStringLiteral("affiliation change");
        QTest::newRow("members-only") << QByteArray("<item role='none'/><status code='322'/>")
                                      << QStringLiteral("members-only");
        QTest::newRow("shutdown") << QByteArray("<item role='none'/><status code='332'/>")
                                  << QStringLiteral("shutting down");
        QTest::newRow("destroyed") << QByteArray(
            "<item role='none'/><destroy jid='new@c'><reason>moved</reason></destroy>")
                                   << QStringLiteral("destroyed: moved");
    }

    void leaving()
    {
        QFETCH(QByteArray, x);
        QFETCH(QString, reasonContains);
        const MucPresence p = MucPresence::parse(parse("<presence from='r@c/bob' type='unavailable'>"
                                                       "<x xmlns='http://jabber.org/protocol/muc#user'>"
                                                       + x + "</x></presence>"));
        QVERIFY(!p.available);
        QVERIFY2(p.leaveReason().contains(reasonContains), qPrintable(p.leaveReason()));
    }

    void nickChange()
    {
        const MucPresence p = MucPresence::parse(
            parse("<presence from='r@c/bob' type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'>"
                  "<item affiliation='none' role='participant' nick='bobby'/><status code='303'/></x></presence>"));
        QVERIFY(p.hasCode(303));
        QCOMPARE(p.newNick, QStringLiteral("bobby"));
        QVERIFY(p.leaveReason().isEmpty());
    }

    void ranks_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("affiliation");
        QTest::addColumn<int>("rank");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<int>("standing");
        QTest::newRow("owner") << "moderator"
                               << "owner" << 4 << "owner"
                               << "~" << int(Standing::Owner);
        QTest::newRow("admin") << "moderator"
                               << "admin" << 3 << "admin"
                               << "&" << int(Standing::Admin);
        QTest::newRow("moderator") << "moderator"
                                   << "member" << 2 << "moderator"
                                   << "@" << int(Standing::Operator);
        QTest::newRow("member") << "participant"
                                << "member" << 1 << "member"
                                << "" << int(Standing::Ordinary);
        QTest::newRow("participant") << "participant"
                                     << "none" << 0 << "participant"
                                     << "" << int(Standing::Ordinary);
        QTest::newRow("visitor") << "visitor"
                                 << "none" << 0 << "visitor"
                                 << "" << int(Standing::Ordinary);
    }

    void ranks()
    {
        QFETCH(QString, role);
        QFETCH(QString, affiliation);
        QFETCH(int, rank);
        QFETCH(QString, name);
        QCOMPARE(mucRank(role, affiliation), rank);
        QCOMPARE(mucRankName(role, affiliation), name);
        QFETCH(QString, symbol);
        QFETCH(int, standing);
        QCOMPARE(mucRankSymbol(role, affiliation), symbol);
        QCOMPARE(int(mucStanding(role, affiliation)), standing);
        // What the console reads: the occupant carries the same.
        MucPresence presence;
        presence.room = QStringLiteral("lobby@conference.example.org");
        presence.nick = QStringLiteral("alice");
        presence.role = role;
        presence.affiliation = affiliation;
        const Identifier alice = presence.toIdentifier();
        QCOMPARE(alice.extra(Extras::RankSymbol).toString(), symbol);
        QCOMPARE(int(standingOf(alice)), standing);
    }
};

QTEST_GUILESS_MAIN(TestXmppMucPresence)
#include "tst_xmppmucpresence.moc"
