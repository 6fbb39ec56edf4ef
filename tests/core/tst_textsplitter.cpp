// Cutting long replies to a service's message size (splitUtf8): at spaces
// where possible, never inside a UTF-8 sequence or a surrogate pair.
#include "core/textsplitter.h"

#include <QSet>
#include <QTest>

using namespace Botdeck;

namespace {

qsizetype utf8Size(const QString &text)
{
    return text.toUtf8().size();
}

// Whether pieces, joined back with nothing or with the one space a cut
// removed between two of them (or after the last), give text again.
bool reassembles(const QString &text, const QStringList &pieces, qsizetype index, qsizetype position,
                 QSet<std::pair<qsizetype, qsizetype>> &failed)
{
    if (index == pieces.size())
        return position == text.size() || (position + 1 == text.size() && text.at(position) == u' ');
    if (failed.contains({index, position}))
        return false;
    const QString &piece = pieces.at(index);
    if (QStringView(text).mid(position).startsWith(piece)
        && reassembles(text, pieces, index + 1, position + piece.size(), failed))
        return true;
    if (index > 0 && position < text.size() && text.at(position) == u' '
        && QStringView(text).mid(position + 1).startsWith(piece)
        && reassembles(text, pieces, index + 1, position + 1 + piece.size(), failed))
        return true;
    failed.insert({index, position});
    return false;
}

QString reassemblyError(const QString &text, const QStringList &pieces)
{
    QSet<std::pair<qsizetype, qsizetype>> failed;
    if (reassembles(text, pieces, 0, 0, failed))
        return {};
    return QStringLiteral("the pieces [%1] do not give the text back").arg(pieces.join(QStringLiteral("|")));
}

// Whether a piece ends with the first half of a surrogate pair whose
// second half starts the next piece.
bool cutsASurrogatePair(const QStringList &pieces)
{
    for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
        if (!pieces.at(i).isEmpty() && !pieces.at(i + 1).isEmpty() && pieces.at(i).back().isHighSurrogate()
            && pieces.at(i + 1).front().isLowSurrogate())
            return true;
    }
    return false;
}

QString words(int count, const QString &word)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(word);
    return list.join(u' ');
}

} // namespace

class TestTextSplitter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noLimit_data()
    {
        QTest::addColumn<int>("maxBytes");
        QTest::newRow("zero") << 0;
        QTest::newRow("minus one") << -1;
        QTest::newRow("very negative") << -100000;
    }

    void noLimit()
    {
        QFETCH(int, maxBytes);
        const QString text = words(2000, QStringLiteral("wörd😀"));
        QCOMPARE(splitUtf8(text, maxBytes), QStringList{text});
        QCOMPARE(splitUtf8(QStringLiteral("x"), maxBytes), QStringList{QStringLiteral("x")});
    }

    void examples_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxBytes");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("short") << QStringLiteral("hello") << 100 << QStringList{QStringLiteral("hello")};
        QTest::newRow("exact fit ascii") << QStringLiteral("abcd") << 4 << QStringList{QStringLiteral("abcd")};
        QTest::newRow("exact fit with space")
            << QStringLiteral("aaaa bbbb") << 9 << QStringList{QStringLiteral("aaaa bbbb")};
        QTest::newRow("exact fit two-byte") << QStringLiteral("éé") << 4 << QStringList{QStringLiteral("éé")};
        QTest::newRow("exact fit three-byte") << QStringLiteral("日本語") << 9 << QStringList{QStringLiteral("日本語")};
        QTest::newRow("exact fit emoji") << QStringLiteral("😀😀") << 8 << QStringList{QStringLiteral("😀😀")};
        QTest::newRow("one byte over") << QStringLiteral("abcde") << 4
                                       << QStringList{QStringLiteral("abcd"), QStringLiteral("e")};
        QTest::newRow("cut at the last space") << QStringLiteral("one two three four") << 13
                                               << QStringList{QStringLiteral("one two three"), QStringLiteral("four")};
        QTest::newRow("cut at the last of several spaces")
            << QStringLiteral("a b c d e f g h") << 8
            << QStringList{QStringLiteral("a b c d"), QStringLiteral("e f g h")};
        QTest::newRow("word ends exactly at the limit")
            << QStringLiteral("hello world") << 5 << QStringList{QStringLiteral("hello"), QStringLiteral("world")};
        QTest::newRow("words end exactly at the limit")
            << QStringLiteral("aaaa bbbb cccc") << 4
            << QStringList{QStringLiteral("aaaa"), QStringLiteral("bbbb"), QStringLiteral("cccc")};
        QTest::newRow("two words end exactly at the limit")
            << QStringLiteral("aa bb cc dd") << 5 << QStringList{QStringLiteral("aa bb"), QStringLiteral("cc dd")};
        QTest::newRow("no space: between characters")
            << QStringLiteral("abcdefghij") << 4
            << QStringList{QStringLiteral("abcd"), QStringLiteral("efgh"), QStringLiteral("ij")};
        QTest::newRow("long word after a short one")
            << QStringLiteral("a bcdefghij") << 4
            << QStringList{QStringLiteral("a"), QStringLiteral("bcde"), QStringLiteral("fghi"), QStringLiteral("j")};
        QTest::newRow("two-byte characters never halved")
            << QStringLiteral("ééééé") << 5
            << QStringList{QStringLiteral("éé"), QStringLiteral("éé"), QStringLiteral("é")};
        QTest::newRow("three-byte characters never cut") << QStringLiteral("日本語テキスト") << 7
                                                         << QStringList{QStringLiteral("日本"), QStringLiteral("語テ"),
                                                                        QStringLiteral("キス"), QStringLiteral("ト")};
        QTest::newRow("surrogate pairs never split")
            << QStringLiteral("😀😀😀") << 7 << QStringList{QStringLiteral("😀"), QStringLiteral("😀"), QStringLiteral("😀")};
        QTest::newRow("emoji after ascii")
            << QStringLiteral("abc😀d") << 5 << QStringList{QStringLiteral("abc"), QStringLiteral("😀d")};
        QTest::newRow("space after a multi-byte word")
            << QStringLiteral("grüße aus köln") << 9
            << QStringList{QStringLiteral("grüße"), QStringLiteral("aus köln")};
        QTest::newRow("trailing space at the cut")
            << QStringLiteral("abcd ") << 4 << QStringList{QStringLiteral("abcd")};
        // A limit below 4 bytes: every piece still respects it where a
        // character fits at all; a character bigger than the limit goes alone.
        QTest::newRow("limit 1 ascii") << QStringLiteral("abc") << 1
                                       << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("limit 2 ascii") << QStringLiteral("abcde") << 2
                                       << QStringList{QStringLiteral("ab"), QStringLiteral("cd"), QStringLiteral("e")};
        QTest::newRow("limit 2 words") << QStringLiteral("a b c") << 2
                                       << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        QTest::newRow("limit 3 ascii") << QStringLiteral(
            "abcdefg") << 3 << QStringList{QStringLiteral("abc"), QStringLiteral("def"), QStringLiteral("g")};
        QTest::newRow("limit 1 two-byte")
            << QStringLiteral("éa") << 1 << QStringList{QStringLiteral("é"), QStringLiteral("a")};
        QTest::newRow("limit 2 emoji") << QStringLiteral("😀a😀") << 2
                                       << QStringList{QStringLiteral("😀"), QStringLiteral("a"), QStringLiteral("😀")};
        QTest::newRow("limit 3 emoji and ascii")
            << QStringLiteral("ab😀cd") << 3
            << QStringList{QStringLiteral("ab"), QStringLiteral("😀"), QStringLiteral("cd")};
    }

    void examples()
    {
        QFETCH(QString, text);
        QFETCH(int, maxBytes);
        QFETCH(QStringList, expected);
        QCOMPARE(splitUtf8(text, maxBytes), expected);
    }

    // The promises, over many texts and limits.
    void properties_data()
    {
        QTest::addColumn<QString>("text");

        QTest::newRow("ascii words") << words(60, QStringLiteral("lorem"));
        QTest::newRow("one long ascii word") << QStringLiteral("x").repeated(300);
        QTest::newRow("two-byte words") << words(40, QStringLiteral("äöüß"));
        QTest::newRow("three-byte text") << QStringLiteral("日本語のテキスト").repeated(20);
        QTest::newRow("emoji only") << QStringLiteral("😀").repeated(50);
        QTest::newRow("emoji words") << words(30, QStringLiteral("a😀b"));
        QTest::newRow("mixed") << words(20, QStringLiteral("Grüße, 世界! 👋🏽 ok"));
        QTest::newRow("double spaces") << words(30, QStringLiteral("ab ")) + QStringLiteral(" end");
        QTest::newRow("leading and trailing spaces")
            << QStringLiteral("   ") + words(20, QStringLiteral("xy")) + QStringLiteral("   ");
        QTest::newRow("lone surrogates") << QString(QChar(0xd800)) + QStringLiteral("ab") + QChar(0xdc00)
                + QStringLiteral(" cd").repeated(20);
    }

    void properties()
    {
        QFETCH(QString, text);
        for (int maxBytes = 1; maxBytes <= 40; ++maxBytes) {
            const QStringList pieces = splitUtf8(text, maxBytes);
            const QString context = QStringLiteral("maxBytes %1").arg(maxBytes);
            QVERIFY2(!pieces.isEmpty(), qPrintable(context));
            QVERIFY2(!cutsASurrogatePair(pieces), qPrintable(context));
            for (const QString &piece : pieces) {
                QVERIFY2(!piece.isEmpty(), qPrintable(context));
                // Over the limit only when one character alone is bigger.
                const bool single = piece.size() == 1 || (piece.size() == 2 && piece.at(0).isHighSurrogate());
                QVERIFY2(utf8Size(piece) <= maxBytes || (single && maxBytes < 4),
                         qPrintable(context + QStringLiteral(": \"%1\" has %2 bytes").arg(piece).arg(utf8Size(piece))));
            }
            const QString error = reassemblyError(text, pieces);
            QVERIFY2(error.isEmpty(), qPrintable(context + QStringLiteral(": ") + error));
        }
    }

    // Where a piece could take the next word whole, it does: pieces are as
    // full as the limit allows, so nothing gets split into more messages
    // than needed.
    void piecesAreFull()
    {
        const QString text = words(50, QStringLiteral("abc"));
        for (int maxBytes = 3; maxBytes <= 30; ++maxBytes) {
            const QStringList pieces = splitUtf8(text, maxBytes);
            for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
                const QString joined = pieces.at(i) + u' ' + pieces.at(i + 1).section(u' ', 0, 0);
                QVERIFY2(
                    utf8Size(joined) > maxBytes,
                    qPrintable(QStringLiteral("maxBytes %1, piece %2: \"%3\"").arg(maxBytes).arg(i).arg(pieces.at(i))));
                QVERIFY(!pieces.at(i + 1).startsWith(u' '));
            }
        }
    }

    void surrogatePairsAtEveryOffset()
    {
        // Shift an emoji across every cut position.
        for (int pad = 0; pad < 8; ++pad) {
            const QString text = QStringLiteral("a").repeated(pad) + QStringLiteral("😀").repeated(10);
            for (int maxBytes = 4; maxBytes <= 9; ++maxBytes) {
                const QStringList pieces = splitUtf8(text, maxBytes);
                QVERIFY(!cutsASurrogatePair(pieces));
                QCOMPARE(pieces.join(QString()), text);
                for (const QString &piece : pieces) {
                    QVERIFY(utf8Size(piece) <= maxBytes);
                    QVERIFY(!piece.contains(QChar::ReplacementCharacter));
                }
            }
        }
    }

    void emptyText()
    {
        QCOMPARE(splitUtf8(QString(), 10), QStringList{QString()});
        QCOMPARE(splitUtf8(QString(), 0), QStringList{QString()});
    }
};

QTEST_APPLESS_MAIN(TestTextSplitter)
#include "tst_textsplitter.moc"
