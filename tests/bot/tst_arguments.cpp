// Shell-like argument splitting (splitArguments) and its inverse
// (quoteArgument).
#include "core/bot/arguments.h"

#include <QTest>

using namespace Botdeck;

class TestArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("empty") << QString() << QStringList();
        QTest::newRow("only spaces") << QStringLiteral("   \t ") << QStringList();
        QTest::newRow("one word") << QStringLiteral("hello") << QStringList{QStringLiteral("hello")};
        QTest::newRow("words") << QStringLiteral("a bb ccc")
                               << QStringList{QStringLiteral("a"), QStringLiteral("bb"), QStringLiteral("ccc")};
        QTest::newRow("runs of white space")
            << QStringLiteral("  a \t\n b  ") << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("single quotes") << QStringLiteral("'a b' c")
                                       << QStringList{QStringLiteral("a b"), QStringLiteral("c")};
        QTest::newRow("double quotes") << QStringLiteral("x \"a  b\"")
                                       << QStringList{QStringLiteral("x"), QStringLiteral("a  b")};
        QTest::newRow("single quotes are literal")
            << QStringLiteral("'a\\b \"c\" \\'") << QStringList{QStringLiteral("a\\b \"c\" \\")};
        QTest::newRow("escapes in double quotes")
            << QStringLiteral("\"say \\\"hi\\\" \\\\ ok\"") << QStringList{QStringLiteral("say \"hi\" \\ ok")};
        QTest::newRow("other backslashes in double quotes stay")
            << QStringLiteral("\"a\\nb\\'c\"") << QStringList{QStringLiteral("a\\nb\\'c")};
        QTest::newRow("single quote inside double quotes")
            << QStringLiteral("\"it's\"") << QStringList{QStringLiteral("it's")};
        QTest::newRow("double quote inside single quotes")
            << QStringLiteral("'say \"x\"'") << QStringList{QStringLiteral("say \"x\"")};
        QTest::newRow("escaped space") << QStringLiteral("a\\ b c")
                                       << QStringList{QStringLiteral("a b"), QStringLiteral("c")};
        QTest::newRow("escaped quotes outside quotes")
            << QStringLiteral("\\'x \\\"y") << QStringList{QStringLiteral("'x"), QStringLiteral("\"y")};
        QTest::newRow("escaped backslash") << QStringLiteral("a\\\\b") << QStringList{QStringLiteral("a\\b")};
        QTest::newRow("trailing backslash kept") << QStringLiteral("abc\\") << QStringList{QStringLiteral("abc\\")};
        QTest::newRow("empty single quoted") << QStringLiteral("'' x") << QStringList{QString(), QStringLiteral("x")};
        QTest::newRow("empty double quoted") << QStringLiteral("x \"\"") << QStringList{QStringLiteral("x"), QString()};
        QTest::newRow("only empty quotes") << QStringLiteral("'' \"\"") << QStringList{QString(), QString()};
        QTest::newRow("quotes glue to words") << QStringLiteral("pre'mid dle'post \"a\"'b'c")
                                              << QStringList{QStringLiteral("premid dlepost"), QStringLiteral("abc")};
        QTest::newRow("adjacent empty quotes vanish") << QStringLiteral("a''b") << QStringList{QStringLiteral("ab")};
        QTest::newRow("unicode") << QStringLiteral("héllo 'wörld 😀' 日本語 \"Ελληνικά x\"")
                                 << QStringList{QStringLiteral("héllo"), QStringLiteral("wörld 😀"),
                                                QStringLiteral("日本語"), QStringLiteral("Ελληνικά x")};
        QTest::newRow("emoji escaped") << QStringLiteral("\\😀x") << QStringList{QStringLiteral("😀x")};
    }

    void split()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Result<QStringList> result = splitArguments(text);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QCOMPARE(result.value(), expected);
        // Empty quoted arguments are real, empty arguments, distinguishable
        // from none at all.
        QCOMPARE(result.value().size(), expected.size());
    }

    void unterminated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind");

        QTest::newRow("single") << QStringLiteral("'abc") << QStringLiteral("single");
        QTest::newRow("single after words") << QStringLiteral("a b 'c d") << QStringLiteral("single");
        QTest::newRow("apostrophe in a word") << QStringLiteral("it's") << QStringLiteral("single");
        QTest::newRow("double") << QStringLiteral("\"abc") << QStringLiteral("double");
        QTest::newRow("double after words") << QStringLiteral("x \"y z") << QStringLiteral("double");
        QTest::newRow("escaped closing double") << QStringLiteral("\"abc\\\"") << QStringLiteral("double");
        QTest::newRow("double inside open single") << QStringLiteral("'a\"b\"") << QStringLiteral("single");
        QTest::newRow("single inside open double") << QStringLiteral("\"it's") << QStringLiteral("double");
        QTest::newRow("lone single") << QStringLiteral("'") << QStringLiteral("single");
        QTest::newRow("lone double") << QStringLiteral("\"") << QStringLiteral("double");
    }

    void unterminated()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        const Result<QStringList> result = splitArguments(text);
        QVERIFY(!result.isOk());
        const QString error = result.error();
        QVERIFY2(error.contains(kind), qPrintable(error));
        const QString other = kind == QLatin1String("single") ? QStringLiteral("double") : QStringLiteral("single");
        QVERIFY2(!error.contains(other), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("not closed")), qPrintable(error));
    }

    void quoteRoundTrip_data()
    {
        QTest::addColumn<QString>("argument");

        QTest::newRow("plain") << QStringLiteral("plain");
        QTest::newRow("empty") << QString();
        QTest::newRow("space") << QStringLiteral("two words");
        QTest::newRow("only a space") << QStringLiteral(" ");
        QTest::newRow("leading and trailing spaces") << QStringLiteral("  x  ");
        QTest::newRow("tab and newline") << QStringLiteral("a\tb\nc");
        QTest::newRow("apostrophe") << QStringLiteral("it's");
        QTest::newRow("double quotes") << QStringLiteral("say \"hi\"");
        QTest::newRow("lone double quote") << QStringLiteral("\"");
        QTest::newRow("lone single quote") << QStringLiteral("'");
        QTest::newRow("backslash") << QStringLiteral("C:\\dir\\file");
        QTest::newRow("trailing backslash") << QStringLiteral("end\\");
        QTest::newRow("lone backslash") << QStringLiteral("\\");
        QTest::newRow("backslash before quote") << QStringLiteral("\\\"");
        QTest::newRow("everything") << QStringLiteral("a'b\"c\\d e");
        QTest::newRow("unicode") << QStringLiteral("ünïcödé 😀 日本");
        QTest::newRow("no-break space") << QStringLiteral("a\u00a0b");
        QTest::newRow("shell characters") << QStringLiteral("$HOME;rm *|&");
    }

    void quoteRoundTrip()
    {
        QFETCH(QString, argument);
        const QString quoted = quoteArgument(argument);
        const Result<QStringList> back = splitArguments(quoted);
        QVERIFY2(back.isOk(), qPrintable(back.error()));
        QCOMPARE(back.value(), QStringList{argument});

        // Also among others, in the middle of a command line.
        const QString line = QStringLiteral("first ") + quoted + QStringLiteral(" last");
        const Result<QStringList> inLine = splitArguments(line);
        QVERIFY2(inLine.isOk(), qPrintable(inLine.error()));
        QCOMPARE(inLine.value(), (QStringList{QStringLiteral("first"), argument, QStringLiteral("last")}));
    }

    void quoteLeavesPlainWordsAlone()
    {
        QCOMPARE(quoteArgument(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(quoteArgument(QStringLiteral("@alice")), QStringLiteral("@alice"));
        QCOMPARE(quoteArgument(QStringLiteral("日本")), QStringLiteral("日本"));
        QCOMPARE(quoteArgument(QString()), QStringLiteral("\"\""));
        QCOMPARE(quoteArgument(QStringLiteral("a b")), QStringLiteral("\"a b\""));
    }

    void quoteWholeList()
    {
        const QStringList arguments = {QStringLiteral("#dev"), QString(), QStringLiteral("it's \"fine\""),
                                       QStringLiteral("back\\slash"), QStringLiteral("x")};
        QStringList quoted;
        for (const QString &argument : arguments)
            quoted.append(quoteArgument(argument));
        const Result<QStringList> back = splitArguments(quoted.join(u' '));
        QVERIFY2(back.isOk(), qPrintable(back.error()));
        QCOMPARE(back.value(), arguments);
    }
};

QTEST_APPLESS_MAIN(TestArguments)
#include "tst_arguments.moc"
