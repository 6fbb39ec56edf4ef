// The occupant list as views show it: highest rank first, then nick without
// regard to case; narrowed to a case-insensitive substring of the nick or
// display name; kept sorted and filtered as the source changes. Both on an
// OccupantModel (its fast accessors) and on any model with the same roles.
#include "../common/testroom.h"

#include "ui/models/occupantmodel.h"
#include "ui/models/occupantproxymodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace Botdeck;

namespace {

QStringList shown(const QAbstractItemModel &model)
{
    QStringList nicks;
    for (int row = 0; row < model.rowCount(); ++row)
        nicks.append(model.index(row, 0).data(OccupantModel::NickRole).toString());
    return nicks;
}

QStandardItem *person(const QString &nick, const QString &displayName, int rank = 0)
{
    auto *item = new QStandardItem(nick);
    item->setData(nick, OccupantModel::NickRole);
    item->setData(displayName, OccupantModel::DisplayNameRole);
    item->setData(rank, OccupantModel::RankRole);
    return item;
}

QStringList nicks(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *nick : list)
        result.append(QLatin1String(nick));
    return result;
}

} // namespace

class TestOccupantProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsAnyModelByRankThenNick()
    {
        QStandardItemModel source;
        source.appendRow(person(QStringLiteral("carol"), QStringLiteral("Carol C")));
        source.appendRow(person(QStringLiteral("Bob"), QStringLiteral("Bob B")));
        source.appendRow(person(QStringLiteral("zed"), QStringLiteral("Zed Z"), 3));
        source.appendRow(person(QStringLiteral("alice"), QStringLiteral("Alice A")));
        source.appendRow(person(QStringLiteral("Mod"), QStringLiteral("Mo D"), 2));
        source.appendRow(person(QStringLiteral("amy"), QStringLiteral("Amy"), 2));
        OccupantProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        // Sorted as soon as it has a source, without a view asking.
        QCOMPARE(shown(proxy), nicks({"zed", "amy", "Mod", "alice", "Bob", "carol"}));
        QCOMPARE(proxy.sortColumn(), 0);
        QCOMPARE(proxy.sortOrder(), Qt::AscendingOrder);
    }

    void filtersOnNickOrDisplayName()
    {
        QStandardItemModel source;
        source.appendRow(person(QStringLiteral("carol"), QStringLiteral("Carol Smith")));
        source.appendRow(person(QStringLiteral("Bob"), QStringLiteral("Robert Smithers")));
        source.appendRow(person(QStringLiteral("alice"), QStringLiteral("Alice Jones")));
        OccupantProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        QVERIFY(proxy.filterText().isEmpty());

        proxy.setFilterText(QStringLiteral("BO"));
        QCOMPARE(proxy.filterText(), QStringLiteral("BO"));
        QCOMPARE(shown(proxy), nicks({"Bob"}));
        // The display name counts too, without regard to case.
        proxy.setFilterText(QStringLiteral("smith"));
        QCOMPARE(shown(proxy), nicks({"Bob", "carol"}));
        // A substring anywhere, not a prefix.
        proxy.setFilterText(QStringLiteral("ic"));
        QCOMPARE(shown(proxy), nicks({"alice"}));
        proxy.setFilterText(QStringLiteral("nobody"));
        QCOMPARE(proxy.rowCount(), 0);
        // Empty shows everybody again, still sorted.
        proxy.setFilterText(QString());
        QCOMPARE(shown(proxy), nicks({"alice", "Bob", "carol"}));
    }

    void sameFilterAgainChangesNothing()
    {
        QStandardItemModel source;
        source.appendRow(person(QStringLiteral("carol"), QStringLiteral("Carol")));
        source.appendRow(person(QStringLiteral("Bob"), QStringLiteral("Bob")));
        OccupantProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.setFilterText(QStringLiteral("b"));
        QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
        proxy.setFilterText(QStringLiteral("b"));
        QCOMPARE(layout.count() + removed.count() + inserted.count() + reset.count(), 0);
        QCOMPARE(shown(proxy), nicks({"Bob"}));
    }

    void followsTheSource()
    {
        QStandardItemModel source;
        source.appendRow(person(QStringLiteral("carol"), QStringLiteral("Carol")));
        source.appendRow(person(QStringLiteral("alice"), QStringLiteral("Alice")));
        OccupantProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);

        // A newcomer lands in sorted place.
        source.appendRow(person(QStringLiteral("Bea"), QStringLiteral("Bea")));
        QCOMPARE(shown(proxy), nicks({"alice", "Bea", "carol"}));
        // A promotion moves the row to the top.
        source.item(0)->setData(2, OccupantModel::RankRole);
        QCOMPARE(shown(proxy), nicks({"carol", "alice", "Bea"}));
        // A rename re-sorts.
        source.item(1)->setData(QStringLiteral("zoe"), OccupantModel::NickRole);
        QCOMPARE(shown(proxy), nicks({"carol", "Bea", "zoe"}));

        // With a filter: newcomers and renames are filtered as they come.
        proxy.setFilterText(QStringLiteral("o"));
        QCOMPARE(shown(proxy), nicks({"carol", "zoe"}));
        source.appendRow(person(QStringLiteral("dan"), QStringLiteral("Dan")));
        QCOMPARE(shown(proxy), nicks({"carol", "zoe"}));
        source.appendRow(person(QStringLiteral("otto"), QStringLiteral("Otto")));
        QCOMPARE(shown(proxy), nicks({"carol", "otto", "zoe"}));
        source.item(3)->setData(QStringLiteral("don"), OccupantModel::NickRole); // dan
        QCOMPARE(shown(proxy), nicks({"carol", "don", "otto", "zoe"}));
        // Someone leaving goes.
        source.removeRow(0); // carol
        QCOMPARE(shown(proxy), nicks({"don", "otto", "zoe"}));
        source.clear();
        QCOMPARE(proxy.rowCount(), 0);
    }

    void followsARoomThroughTheOccupantModel()
    {
        TestRoom room;
        room.update().applyJoined(true);
        room.update().applyOccupants({room.occupantNamed(QStringLiteral("carol")),
                                      room.occupantNamed(QStringLiteral("Bob")),
                                      room.occupantNamed(QStringLiteral("zed"), 3)});
        OccupantModel model;
        OccupantProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setRoom(&room);
        QCOMPARE(shown(proxy), nicks({"zed", "Bob", "carol"}));

        // TestRoom's display names are the nicks in capitals.
        proxy.setFilterText(QStringLiteral("O"));
        QCOMPARE(shown(proxy), nicks({"Bob", "carol"}));
        room.update().applyOccupantJoined(room.occupantNamed(QStringLiteral("olga"), 1));
        QCOMPARE(shown(proxy), nicks({"olga", "Bob", "carol"}));
        room.update().applyOccupantJoined(room.occupantNamed(QStringLiteral("ivy")));
        QCOMPARE(shown(proxy), nicks({"olga", "Bob", "carol"}));
        room.update().applyOccupantChanged(QStringLiteral("carol"), room.occupantNamed(QStringLiteral("carol"), 5));
        QCOMPARE(shown(proxy), nicks({"carol", "olga", "Bob"}));
        room.update().applyOccupantLeft(QStringLiteral("Bob"));
        QCOMPARE(shown(proxy), nicks({"carol", "olga"}));
        proxy.setFilterText({});
        QCOMPARE(shown(proxy), nicks({"carol", "zed", "olga", "ivy"}));
        model.setRoom(nullptr);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestOccupantProxyModel)
#include "tst_occupantproxymodel.moc"
