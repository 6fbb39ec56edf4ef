// The occupant list model and its sorting/filtering proxy: order by rank
// then nick, incremental updates (no reset but for occupantsReset), filter.
#include "../common/testroom.h"

#include "ui/models/occupantmodel.h"
#include "ui/models/occupantproxymodel.h"
#include "ui/nickcolour.h"
#include "ui/occupantdelegate.h"
#include "ui/occupantspanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QSet>
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

    // Someone with a rank as the backends give it: marker and standing.
    static Identifier ranked(const TestRoom &room, const QString &nick, int rank, const QString &symbol,
                             Standing standing)
    {
        Identifier who = room.occupantNamed(nick, rank);
        who.setExtra(Extras::RankSymbol, symbol);
        who.setExtra(Extras::Standing, int(standing));
        return who;
    }

    // #lobby as the issue describes it, smaller: an owner, two operators,
    // three voiced people and two ordinary ones.
    static void fillLobby(TestRoom &room)
    {
        room.update().applyJoined(true);
        room.update().applyOccupants({ranked(room, QStringLiteral("root"), 5, QStringLiteral("~"), Standing::Owner),
                                      ranked(room, QStringLiteral("bob"), 3, QStringLiteral("@"), Standing::Operator),
                                      ranked(room, QStringLiteral("cat"), 3, QStringLiteral("@"), Standing::Operator),
                                      ranked(room, QStringLiteral("dan"), 1, QStringLiteral("+"), Standing::Voiced),
                                      ranked(room, QStringLiteral("eve"), 1, QStringLiteral("+"), Standing::Voiced),
                                      ranked(room, QStringLiteral("fay"), 1, QStringLiteral("+"), Standing::Voiced),
                                      room.occupantNamed(QStringLiteral("gus")),
                                      room.occupantNamed(QStringLiteral("hal"))});
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

    void rankMarkersLeadTheNick()
    {
        TestRoom room;
        fillLobby(room);
        OccupantModel model;
        model.setRoom(&room);
        const QModelIndex bob = model.index(model.rowOf(QStringLiteral("bob")));
        QCOMPARE(bob.data(Qt::DisplayRole).toString(), QStringLiteral("@bob"));
        QCOMPARE(bob.data(OccupantModel::NickRole).toString(), QStringLiteral("bob"));
        QCOMPARE(bob.data(OccupantModel::RankSymbolRole).toString(), QStringLiteral("@"));
        QCOMPARE(bob.data(OccupantModel::StandingRole).toInt(), int(Standing::Operator));
        const QModelIndex gus = model.index(model.rowOf(QStringLiteral("gus")));
        QCOMPARE(gus.data(Qt::DisplayRole).toString(), QStringLiteral("gus"));
        QCOMPARE(gus.data(OccupantModel::StandingRole).toInt(), int(Standing::Ordinary));
    }

    void standingCountsFollowTheRoom()
    {
        TestRoom room;
        fillLobby(room);
        OccupantModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRoom(&room);
        QCOMPARE(model.countOf(Standing::Owner), 1);
        QCOMPARE(model.countOf(Standing::Operator), 2);
        QCOMPARE(model.countOf(Standing::Voiced), 3);
        QCOMPARE(model.countOf(Standing::Ordinary), 2);
        // -o bob, +v gus, cat leaves, an operator joins.
        room.update().applyOccupantChanged(QStringLiteral("bob"), room.occupantNamed(QStringLiteral("bob")));
        room.update().applyOccupantChanged(
            QStringLiteral("gus"), ranked(room, QStringLiteral("gus"), 1, QStringLiteral("+"), Standing::Voiced));
        room.update().applyOccupantLeft(QStringLiteral("cat"));
        room.update().applyOccupantJoined(
            ranked(room, QStringLiteral("ops"), 3, QStringLiteral("@"), Standing::Operator));
        QCOMPARE(model.countOf(Standing::Operator), 1);
        QCOMPARE(model.countOf(Standing::Voiced), 4);
        QCOMPARE(model.countOf(Standing::Ordinary), 2);
        room.update().applyJoined(false);
        QCOMPARE(model.countOf(Standing::Operator), 0);
        QCOMPARE(model.countOf(Standing::Ordinary), 0);
    }

    void headerCountsPeopleByRank()
    {
        TestRoom room;
        OccupantsPanel panel;
        QCOMPARE(panel.countText(), QStringLiteral("No room selected"));
        fillLobby(room);
        panel.setRoom(&room);
        QCOMPARE(panel.countText(), QStringLiteral("8 people (3 operators, 3 voiced)"));
        panel.filter()->setText(QStringLiteral("a"));
        QCOMPARE(panel.countText(), QStringLiteral("4 of 8 people (3 operators, 3 voiced)"));
        panel.filter()->clear();
        // A change of rank alone changes the header.
        room.update().applyOccupantChanged(QStringLiteral("bob"), room.occupantNamed(QStringLiteral("bob")));
        QCOMPARE(panel.countText(), QStringLiteral("8 people (2 operators, 3 voiced)"));
        room.update().applyOccupantChanged(
            QStringLiteral("gus"), ranked(room, QStringLiteral("gus"), 2, QStringLiteral("%"), Standing::HalfOperator));
        QCOMPARE(panel.countText(), QStringLiteral("8 people (2 operators, 1 half-operator, 3 voiced)"));
        room.update().applyOccupants({room.occupantNamed(QStringLiteral("solo"))});
        QCOMPARE(panel.countText(), QStringLiteral("1 person"));
    }

    void nickColoursAreStableAndReadable()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        // The same nick, however it is cased, on every run and machine.
        QCOMPARE(nickColour(u"Alice", light), nickColour(u"alice", light));
        QCOMPARE(nickColour(u"alice", light).hslHue(), nickColour(u"alice", dark).hslHue());
        QSet<QRgb> colours;
        for (const char *nick : {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"}) {
            const QString name = QString::fromLatin1(nick);
            colours.insert(nickColour(name, light).rgb());
            // Dark on light, light on dark.
            QVERIFY2(nickColour(name, light).lightness() < 110, nick);
            QVERIFY2(nickColour(name, dark).lightness() > 150, nick);
        }
        QVERIFY2(colours.size() >= 6, "ten nicks should not share a handful of colours");
    }

    void delegatePaintsMarkerAndColouredNick()
    {
        TestRoom room;
        fillLobby(room);
        OccupantsPanel panel;
        panel.resize(240, 400);
        panel.setRoom(&room);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(qobject_cast<OccupantDelegate *>(panel.view()->itemDelegate()));
        QImage image(panel.view()->viewport()->size(), QImage::Format_RGB32);
        image.fill(panel.view()->palette().color(QPalette::Base));
        QPainter painter(&image);
        panel.view()->viewport()->render(&painter);
        painter.end();
        if (qEnvironmentVariableIsSet("BOTDECK_SAVE_RENDER"))
            image.save(qEnvironmentVariable("BOTDECK_SAVE_RENDER"));
        const QRect bobRow = panel.view()->visualRect(panel.proxy()->index(1, 0));
        QCOMPARE(panel.proxy()->index(1, 0).data(OccupantModel::NickRole).toString(), QStringLiteral("bob"));
        // Some of bob's row is drawn in bob's colour (anti-aliasing blends
        // the edges, so near enough counts).
        const QColor expected = nickColour(u"bob", panel.view()->palette());
        int near = 0;
        for (int y = bobRow.top(); y <= bobRow.bottom(); ++y) {
            for (int x = bobRow.left(); x <= bobRow.right(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                near += std::abs(pixel.red() - expected.red()) + std::abs(pixel.green() - expected.green())
                        + std::abs(pixel.blue() - expected.blue())
                    < 60;
            }
        }
        QVERIFY2(near > 3, "bob's nick is not drawn in his colour");
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
