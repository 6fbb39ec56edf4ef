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
