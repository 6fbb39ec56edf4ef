// The occupant list model and its sorting/filtering proxy: order by rank
// then nick, incremental updates (no reset but for occupantsReset), filter.
#include "../common/testroom.h"

#include "ui/models/occupantmodel.h"
#include "ui/models/occupantproxymodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Botdeck;

class TestOccupantModel : public QObject
{
    Q_OBJECT

private:
    static QStringList shown(const QAbstractItemModel &model)
    {
        QStringList nicks;
        for (int row = 0; row < model.rowCount(); ++row)
            nicks.append(model.index(row, 0).data(OccupantModel::NickRole).toString());
        return nicks;
    }

    struct Fixture
    {
        TestRoom room;
        OccupantModel model;
        OccupantProxyModel proxy;
        QAbstractItemModelTester modelTester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        QAbstractItemModelTester proxyTester{&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};

        Fixture()
        {
            room.update().applyJoined(true);
            room.update().applyOccupants(
                {room.occupantNamed(QStringLiteral("carol")), room.occupantNamed(QStringLiteral("Bob"), 0, true),
                 room.occupantNamed(QStringLiteral("alice")), room.occupantNamed(QStringLiteral("zed"), 3),
                 room.occupantNamed(QStringLiteral("Mod"), 2)});
            proxy.setSourceModel(&model);
            model.setRoom(&room);
        }
    };

private Q_SLOTS:
    void sortsByRankThenNickIgnoringCase()
    {
        Fixture f;
        QCOMPARE(f.model.rowCount(), 5);
        QCOMPARE(shown(f.proxy),
                 (QStringList{QStringLiteral("zed"), QStringLiteral("Mod"), QStringLiteral("alice"),
                              QStringLiteral("Bob"), QStringLiteral("carol")}));
    }

    void rolesDescribeTheOccupant()
    {
        Fixture f;
        const QModelIndex bob = f.proxy.index(3, 0);
        QCOMPARE(bob.data(Qt::DisplayRole).toString(), QStringLiteral("Bob"));
        QCOMPARE(bob.data(OccupantModel::DisplayNameRole).toString(), QStringLiteral("BOB"));
        QCOMPARE(bob.data(OccupantModel::AwayRole).toBool(), true);
        QCOMPARE(bob.data(OccupantModel::IdentifierRole).value<Identifier>().person(), QStringLiteral("@bob"));
        // Away people are dimmed; present people use the normal colour.
        QVERIFY(bob.data(Qt::ForegroundRole).isValid());
        QVERIFY(!f.proxy.index(2, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(f.proxy.index(0, 0).data(OccupantModel::RankRole).toInt(), 3);
        QVERIFY(bob.data(Qt::ToolTipRole).toString().contains(QStringLiteral("away")));
    }

    void joinsAndPartsAreIncremental()
    {
        Fixture f;
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy proxyResets(&f.proxy, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&f.model, &QAbstractItemModel::rowsRemoved);
        const QPersistentModelIndex alice = f.proxy.index(2, 0);

        f.room.update().applyOccupantJoined(f.room.occupantNamed(QStringLiteral("Aaron")));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(shown(f.proxy).at(2), QStringLiteral("Aaron"));
        f.room.update().applyOccupantLeft(QStringLiteral("carol"));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!shown(f.proxy).contains(QStringLiteral("carol")));
        f.room.update().applyOccupantLeft(QStringLiteral("nobody"));
        QCOMPARE(removed.count(), 1);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(proxyResets.count(), 0);
        // What a view has selected survives the traffic.
        QVERIFY(alice.isValid());
        QCOMPARE(alice.data().toString(), QStringLiteral("alice"));
    }

    void changesMoveTheRow()
    {
        Fixture f;
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        // alice becomes an operator and renames herself: she moves up.
        Identifier promoted = f.room.occupantNamed(QStringLiteral("xena"), 2);
        f.room.update().applyOccupantChanged(QStringLiteral("alice"), promoted);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(shown(f.proxy),
                 (QStringList{QStringLiteral("zed"), QStringLiteral("Mod"), QStringLiteral("xena"),
                              QStringLiteral("Bob"), QStringLiteral("carol")}));
        // Going away only changes the colour.
        f.room.update().applyOccupantChanged(QStringLiteral("carol"),
                                             f.room.occupantNamed(QStringLiteral("carol"), 0, true));
        QVERIFY(f.proxy.index(4, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(f.model.rowCount(), 5);
    }

    void bulkResetReplacesEverything()
    {
        Fixture f;
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
        QList<Identifier> crowd;
        for (int i = 0; i < 1000; ++i)
            crowd.append(f.room.occupantNamed(QStringLiteral("guest%1").arg(i, 4, 10, QLatin1Char('0'))));
        f.room.update().applyOccupants(crowd);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(f.proxy.rowCount(), 1000);
        QCOMPARE(f.proxy.index(0, 0).data().toString(), QStringLiteral("guest0000"));
        QCOMPARE(f.proxy.index(999, 0).data().toString(), QStringLiteral("guest0999"));
        QCOMPARE(f.model.occupant(f.model.rowOf(QStringLiteral("guest0500"))).nick(), QStringLiteral("guest0500"));
        QCOMPARE(f.model.rowOf(QStringLiteral("nobody")), -1);
    }

    void leavingTheRoomEmptiesTheList()
    {
        Fixture f;
        f.room.update().applyJoined(false);
        QCOMPARE(f.model.rowCount(), 0);
    }

    void filterNarrowsByNickOrName()
    {
        Fixture f;
        f.proxy.setFilterText(QStringLiteral("O"));
        QCOMPARE(shown(f.proxy), (QStringList{QStringLiteral("Mod"), QStringLiteral("Bob"), QStringLiteral("carol")}));
        // New people who match appear; others stay hidden.
        f.room.update().applyOccupantJoined(f.room.occupantNamed(QStringLiteral("otto")));
        f.room.update().applyOccupantJoined(f.room.occupantNamed(QStringLiteral("Zack")));
        QCOMPARE(f.proxy.rowCount(), 4);
        f.proxy.setFilterText(QString());
        QCOMPARE(f.proxy.rowCount(), 7);
    }

    void switchingRoomsAndDestroyedRoom()
    {
        Fixture f;
        auto *other = new TestRoom(QStringLiteral("#other"));
        other->update().applyJoined(true);
        other->update().applyOccupants({other->occupantNamed(QStringLiteral("solo"))});
        f.model.setRoom(other);
        QCOMPARE(shown(f.proxy), QStringList{QStringLiteral("solo")});
        // Changes of the old room no longer reach the model.
        f.room.update().applyOccupantJoined(f.room.occupantNamed(QStringLiteral("late")));
        QCOMPARE(f.model.rowCount(), 1);
        delete other;
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.room(), nullptr);
    }
};

QTEST_MAIN(TestOccupantModel)
#include "tst_occupantmodel.moc"
