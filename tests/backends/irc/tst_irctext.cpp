// Outgoing text splitting, CTCP and incoming line framing.
#include "backends/irc/irccodec.h"
#include "backends/irc/ircctcp.h"
#include "backends/irc/irclinebuffer.h"
#include "backends/irc/irctextsplitter.h"
#include "core/textsplitter.h"

#include <QTest>

using namespace Botdeck::Irc;

class TestIrcText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void splitNeverBreaksUtf8();
    void budgetFitsLine();
    void ctcp_data();
    void ctcp();
    void ctcpFormat();
    void lineBuffer();
    void lineBufferDropsLongLines();
    void lineBufferIsBounded();
};

void TestIrcText::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("max");
    QTest::addColumn<QStringList>("pieces");
    auto s = [](const char *t) { return QString::fromUtf8(t); };
    QTest::newRow("fits") << s("hello world") << 20 << QStringList{s("hello world")};
    QTest::newRow("word boundary") << s("hello world again") << 12 << QStringList{s("hello world"), s("again")};
    QTest::newRow("exact") << s("abcd efgh") << 4 << QStringList{s("abcd"), s("efgh")};
    QTest::newRow("no space") << s("abcdefghij") << 4 << QStringList{s("abcd"), s("efgh"), s("ij")};
    QTest::newRow("lines") << s("one\ntwo\r\n\nthree") << 10 << QStringList{s("one"), s("two"), s("three")};
    QTest::newRow("utf8 boundary") << s("\xc3\xa9\xc3\xa9\xc3\xa9") << 5
                                   << QStringList{s("\xc3\xa9\xc3\xa9"), s("\xc3\xa9")};
    QTest::newRow("emoji") << s("\xf0\x9f\x98\x80\xf0\x9f\x98\x80") << 6
                           << QStringList{s("\xf0\x9f\x98\x80"), s("\xf0\x9f\x98\x80")};
    QTest::newRow("empty") << QString() << 10 << QStringList{};
}

void TestIrcText::split()
{
    QFETCH(QString, text);
    QFETCH(int, max);
    QTEST(Botdeck::splitLines(text, max), "pieces");
}

void TestIrcText::splitNeverBreaksUtf8()
{
    QString text;
    for (int i = 0; i < 300; ++i)
        text += (i % 3 == 0) ? QStringLiteral("\u20ac ") : QStringLiteral("\U0001F600x");
    for (int max = 4; max < 40; ++max) {
        const QStringList pieces = Botdeck::splitLines(text, max);
        QString joined;
        for (const QString &piece : pieces) {
            QVERIFY(piece.toUtf8().size() <= max);
            QVERIFY(IrcCodec::isValidUtf8(piece.toUtf8()));
            QVERIFY(!piece.contains(QChar(0xFFFD)));
            joined += piece;
        }
        QString compact = text;
        compact.remove(QLatin1Char(' '));
        joined.remove(QLatin1Char(' '));
        QCOMPARE(joined, compact);
    }
}

void TestIrcText::budgetFitsLine()
{
    const QString nick = QStringLiteral("botdeck");
    const QString target = QStringLiteral("#channel");
    for (const bool knownHost : {true, false}) {
        const QString user = knownHost ? QStringLiteral("~bot") : QString();
        const QString host = knownHost ? QStringLiteral("localhost") : QString();
        const int budget = IrcTextSplitter::textBudget(QStringLiteral("PRIVMSG"), target, nick, user, host);
        const QStringList pieces = Botdeck::splitLines(QString(2000, QLatin1Char('x')), budget);
        QVERIFY(pieces.size() > 1);
        for (const QString &piece : pieces) {
            IrcMessage line(QStringLiteral("PRIVMSG"), {target, piece});
            line.source = QStringLiteral("%1!%2@%3")
                              .arg(nick, user.isEmpty() ? QString(10, QLatin1Char('u')) : user,
                                   host.isEmpty() ? QString(63, QLatin1Char('h')) : host);
            QVERIFY(IrcCodec::serialize(line).value().size() + 2 <= 512);
        }
        if (knownHost) { // the budget is used up exactly (the serialiser leaves out ':' when it can)
            IrcMessage full(QStringLiteral("PRIVMSG"), {target, pieces.first()});
            full.source = QStringLiteral("botdeck!~bot@localhost");
            QCOMPARE(IrcCodec::serialize(full).value().size() + 2 + 1, 512);
        }
    }
}

void TestIrcText::ctcp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("isCtcp");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("argument");
    QTest::newRow("action") << QStringLiteral("\x01"
                                              "ACTION waves\x01")
                            << true << QStringLiteral("ACTION") << QStringLiteral("waves");
    QTest::newRow("unterminated") << QStringLiteral("\x01"
                                                    "ACTION waves")
                                  << true << QStringLiteral("ACTION") << QStringLiteral("waves");
    QTest::newRow("version") << QStringLiteral("\x01VERSION\x01") << true << QStringLiteral("VERSION") << QString();
    QTest::newRow("lower case") << QStringLiteral("\x01ping 123\x01") << true << QStringLiteral("PING")
                                << QStringLiteral("123");
    QTest::newRow("time") << QStringLiteral("\x01TIME\x01") << true << QStringLiteral("TIME") << QString();
    QTest::newRow("plain") << QStringLiteral("hello") << false << QString() << QString();
    QTest::newRow("lone delimiter") << QStringLiteral("\x01") << false << QString() << QString();
    QTest::newRow("empty command") << QStringLiteral("\x01\x01") << false << QString() << QString();
}

void TestIrcText::ctcp()
{
    QFETCH(QString, text);
    QFETCH(bool, isCtcp);
    const std::optional<IrcCtcp> parsed = IrcCtcp::parse(text);
    QCOMPARE(parsed.has_value(), isCtcp);
    if (parsed) {
        QTEST(parsed->command, "command");
        QTEST(parsed->argument, "argument");
    }
}

void TestIrcText::ctcpFormat()
{
    QCOMPARE(IrcCtcp::action(QStringLiteral("waves")),
             QStringLiteral("\x01"
                            "ACTION waves\x01"));
    QCOMPARE((IrcCtcp{QStringLiteral("VERSION"), {}}.toString()), QStringLiteral("\x01VERSION\x01"));
    const IrcCtcp ping{QStringLiteral("PING"), QStringLiteral("42")};
    QCOMPARE(IrcCtcp::parse(ping.toString()), std::optional<IrcCtcp>(ping));
}

void TestIrcText::lineBuffer()
{
    IrcLineBuffer buffer(512);
    QCOMPARE(buffer.feed("PING :a\r\nPI"), QList<QByteArray>{"PING :a"});
    QCOMPARE(buffer.pendingBytes(), 2);
    QCOMPARE(buffer.feed("NG :b\n\r\n\nPONG"), QList<QByteArray>{"PING :b"});
    QCOMPARE(buffer.feed("\r"), QList<QByteArray>{});
    QCOMPARE(buffer.feed("\n"), QList<QByteArray>{"PONG"});
    QCOMPARE(buffer.takeDroppedCount(), 0);
}

void TestIrcText::lineBufferDropsLongLines()
{
    IrcLineBuffer buffer(10);
    QCOMPARE(buffer.feed("0123456789\r\n"), QList<QByteArray>{"0123456789"});
    QCOMPARE(buffer.feed("01234567890123\r\nOK\r\n"), QList<QByteArray>{"OK"});
    QCOMPARE(buffer.takeDroppedCount(), 1);
    // Too long across chunks: dropped up to its end, then back in step.
    QCOMPARE(buffer.feed("0123456"), QList<QByteArray>{});
    QCOMPARE(buffer.feed("0123456"), QList<QByteArray>{});
    QCOMPARE(buffer.feed("more junk"), QList<QByteArray>{});
    QCOMPARE(buffer.feed("\nNEXT\n"), QList<QByteArray>{"NEXT"});
    QCOMPARE(buffer.takeDroppedCount(), 1);
}

void TestIrcText::lineBufferIsBounded()
{
    IrcLineBuffer buffer(IrcCodec::MaxInputBytes);
    const QByteArray junk(64 * 1024, 'x');
    for (int i = 0; i < 100; ++i) {
        QVERIFY(buffer.feed(junk).isEmpty());
        QVERIFY(buffer.pendingBytes() <= IrcCodec::MaxInputBytes + 1);
    }
    QCOMPARE(buffer.feed("\nPING x\n"), QList<QByteArray>{"PING x"});
}

QTEST_GUILESS_MAIN(TestIrcText)
#include "tst_irctext.moc"
