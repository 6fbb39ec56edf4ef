// Edit distance with transpositions (editDistance) and the "did you mean"
// suggestions built on it (closestMatches).
#include "core/bot/suggestions.h"

#include <QTest>

#include <cstdlib>

using namespace Botdeck;

namespace {

const QStringList BuiltinWords = {
    QStringLiteral("acl"),  QStringLiteral("echo"),   QStringLiteral("help"),   QStringLiteral("plugin"),
    QStringLiteral("room"), QStringLiteral("status"), QStringLiteral("uptime"), QStringLiteral("whoami"),
};

} // namespace

class TestSuggestions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");

        QTest::newRow("both empty") << QString() << QString() << 0;
        QTest::newRow("from empty") << QString() << QStringLiteral("abc") << 3;
        QTest::newRow("to empty") << QStringLiteral("abcd") << QString() << 4;
        QTest::newRow("same") << QStringLiteral("help") << QStringLiteral("help") << 0;
        QTest::newRow("one substitution") << QStringLiteral("help") << QStringLiteral("hélp") << 1;
        QTest::newRow("one insertion") << QStringLiteral("hep") << QStringLiteral("help") << 1;
        QTest::newRow("one deletion") << QStringLiteral("helpp") << QStringLiteral("help") << 1;
        QTest::newRow("case counts") << QStringLiteral("Help") << QStringLiteral("help") << 1;
        QTest::newRow("kitten sitting") << QStringLiteral("kitten") << QStringLiteral("sitting") << 3;
        QTest::newRow("flaw lawn") << QStringLiteral("flaw") << QStringLiteral("lawn") << 2;
        QTest::newRow("transposition of two") << QStringLiteral("ab") << QStringLiteral("ba") << 1;
        QTest::newRow("transposition at the start") << QStringLiteral("ehlp") << QStringLiteral("help") << 1;
        QTest::newRow("transposition in the middle") << QStringLiteral("hlep") << QStringLiteral("help") << 1;
        QTest::newRow("transposition at the end") << QStringLiteral("whoaim") << QStringLiteral("whoami") << 1;
        QTest::newRow("two transpositions") << QStringLiteral("abcd") << QStringLiteral("badc") << 2;
        QTest::newRow("transposition and substitution") << QStringLiteral("hlex") << QStringLiteral("help") << 2;
        // Optimal string alignment: a transposed pair is not edited again.
        QTest::newRow("osa, not full damerau") << QStringLiteral("ca") << QStringLiteral("abc") << 3;
        QTest::newRow("nothing in common") << QStringLiteral("abc") << QStringLiteral("xyz") << 3;
        QTest::newRow("unicode") << QStringLiteral("grüße") << QStringLiteral("grusse") << 3;
        QTest::newRow("emoji") << QStringLiteral("a😀") << QStringLiteral("a😁") << 1;
    }

    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(editDistance(a, b), expected);
        QCOMPARE(editDistance(b, a), expected);
    }

    void distanceBounds()
    {
        const QStringList words = BuiltinWords + QStringList{QString(), QStringLiteral("x"), QStringLiteral("statsu")};
        for (const QString &a : words) {
            for (const QString &b : words) {
                const int d = editDistance(a, b);
                QVERIFY(d >= std::abs(int(a.size() - b.size())));
                QVERIFY(d <= std::max(a.size(), b.size()));
                QCOMPARE(d == 0, a == b);
            }
        }
    }

    void closest_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("candidates");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("exact") << QStringLiteral("help") << BuiltinWords << 3 << QStringList{QStringLiteral("help")};
        QTest::newRow("swapped letters") << QStringLiteral("hlep") << BuiltinWords << 3
                                         << QStringList{QStringLiteral("help")};
        QTest::newRow("swapped letters, long word")
            << QStringLiteral("statsu") << BuiltinWords << 3 << QStringList{QStringLiteral("status")};
        QTest::newRow("missing letter") << QStringLiteral("ech") << BuiltinWords << 3
                                        << QStringList{QStringLiteral("echo")};
        QTest::newRow("case is ignored") << QStringLiteral("WHOAMI") << BuiltinWords << 3
                                         << QStringList{QStringLiteral("whoami")};
        QTest::newRow("candidate's own case kept")
            << QStringLiteral("help") << QStringList{QStringLiteral("Help"), QStringLiteral("Yelp")} << 3
            << QStringList{QStringLiteral("Help"), QStringLiteral("Yelp")};
        QTest::newRow("prefix") << QStringLiteral("up") << BuiltinWords << 3 << QStringList{QStringLiteral("uptime")};
        QTest::newRow("prefix of a long name")
            << QStringLiteral("plu") << BuiltinWords << 3 << QStringList{QStringLiteral("plugin")};
        QTest::newRow("one letter is no prefix") << QStringLiteral("u") << BuiltinWords << 3 << QStringList();
        QTest::newRow("closest first, then by name")
            << QStringLiteral("echo")
            << QStringList{QStringLiteral("eco"), QStringLiteral("acho"), QStringLiteral("echo")} << 3
            << QStringList{QStringLiteral("echo"), QStringLiteral("acho"), QStringLiteral("eco")};
        QTest::newRow("ties by name") << QStringLiteral("rom")
                                      << QStringList{QStringLiteral("room"), QStringLiteral("roam"),
                                                     QStringLiteral("rom"), QStringLiteral("random")}
                                      << 5
                                      << QStringList{QStringLiteral("rom"), QStringLiteral("roam"),
                                                     QStringLiteral("room")};
        QTest::newRow("limit") << QStringLiteral("rom")
                               << QStringList{QStringLiteral("room"), QStringLiteral("roam"), QStringLiteral("rom"),
                                              QStringLiteral("random")}
                               << 2 << QStringList{QStringLiteral("rom"), QStringLiteral("roam")};
        QTest::newRow("limit one") << QStringLiteral("room")
                                   << QStringList{QStringLiteral("room leave"), QStringLiteral("room join"),
                                                  QStringLiteral("room create")}
                                   << 1 << QStringList{QStringLiteral("room create")};
        QTest::newRow("limit zero") << QStringLiteral("help") << BuiltinWords << 0 << QStringList();
        QTest::newRow("prefix matches multi-word names")
            << QStringLiteral("room")
            << QStringList{QStringLiteral("room leave"), QStringLiteral("room join"), QStringLiteral("room create"),
                           QStringLiteral("room topic"), QStringLiteral("acl show")}
            << 3
            << QStringList{QStringLiteral("room create"), QStringLiteral("room join"), QStringLiteral("room leave")};
        QTest::newRow("nothing close") << QStringLiteral("xyzzy") << BuiltinWords << 3 << QStringList();
        QTest::newRow("too far for a short word")
            << QStringLiteral("ab") << QStringList{QStringLiteral("acl")} << 3 << QStringList();
        QTest::newRow("no candidates") << QStringLiteral("help") << QStringList() << 3 << QStringList();
        QTest::newRow("tolerance grows with length")
            << QStringLiteral("whoammmi") << BuiltinWords << 3 << QStringList{QStringLiteral("whoami")};
    }

    void closest()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, candidates);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        QCOMPARE(closestMatches(word, candidates, limit), expected);
    }

    void defaultLimitIsThree()
    {
        const QStringList many = {QStringLiteral("aa"), QStringLiteral("ab"), QStringLiteral("ac"),
                                  QStringLiteral("ad"), QStringLiteral("ae")};
        QCOMPARE(closestMatches(QStringLiteral("a"), many),
                 (QStringList{QStringLiteral("aa"), QStringLiteral("ab"), QStringLiteral("ac")}));
    }
};

QTEST_APPLESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
