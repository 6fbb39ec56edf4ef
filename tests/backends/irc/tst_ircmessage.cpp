// The IRC line codec. The msg-split, msg-join and userhost-split tables
// follow the cases of the ircdocs parser-tests suite, written out here.
#include "backends/irc/irccodec.h"

#include <QTest>

using namespace Botdeck::Irc;

using Tags = QMap<QString, QString>;

class TestIrcMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseSplit_data();
    void parseSplit();
    void parseErrors_data();
    void parseErrors();
    void join_data();
    void join();
    void joinErrors_data();
    void joinErrors();
    void roundTrip_data();
    void roundTrip();
    void userhostSplit_data();
    void userhostSplit();
    void tagEscaping_data();
    void tagEscaping();
    void fallbackEncoding();
    void utf8Validation_data();
    void utf8Validation();
};

void TestIrcMessage::parseSplit_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("params");

    const QString none;
    auto row = [](const char *name, const char *line, Tags tags, const QString &source, const char *command,
                  QStringList params) {
        QTest::newRow(name) << QByteArray(line) << tags << source << QString::fromUtf8(command) << params;
    };
    using L = QStringList;
    auto s = [](const char *t) { return QString::fromUtf8(t); };

    row("simple", "foo bar baz asdf", {}, none, "foo", L{s("bar"), s("baz"), s("asdf")});
    row("with source", ":coolguy foo bar baz asdf", {}, s("coolguy"), "foo", L{s("bar"), s("baz"), s("asdf")});
    row("trailing", "foo bar baz :asdf quux", {}, none, "foo", L{s("bar"), s("baz"), s("asdf quux")});
    row("empty trailing", "foo bar baz :", {}, none, "foo", L{s("bar"), s("baz"), s("")});
    row("colon trailing", "foo bar baz ::asdf", {}, none, "foo", L{s("bar"), s("baz"), s(":asdf")});
    row("source and trailing", ":coolguy foo bar baz :asdf quux", {}, s("coolguy"), "foo",
        L{s("bar"), s("baz"), s("asdf quux")});
    row("trailing spaces kept", ":coolguy foo bar baz :  asdf quux ", {}, s("coolguy"), "foo",
        L{s("bar"), s("baz"), s("  asdf quux ")});
    row("colon inside trailing", ":coolguy PRIVMSG bar :lol :) ", {}, s("coolguy"), "PRIVMSG",
        L{s("bar"), s("lol :) ")});
    row("source empty trailing", ":coolguy foo bar baz :", {}, s("coolguy"), "foo", L{s("bar"), s("baz"), s("")});
    row("spaces trailing", ":coolguy foo bar baz :  ", {}, s("coolguy"), "foo", L{s("bar"), s("baz"), s("  ")});
    row("tags", "@a=b;c=32;k;rt=ql7 foo",
        Tags{{s("a"), s("b")}, {s("c"), s("32")}, {s("k"), s("")}, {s("rt"), s("ql7")}}, none, "foo", L{});
    row("escaped tags", "@a=b\\\\and\\nk;c=72\\s45;d=gh\\:764 foo",
        Tags{{s("a"), s("b\\and\nk")}, {s("c"), s("72 45")}, {s("d"), s("gh;764")}}, none, "foo", L{});
    row("tags source params", "@c;h=;a=b :quux ab cd", Tags{{s("c"), s("")}, {s("h"), s("")}, {s("a"), s("b")}},
        s("quux"), "ab", L{s("cd")});
    row("join middle", ":src JOIN #chan", {}, s("src"), "JOIN", L{s("#chan")});
    row("join trailing", ":src JOIN :#chan", {}, s("src"), "JOIN", L{s("#chan")});
    row("no params", ":src AWAY", {}, s("src"), "AWAY", L{});
    row("no params space", ":src AWAY ", {}, s("src"), "AWAY", L{});
    row("tab in source", ":cool\tguy foo bar baz", {}, s("cool\tguy"), "foo", L{s("bar"), s("baz")});
    row("control codes in source",
        ":coolguy!ag@net\x03"
        "5w\x03ork.admin PRIVMSG foo :bar baz",
        {},
        s("coolguy!ag@net\x03"
          "5w\x03ork.admin"),
        "PRIVMSG", L{s("foo"), s("bar baz")});
    row("vendor tags", "@tag1=value1;tag2;vendor1/tag3=value2;vendor2/tag4 COMMAND param1 param2 :param3 param3",
        Tags{
            {s("tag1"), s("value1")}, {s("tag2"), s("")}, {s("vendor1/tag3"), s("value2")}, {s("vendor2/tag4"), s("")}},
        none, "COMMAND", L{s("param1"), s("param2"), s("param3 param3")});
    row("server source", ":irc.example.com COMMAND param1 param2 :param3 param3", {}, s("irc.example.com"), "COMMAND",
        L{s("param1"), s("param2"), s("param3 param3")});
    row("command only", "COMMAND", {}, none, "COMMAND", L{});
    row("escaped backslashes", "@foo=\\\\\\\\\\:\\\\h\\\\ COMMAND", Tags{{s("foo"), s("\\\\;\\h\\")}}, none, "COMMAND",
        L{});
    row("multiple spaces", ":gravel.mozilla.org 432  #momo :Erroneous Nickname: Illegal characters", {},
        s("gravel.mozilla.org"), "432", L{s("#momo"), s("Erroneous Nickname: Illegal characters")});
    row("trailing space mode", ":gravel.mozilla.org MODE #tckk +n ", {}, s("gravel.mozilla.org"), "MODE",
        L{s("#tckk"), s("+n")});
    row("two trailing spaces", ":services.esper.net MODE #foo-bar +o foobar  ", {}, s("services.esper.net"), "MODE",
        L{s("#foo-bar"), s("+o"), s("foobar")});
    row("escaped backslash n", "@tag1=value\\\\ntest COMMAND", Tags{{s("tag1"), s("value\\ntest")}}, none, "COMMAND",
        L{});
    row("unknown escape", "@tag1=value\\1 COMMAND", Tags{{s("tag1"), s("value1")}}, none, "COMMAND", L{});
    row("lone backslash", "@tag1=value1\\ COMMAND", Tags{{s("tag1"), s("value1")}}, none, "COMMAND", L{});
    row("duplicate tag last wins", "@tag1=1;tag2=3;tag3=4;tag1=5 COMMAND",
        Tags{{s("tag1"), s("5")}, {s("tag2"), s("3")}, {s("tag3"), s("4")}}, none, "COMMAND", L{});
    row("vendor duplicate", "@tag1=1;tag2=3;tag3=4;tag1=5;vendor/tag2=8 COMMAND",
        Tags{{s("tag1"), s("5")}, {s("tag2"), s("3")}, {s("tag3"), s("4")}, {s("vendor/tag2"), s("8")}}, none,
        "COMMAND", L{});
    row("mode trailing", ":SomeOp MODE #channel :+i", {}, s("SomeOp"), "MODE", L{s("#channel"), s("+i")});
    row("mode trailing nick", ":SomeOp MODE #channel +oo SomeUser :AnotherUser", {}, s("SomeOp"), "MODE",
        L{s("#channel"), s("+oo"), s("SomeUser"), s("AnotherUser")});
    row("crlf stripped", "PING :123\r\n", {}, none, "PING", L{s("123")});
    row("utf8", ":n!u@h PRIVMSG #c :h\xc3\xa9llo \xe2\x82\xac", {}, s("n!u@h"), "PRIVMSG",
        L{s("#c"), s("h\xc3\xa9llo \xe2\x82\xac")});
}

void TestIrcMessage::parseSplit()
{
    QFETCH(QByteArray, line);
    const Botdeck::Result<IrcMessage> parsed = IrcCodec::parse(line);
    QVERIFY2(parsed.isOk(), qPrintable(parsed.error()));
    QTEST(parsed.value().tags, "tags");
    QTEST(parsed.value().source, "source");
    QTEST(parsed.value().command, "command");
    QTEST(parsed.value().params, "params");
}

void TestIrcMessage::parseErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty line");
    QTest::newRow("spaces") << QByteArray("   \r\n") << QStringLiteral("empty line");
    QTest::newRow("source only") << QByteArray(":nick!u@h") << QStringLiteral("line has no command");
    QTest::newRow("tags only") << QByteArray("@a=b") << QStringLiteral("line has no command");
    // Found by fuzz_irccodec: such a line used to parse to a command that
    // could not be written back.
    QTest::newRow("empty source") << QByteArray(" : :1NG:0'6171NG:0'6172")
                                  << QStringLiteral("line has an empty source");
    const QString notACommand = QStringLiteral("\"%1\" is not a command: a command is letters or a three-digit number");
    QTest::newRow("command with a colon") << QByteArray(":n!u@h :1NG x") << notACommand.arg(QStringLiteral(":1NG"));
    QTest::newRow("four-digit numeric") << QByteArray(":server 0011 bot :hi")
                                        << notACommand.arg(QStringLiteral("0011"));
    QTest::newRow("command with digits") << QByteArray("PRIV2MSG #a :x") << notACommand.arg(QStringLiteral("PRIV2MSG"));
    QTest::newRow("nul") << QByteArray("PRIVMSG #a :x\0y", 16) << QStringLiteral("line contains a NUL byte");
    QTest::newRow("too long") << (QByteArray("PRIVMSG #a :") + QByteArray(9000, 'x'))
                              << QStringLiteral("line too long (9012 bytes; at most 8703)");
    QTest::newRow("tags too long") << (QByteArray("@a=") + QByteArray(8200, 'x') + " PING")
                                   << QStringLiteral("message tags too long");
}

void TestIrcMessage::parseErrors()
{
    QFETCH(QByteArray, line);
    const Botdeck::Result<IrcMessage> parsed = IrcCodec::parse(line);
    QVERIFY(!parsed.isOk());
    QTEST(parsed.error(), "error");
}

void TestIrcMessage::join_data()
{
    QTest::addColumn<Tags>("tags");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("params");
    QTest::addColumn<QByteArray>("line");
    auto s = [](const char *t) { return QString::fromUtf8(t); };
    using L = QStringList;

    QTest::newRow("simple") << Tags{} << QString() << s("foo") << L{s("bar"), s("baz"), s("asdf")}
                            << QByteArray("foo bar baz asdf");
    QTest::newRow("source") << Tags{} << s("src") << s("AWAY") << L{} << QByteArray(":src AWAY");
    QTest::newRow("trailing with space") << Tags{} << QString() << s("foo") << L{s("bar"), s("baz"), s("asdf quux")}
                                         << QByteArray("foo bar baz :asdf quux");
    QTest::newRow("empty last") << Tags{} << QString() << s("foo") << L{s("bar"), s("baz"), s("")}
                                << QByteArray("foo bar baz :");
    QTest::newRow("colon last") << Tags{} << QString() << s("foo") << L{s("bar"), s("baz"), s(":asdf")}
                                << QByteArray("foo bar baz ::asdf");
    QTest::newRow("source and trailing") << Tags{} << s("coolguy") << s("foo") << L{s("bar"), s("baz"), s("asdf quux")}
                                         << QByteArray(":coolguy foo bar baz :asdf quux");
    QTest::newRow("tag") << Tags{{s("tag"), s("123")}} << QString() << s("foo") << L{} << QByteArray("@tag=123 foo");
    QTest::newRow("empty tag value") << Tags{{s("tag"), s("")}} << QString() << s("foo") << L{}
                                     << QByteArray("@tag foo");
    QTest::newRow("escaped tag") << Tags{{s("tag"), s("a b;c\\d\r\n")}} << QString() << s("foo") << L{}
                                 << QByteArray("@tag=a\\sb\\:c\\\\d\\r\\n foo");
    QTest::newRow("several tags") << Tags{{s("a"), s("1")}, {s("b"), s("")}} << s("n!u@h") << s("PRIVMSG")
                                  << L{s("#chan"), s("hi there")}
                                  << QByteArray("@a=1;b :n!u@h PRIVMSG #chan :hi there");
    QTest::newRow("utf8") << Tags{} << QString() << s("PRIVMSG") << L{s("#c"), s("\xc3\xa9t\xc3\xa9")}
                          << QByteArray("PRIVMSG #c \xc3\xa9t\xc3\xa9");
}

void TestIrcMessage::join()
{
    QFETCH(Tags, tags);
    QFETCH(QString, source);
    QFETCH(QString, command);
    QFETCH(QStringList, params);
    IrcMessage message(command, params);
    message.tags = tags;
    message.source = source;
    const Botdeck::Result<QByteArray> line = IrcCodec::serialize(message);
    QVERIFY2(line.isOk(), qPrintable(line.error()));
    QTEST(line.value(), "line");
}

void TestIrcMessage::joinErrors_data()
{
    QTest::addColumn<IrcMessage>("message");
    auto s = [](const char *t) { return QString::fromUtf8(t); };
    QTest::newRow("empty command") << IrcMessage(QString(), {s("x")});
    QTest::newRow("space in command") << IrcMessage(s("PRIV MSG"), {s("x")});
    QTest::newRow("colon in command") << IrcMessage(s(":PRIVMSG"), {s("x")});
    QTest::newRow("middle with space") << IrcMessage(s("PRIVMSG"), {s("#a b"), s("x")});
    QTest::newRow("empty middle") << IrcMessage(s("PRIVMSG"), {s(""), s("x")});
    QTest::newRow("middle with colon") << IrcMessage(s("PRIVMSG"), {s(":x"), s("x")});
    QTest::newRow("newline injection") << IrcMessage(s("PRIVMSG"), {s("#a"), s("hi\r\nQUIT :bye")});
    QTest::newRow("nul") << IrcMessage(s("PRIVMSG"), {s("#a"), QString(QChar(0))});
    IrcMessage badTag(s("PING"), {s("x")});
    badTag.tags.insert(s("a b"), s("c"));
    QTest::newRow("bad tag name") << badTag;
}

void TestIrcMessage::joinErrors()
{
    QFETCH(IrcMessage, message);
    const Botdeck::Result<QByteArray> line = IrcCodec::serialize(message);
    QVERIFY(!line.isOk());
    QVERIFY(!line.error().isEmpty());
}

void TestIrcMessage::roundTrip_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("privmsg") << QByteArray(":nick!user@host PRIVMSG #chan :hello world");
    QTest::newRow("tags") << QByteArray("@account=bob;time=2024-01-01T00:00:00.000Z :bob!b@h PRIVMSG #c :x y");
    QTest::newRow("escaped") << QByteArray("@msgid=a\\sb\\:c :s NOTICE * :*** hi");
    QTest::newRow("numeric") << QByteArray(":irc.example 353 me = #chan :@alice +bob carol");
    QTest::newRow("many params") << QByteArray("CMD a b c d e f g h i j k l m n o");
}

void TestIrcMessage::roundTrip()
{
    QFETCH(QByteArray, line);
    const Botdeck::Result<IrcMessage> parsed = IrcCodec::parse(line);
    QVERIFY(parsed.isOk());
    const Botdeck::Result<QByteArray> again = IrcCodec::serialize(parsed.value());
    QVERIFY(again.isOk());
    QCOMPARE(again.value(), line);
    QCOMPARE(IrcCodec::parse(again.value()).value(), parsed.value());
}

void TestIrcMessage::userhostSplit_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    auto s = [](const char *t) { return QString::fromUtf8(t); };
    QTest::newRow("nick") << s("coolguy") << s("coolguy") << QString() << QString();
    QTest::newRow("full") << s("coolguy!ag@127.0.0.1") << s("coolguy") << s("ag") << s("127.0.0.1");
    QTest::newRow("tilde") << s("coolguy!~ag@localhost") << s("coolguy") << s("~ag") << s("localhost");
    QTest::newRow("no user") << s("coolguy@127.0.0.1") << s("coolguy") << QString() << s("127.0.0.1");
    QTest::newRow("no host") << s("coolguy!ag") << s("coolguy") << s("ag") << QString();
    QTest::newRow("control codes") << s("coolguy!ag@net\x03"
                                        "5w\x03ork.admin")
                                   << s("coolguy") << s("ag")
                                   << s("net\x03"
                                        "5w\x03ork.admin");
    QTest::newRow("more codes") << s("coolguy!~ag@n\x02"
                                     "et\x03"
                                     "05w\x0f"
                                     "ork.admin")
                                << s("coolguy") << s("~ag")
                                << s("n\x02"
                                     "et\x03"
                                     "05w\x0f"
                                     "ork.admin");
    QTest::newRow("server") << s("irc.example.org") << s("irc.example.org") << QString() << QString();
}

void TestIrcMessage::userhostSplit()
{
    QFETCH(QString, source);
    const IrcSource parts = IrcSource::parse(source);
    QTEST(parts.nick, "nick");
    QTEST(parts.user, "user");
    QTEST(parts.host, "host");
    QCOMPARE(parts.toString(), source);
}

void TestIrcMessage::tagEscaping_data()
{
    QTest::addColumn<QString>("plain");
    QTest::newRow("empty") << QString();
    QTest::newRow("all specials") << QStringLiteral("; \\\r\n");
    QTest::newRow("text") << QStringLiteral("hello world; it's \\ fine");
}

void TestIrcMessage::tagEscaping()
{
    QFETCH(QString, plain);
    const QString escaped = IrcCodec::escapeTagValue(plain);
    QVERIFY(!escaped.contains(QLatin1Char(' ')));
    QVERIFY(!escaped.contains(QLatin1Char(';')));
    QCOMPARE(IrcCodec::unescapeTagValue(escaped), plain);
}

void TestIrcMessage::fallbackEncoding()
{
    // "café" in latin-1 is not UTF-8: it must arrive readable, not dropped.
    const Botdeck::Result<IrcMessage> latin = IrcCodec::parse("PRIVMSG #c :caf\xe9");
    QVERIFY(latin.isOk());
    QCOMPARE(latin.value().param(1), QStringLiteral("caf\u00e9"));
    const Botdeck::Result<IrcMessage> replaced
        = IrcCodec::parse("PRIVMSG #c :caf\xe9", IrcCodec::Fallback::ReplacementCharacter);
    QVERIFY(replaced.isOk());
    QCOMPARE(replaced.value().param(1), QStringLiteral("caf\ufffd"));
}

void TestIrcMessage::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("hello") << true;
    QTest::newRow("two bytes") << QByteArray("\xc3\xa9") << true;
    QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("truncated") << QByteArray("\xe2\x82") << false;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("stray continuation") << QByteArray("\x80") << false;
    QTest::newRow("beyond unicode") << QByteArray("\xf4\x90\x80\x80") << false;
}

void TestIrcMessage::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QTEST(IrcCodec::isValidUtf8(bytes), "valid");
}

QTEST_GUILESS_MAIN(TestIrcMessage)
#include "tst_ircmessage.moc"
