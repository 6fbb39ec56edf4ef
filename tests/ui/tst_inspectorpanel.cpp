// The identifier inspector shows every field and the extras, each copyable.
#include "ui/inspectorpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace Botdeck;

class TestInspectorPanel : public QObject
{
    Q_OBJECT

private:
    // The panel shows exactly these fields, in this order; each row's copy
    // button copies that row's value, and "Copy all" copies every one.
    static void checkEveryCopy(InspectorPanel &panel, const QList<std::pair<QString, QString>> &expected)
    {
        QStringList fields;
        QStringList lines;
        for (const auto &[field, value] : expected) {
            fields.append(field);
            lines.append(field + QStringLiteral(": ") + value);
        }
        QCOMPARE(panel.fields(), fields);
        const QList<QToolButton *> copies = panel.findChildren<QToolButton *>();
        QCOMPARE(copies.size(), expected.size());
        for (qsizetype i = 0; i < copies.size(); ++i) {
            const auto &[field, value] = expected.at(i);
            // The button sits next to the value it copies.
            const auto *edit = copies.at(i)->parentWidget()->findChild<QLineEdit *>();
            QVERIFY(edit);
            QCOMPARE(edit->objectName(), QStringLiteral("inspector-") + field);
            QCOMPARE(edit->text(), value);
            QApplication::clipboard()->setText(QStringLiteral("(stale)"));
            copies.at(i)->click();
            QVERIFY2(QApplication::clipboard()->text() == value,
                     qPrintable(field + QStringLiteral(" copied: ") + QApplication::clipboard()->text()));
        }
        panel.findChild<QPushButton *>(QStringLiteral("inspector-copy-all"))->click();
        QCOMPARE(QApplication::clipboard()->text(), lines.join(u'\n'));
    }

private Q_SLOTS:
    void showsEveryField()
    {
        InspectorPanel panel;
        Identifier alice
            = Identifier::makeOccupant(QStringLiteral("#lobby"), QStringLiteral("@alice"), QStringLiteral("alice"));
        alice.setClient(QStringLiteral("laptop"));
        alice.setDisplayName(QStringLiteral("Alice Ashdown"));
        alice.setExtra(Extras::Away, true);
        alice.setExtra(Extras::RankName, QStringLiteral("owner"));
        panel.setIdentifier(alice);
        QCOMPARE(panel.value(QStringLiteral("kind")), InspectorPanel::describe(Identifier::Kind::Occupant));
        QCOMPARE(panel.value(QStringLiteral("person")), QStringLiteral("@alice"));
        QCOMPARE(panel.value(QStringLiteral("client")), QStringLiteral("laptop"));
        QCOMPARE(panel.value(QStringLiteral("nick")), QStringLiteral("alice"));
        QCOMPARE(panel.value(QStringLiteral("displayName")), QStringLiteral("Alice Ashdown"));
        QCOMPARE(panel.value(QStringLiteral("aclAttr")), alice.aclAttr());
        QCOMPARE(panel.value(QStringLiteral("room")), QStringLiteral("#lobby"));
        QCOMPARE(panel.value(QStringLiteral("away")), QStringLiteral("yes"));
        QCOMPARE(panel.value(QStringLiteral("rankName")), QStringLiteral("owner"));
        QVERIFY(panel.fields().contains(QStringLiteral("canContactPrivately")));
        // Every value can be selected and copied; read-only.
        auto *person = panel.findChild<QLineEdit *>(QStringLiteral("inspector-person"));
        QVERIFY(person && person->isReadOnly());
    }

    void copiesFields()
    {
        InspectorPanel panel;
        panel.setIdentifier(Identifier::makePerson(QStringLiteral("@bob"), QStringLiteral("bob")));
        QVERIFY(!panel.fields().contains(QStringLiteral("room")) || panel.value(QStringLiteral("room")).isEmpty());
        const QList<QToolButton *> copies = panel.findChildren<QToolButton *>();
        QVERIFY(copies.size() >= 6);
        // The second row is the person.
        copies.at(1)->click();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("@bob"));
        panel.findChild<QPushButton *>(QStringLiteral("inspector-copy-all"))->click();
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("nick: bob")));

        const Identifier bob = Identifier::makePerson(QStringLiteral("@bob"), QStringLiteral("bob"));
        checkEveryCopy(panel,
                       {{QStringLiteral("kind"), InspectorPanel::describe(Identifier::Kind::Person)},
                        {QStringLiteral("person"), QStringLiteral("@bob")},
                        {QStringLiteral("client"), QString()},
                        {QStringLiteral("nick"), QStringLiteral("bob")},
                        {QStringLiteral("displayName"), bob.displayName()},
                        {QStringLiteral("aclAttr"), bob.aclAttr()},
                        {QStringLiteral("room"), QString()}});
        if (QTest::currentTestFailed())
            return;

        // An occupant with every field and extras set, all different.
        Identifier alice
            = Identifier::makeOccupant(QStringLiteral("#lobby"), QStringLiteral("@alice"), QStringLiteral("alice"));
        alice.setClient(QStringLiteral("laptop"));
        alice.setDisplayName(QStringLiteral("Alice Ashdown"));
        alice.setExtra(Extras::Away, true);
        alice.setExtra(Extras::RankName, QStringLiteral("owner"));
        panel.setIdentifier(alice);
        QVERIFY(!alice.aclAttr().isEmpty());
        checkEveryCopy(panel,
                       {{QStringLiteral("kind"), InspectorPanel::describe(Identifier::Kind::Occupant)},
                        {QStringLiteral("person"), QStringLiteral("@alice")},
                        {QStringLiteral("client"), QStringLiteral("laptop")},
                        {QStringLiteral("nick"), QStringLiteral("alice")},
                        {QStringLiteral("displayName"), QStringLiteral("Alice Ashdown")},
                        {QStringLiteral("aclAttr"), alice.aclAttr()},
                        {QStringLiteral("room"), QStringLiteral("#lobby")},
                        {QStringLiteral("canContactPrivately"),
                         alice.canContactPrivately() ? QStringLiteral("yes") : QStringLiteral("no")},
                        {QStringLiteral("away"), QStringLiteral("yes")},
                        {QStringLiteral("rankName"), QStringLiteral("owner")}});
    }

    void emptyWhenNothingIsSelected()
    {
        InspectorPanel panel;
        panel.setIdentifier(Identifier::makePerson(QStringLiteral("@bob"), QStringLiteral("bob")));
        panel.setIdentifier({});
        QVERIFY(panel.fields().isEmpty());
        QVERIFY(panel.value(QStringLiteral("person")).isEmpty());
    }
};

QTEST_MAIN(TestInspectorPanel)
#include "tst_inspectorpanel.moc"
