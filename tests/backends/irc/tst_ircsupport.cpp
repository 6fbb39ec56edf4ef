// ISUPPORT, casemapping and hostmask matching. The mask table follows the
// ircdocs parser-tests mask-match cases, written out here.
#include "backends/irc/irccasemapping.h"
#include "backends/irc/irchostmask.h"
#include "backends/irc/ircisupport.h"

#include <QTest>

using namespace Botdeck::Irc;

class TestIrcSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void tokens();
    void withdrawn();
    void malformedPrefix();
    void modeKinds();
    void caseFolding_data();
    void caseFolding();
    void maskMatch_data();
    void maskMatch();
    void maskIsLinear();
};

void TestIrcSupport::defaults()
{
    const IrcIsupport isupport;
    QCOMPARE(isupport.caseMapping(), CaseMapping::Rfc1459);
    QCOMPARE(isupport.channelTypes(), QStringLiteral("#&"));
    QCOMPARE(isupport.prefixSymbols(), QStringLiteral("@+"));
    QCOMPARE(isupport.nickLength(), 9);
    QVERIFY(isupport.isChannel(u"#a"));
    QVERIFY(!isupport.isChannel(u"alice"));
    QVERIFY(!isupport.isChannel(u""));
}

void TestIrcSupport::tokens()
{
    IrcIsupport isupport;
    isupport.apply({QStringLiteral("CHANTYPES=#"), QStringLiteral("PREFIX=(qaohv)~&@%+"),
                    QStringLiteral("CHANMODES=beI,k,l,imnpst"), QStringLiteral("CASEMAPPING=ascii"),
                    QStringLiteral("NICKLEN=30"), QStringLiteral("NETWORK=ExampleNet"),
                    QStringLiteral("TARGMAX=PRIVMSG:4,NOTICE:4,JOIN:"), QStringLiteral("WHOX"),
                    QStringLiteral("are supported by this server")});
    QCOMPARE(isupport.channelTypes(), QStringLiteral("#"));
    QVERIFY(!isupport.isChannel(u"&local"));
    QCOMPARE(isupport.prefixModes(), QStringLiteral("qaohv"));
    QCOMPARE(isupport.prefixSymbols(), QStringLiteral("~&@%+"));
    QCOMPARE(isupport.caseMapping(), CaseMapping::Ascii);
    QCOMPARE(isupport.nickLength(), 30);
    QCOMPARE(isupport.network(), QStringLiteral("ExampleNet"));
    QCOMPARE(isupport.maxTargets(QStringLiteral("privmsg")), 4);
    QCOMPARE(isupport.maxTargets(QStringLiteral("JOIN")), 0);
    QVERIFY(isupport.hasWhox());
    QCOMPARE(isupport.symbolForMode(QLatin1Char('o')), QLatin1Char('@'));
    QCOMPARE(isupport.modeForSymbol(QLatin1Char('%')), QLatin1Char('h'));
    QCOMPARE(isupport.rankOfSymbol(QLatin1Char('~')), 5);
    QCOMPARE(isupport.rankOfSymbol(QLatin1Char('+')), 1);
    QCOMPARE(isupport.rankOfSymbol(QChar()), 0);
    QCOMPARE(isupport.highestSymbol(u"+@"), QLatin1Char('@'));
    QCOMPARE(isupport.sortSymbols(u"+%@+"), QStringLiteral("@%+"));
    QCOMPARE(IrcIsupport::rankName(QLatin1Char('o')), QStringLiteral("operator"));
}

void TestIrcSupport::withdrawn()
{
    IrcIsupport isupport;
    isupport.apply({QStringLiteral("WHOX"), QStringLiteral("EXCEPTS=e")});
    QVERIFY(isupport.hasWhox());
    isupport.apply({QStringLiteral("-WHOX"), QStringLiteral("-EXCEPTS")});
    QVERIFY(!isupport.hasWhox());
    QVERIFY(isupport.value(QStringLiteral("EXCEPTS")).isNull());
}

void TestIrcSupport::malformedPrefix()
{
    IrcIsupport isupport;
    isupport.apply({QStringLiteral("PREFIX=(ov)@"), QStringLiteral("NICKLEN=-3"), QStringLiteral("CHANMODES=b")});
    QCOMPARE(isupport.prefixSymbols(), QStringLiteral("@+")); // mismatched lengths are ignored
    QCOMPARE(isupport.nickLength(), 9);
    QCOMPARE(isupport.modeKind(QLatin1Char('k')), IrcIsupport::ModeKind::Unknown);
    isupport.apply({QStringLiteral("PREFIX=")});
    QCOMPARE(isupport.prefixSymbols(), QString());
}

void TestIrcSupport::modeKinds()
{
    IrcIsupport isupport;
    isupport.apply({QStringLiteral("CHANMODES=beI,k,l,imnpst")});
    QCOMPARE(isupport.modeKind(QLatin1Char('b')), IrcIsupport::ModeKind::List);
    QCOMPARE(isupport.modeKind(QLatin1Char('k')), IrcIsupport::ModeKind::AlwaysParameter);
    QCOMPARE(isupport.modeKind(QLatin1Char('l')), IrcIsupport::ModeKind::ParameterWhenSet);
    QCOMPARE(isupport.modeKind(QLatin1Char('n')), IrcIsupport::ModeKind::NoParameter);
    QCOMPARE(isupport.modeKind(QLatin1Char('o')), IrcIsupport::ModeKind::Prefix);
    QCOMPARE(isupport.modeKind(QLatin1Char('Z')), IrcIsupport::ModeKind::Unknown);
}

void TestIrcSupport::caseFolding_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("mapping");
    QTest::addColumn<bool>("equal");
    const int ascii = int(CaseMapping::Ascii);
    const int rfc = int(CaseMapping::Rfc1459);
    const int strict = int(CaseMapping::StrictRfc1459);
    QTest::newRow("ascii letters") << QStringLiteral("NiCk") << QStringLiteral("nick") << ascii << true;
    QTest::newRow("ascii brackets differ") << QStringLiteral("[a]") << QStringLiteral("{a}") << ascii << false;
    QTest::newRow("rfc brackets") << QStringLiteral("[A]\\") << QStringLiteral("{a}|") << rfc << true;
    QTest::newRow("rfc tilde") << QStringLiteral("a~") << QStringLiteral("a^") << rfc << true;
    QTest::newRow("strict tilde") << QStringLiteral("a~") << QStringLiteral("a^") << strict << false;
    QTest::newRow("strict brackets") << QStringLiteral("[x]") << QStringLiteral("{X}") << strict << true;
    QTest::newRow("non-ascii untouched") << QStringLiteral("\u00c9") << QStringLiteral("\u00e9") << rfc << false;
    QTest::newRow("lengths") << QStringLiteral("ab") << QStringLiteral("abc") << rfc << false;
}

void TestIrcSupport::caseFolding()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, mapping);
    QFETCH(bool, equal);
    const auto m = CaseMapping(mapping);
    QCOMPARE(equalFolded(a, b, m), equal);
    QCOMPARE(foldCase(a, m) == foldCase(b, m), equal);
    QCOMPARE(caseMappingFromName(caseMappingName(m)), m);
}

void TestIrcSupport::maskMatch_data()
{
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    auto add = [](const char *mask, const QStringList &yes, const QStringList &no) {
        for (const QString &t : yes)
            QTest::addRow("%s ~ %s", mask, qPrintable(t)) << QString::fromUtf8(mask) << t << true;
        for (const QString &t : no)
            QTest::addRow("%s !~ %s", mask, qPrintable(t)) << QString::fromUtf8(mask) << t << false;
    };
    auto s = [](const char *t) { return QString::fromUtf8(t); };
    add("*@127.0.0.1", {s("coolguy!ag@127.0.0.1"), s("evil@127.0.0.1")},
        {s("coolguy!ag@127.0.0.2"), s("coolguy!ag@127.0.0.10")});
    add("coolguy!ag@127.0.0.1", {s("coolguy!ag@127.0.0.1")}, {s("coolguy!ag@127.0.0.10"), s("coolguy!ag@127.0.0")});
    add("coolguy!*@127.0.0.1", {s("coolguy!ag@127.0.0.1"), s("coolguy!~ag@127.0.0.1")}, {s("otherguy!ag@127.0.0.1")});
    add("coo?guy!?g@*", {s("coolguy!ag@127.0.0.1"), s("cooxguy!bg@x")}, {s("cooguy!ag@x"), s("coolguy!aag@x")});
    add("*!*@*", {s("a!b@c"), s("!@")}, {s("abc")});
    add("*", {s(""), s("anything")}, {});
    add("", {s("")}, {s("x")});
    add("a\\*b", {s("a*b")}, {s("axb"), s("ab")});
    add("a\\?b", {s("a?b")}, {s("axb")});
    add("*.example.org", {s("irc.example.org"), s(".example.org")}, {s("example.org"), s("irc.example.net")});
    add("[A]*", {s("{a}nick")}, {s("a")});
    add("**?**", {s("x")}, {s("")});
}

void TestIrcSupport::maskMatch()
{
    QFETCH(QString, mask);
    QFETCH(QString, text);
    QTEST(matchesHostmask(mask, text), "matches");
}

void TestIrcSupport::maskIsLinear()
{
    // A classic exponential case for naive recursive matchers.
    const QString mask = QString(QStringLiteral("*a")).repeated(50) + QLatin1Char('b');
    const QString text = QString(200, QLatin1Char('a'));
    QVERIFY(!matchesHostmask(mask, text));
}

QTEST_GUILESS_MAIN(TestIrcSupport)
#include "tst_ircsupport.moc"
