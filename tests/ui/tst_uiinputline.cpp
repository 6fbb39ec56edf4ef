// The input line: submitting, history with Up/Down, Tab completion of nicks.
#include "ui/inputline.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using Botdeck::InputLine;

class TestInputLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnSubmitsAndClears()
    {
        InputLine line;
        QSignalSpy submitted(&line, &InputLine::submitted);
        QTest::keyClicks(&line, QStringLiteral("hello there"));
        QTest::keyClick(&line, Qt::Key_Return);
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.at(0).at(0).toString(), QStringLiteral("hello there"));
        QVERIFY(line.text().isEmpty());
        // Blank lines go nowhere.
        QTest::keyClicks(&line, QStringLiteral("   "));
        QTest::keyClick(&line, Qt::Key_Return);
        QCOMPARE(submitted.count(), 1);
    }

    void historyWalksBackAndForth()
    {
        InputLine line;
        for (const QString &text : {QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}) {
            line.setText(text);
            QTest::keyClick(&line, Qt::Key_Return);
        }
        QTest::keyClicks(&line, QStringLiteral("draft"));
        QTest::keyClick(&line, Qt::Key_Up);
        QCOMPARE(line.text(), QStringLiteral("three"));
        QTest::keyClick(&line, Qt::Key_Up);
        QTest::keyClick(&line, Qt::Key_Up);
        QTest::keyClick(&line, Qt::Key_Up);
        QCOMPARE(line.text(), QStringLiteral("one"));
        QTest::keyClick(&line, Qt::Key_Down);
        QCOMPARE(line.text(), QStringLiteral("two"));
        QTest::keyClick(&line, Qt::Key_Down);
        QTest::keyClick(&line, Qt::Key_Down);
        // Past the newest entry comes back what was being typed.
        QCOMPARE(line.text(), QStringLiteral("draft"));
        QCOMPARE(line.history().size(), 3);
    }

    void tabCompletesNicks()
    {
        InputLine line;
        line.setCompletionSource([] {
            return QStringList{QStringLiteral("alice"), QStringLiteral("Albert"), QStringLiteral("bob")};
        });
        QTest::keyClicks(&line, QStringLiteral("al"));
        QTest::keyClick(&line, Qt::Key_Tab);
        // At the start of the line a nick is addressed: "nick: ".
        QCOMPARE(line.text(), QStringLiteral("Albert: "));
        QTest::keyClick(&line, Qt::Key_Tab);
        QCOMPARE(line.text(), QStringLiteral("alice: "));
        QTest::keyClick(&line, Qt::Key_Tab);
        QCOMPARE(line.text(), QStringLiteral("Albert: "));
        // Typing ends the cycle; in the middle of a line a space follows.
        QTest::keyClicks(&line, QStringLiteral("ask B"));
        QTest::keyClick(&line, Qt::Key_Tab);
        QCOMPARE(line.text(), QStringLiteral("Albert: ask bob "));
        // Nothing matches: nothing changes, and the focus stays.
        QTest::keyClicks(&line, QStringLiteral("zz"));
        QTest::keyClick(&line, Qt::Key_Tab);
        QCOMPARE(line.text(), QStringLiteral("Albert: ask bob zz"));
    }
};

QTEST_MAIN(TestInputLine)
#include "tst_uiinputline.moc"
