// The connections tree on the real local backend: connection state, rooms
// and direct conversations under it, unread counts, joined state, topics,
// and messages routed to each conversation's MessageModel.
#include "localfixture.h"

#include "core/simulationcontrol.h"
#include "ui/models/connectionmodel.h"
#include "ui/models/messagemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>

using namespace Botdeck;

class TestConnectionModel : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        Local::LocalBackend backend;
        ConnectionModel model;
        QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
        Fixture() { model.addBackend(&backend); }
        QModelIndex connection() const { return model.index(0, 0); }
        QModelIndex room(const QString &id) { return model.indexOf(backend.room(id)); }
    };

private Q_SLOTS:
    void showsTheConnectionAndItsState()
    {
        Fixture f;
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.connection().data(ConnectionModel::ItemKindRole).toInt(),
                 int(ConnectionModel::ItemKind::Connection));
        QCOMPARE(f.connection().data(ConnectionModel::StateRole).toInt(), int(Backend::State::Disconnected));
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QVERIFY(LocalFixture::connectAndJoin(&f.backend));
        QVERIFY(changed.count() > 0);
        QCOMPARE(f.connection().data(ConnectionModel::StateRole).toInt(), int(Backend::State::Connected));
        QVERIFY(f.connection().data().toString().contains(QStringLiteral("connected")));
        QCOMPARE(f.connection().data(ConnectionModel::BackendRole).value<Backend *>(), &f.backend);
    }

    void roomsAppearUnderTheirConnection()
    {
        Fixture f;
        QVERIFY(LocalFixture::connectAndJoin(&f.backend));
        QCOMPARE(f.model.rowCount(f.connection()), 2);
        const QModelIndex lobby = f.model.index(0, 0, f.connection());
        QCOMPARE(lobby.data().toString(), QStringLiteral("#lobby"));
        QCOMPARE(lobby.parent(), f.connection());
        QCOMPARE(lobby.data(ConnectionModel::ItemKindRole).toInt(), int(ConnectionModel::ItemKind::Room));
        QCOMPARE(lobby.data(ConnectionModel::JoinedRole).toBool(), true);
        QCOMPARE(lobby.data(ConnectionModel::RoomRole).value<Room *>(), f.backend.room(QStringLiteral("#lobby")));
        QCOMPARE(lobby.data(ConnectionModel::TargetRole).value<Identifier>(),
                 Identifier::makeRoom(QStringLiteral("#lobby")));
        // The topic is the tooltip.
        QVERIFY(lobby.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Welcome")));
        QCOMPARE(lobby.data(ConnectionModel::TopicRole).toString(), lobby.data(Qt::ToolTipRole).toString());

        // Leaving dims the row; a new room is added in place.
        Room *dev = f.backend.room(QStringLiteral("#dev"));
        dev->leave();
        QTRY_VERIFY(!f.room(QStringLiteral("#dev")).data(ConnectionModel::JoinedRole).toBool());
        QVERIFY(f.room(QStringLiteral("#dev")).data(Qt::ForegroundRole).isValid());
        QVERIFY(f.backend.joinRoom(QStringLiteral("#random")));
        QCOMPARE(f.model.rowCount(f.connection()), 3);
        QTRY_VERIFY(f.room(QStringLiteral("#random")).data(ConnectionModel::JoinedRole).toBool());
    }

    void unreadCountsAndRouting()
    {
        Fixture f;
        QVERIFY(LocalFixture::connectAndJoin(&f.backend));
        auto *simulation = qobject_cast<SimulationControl *>(&f.backend);
        QVERIFY(simulation);
        const QModelIndex lobby = f.room(QStringLiteral("#lobby"));
        const QModelIndex dev = f.room(QStringLiteral("#dev"));
        f.model.setCurrent(lobby);
        MessageModel *lobbyLines = f.model.messages(lobby);
        QVERIFY(lobbyLines);
        const int before = lobbyLines->rowCount();

        QVERIFY(simulation->speakAs(QStringLiteral("alice"), Identifier::makeRoom(QStringLiteral("#lobby")),
                                    QStringLiteral("hello lobby")));
        QVERIFY(simulation->speakAs(QStringLiteral("carol"), Identifier::makeRoom(QStringLiteral("#dev")),
                                    QStringLiteral("hello dev")));
        QTRY_COMPARE(f.model.messages(dev)->rowCount(), 1);
        QTRY_COMPARE(lobbyLines->rowCount(), before + 1);
        QCOMPARE(lobbyLines->index(before).data(MessageModel::TextRole).toString(), QStringLiteral("hello lobby"));
        // Only the conversation not being read counts as unread.
        QCOMPARE(lobby.data(ConnectionModel::UnreadRole).toInt(), 0);
        QCOMPARE(dev.data(ConnectionModel::UnreadRole).toInt(), 1);
        QCOMPARE(dev.data().toString(), QStringLiteral("#dev (1)"));
        QCOMPARE(f.connection().data(ConnectionModel::UnreadRole).toInt(), 1);
        f.model.setCurrent(dev);
        QCOMPARE(dev.data(ConnectionModel::UnreadRole).toInt(), 0);

        // The bot's own message goes to the conversation too, marked own,
        // and is never unread.
        f.backend.sendText(Identifier::makeRoom(QStringLiteral("#lobby")), QStringLiteral("bot here"));
        QTRY_COMPARE(lobbyLines->rowCount(), before + 2);
        QCOMPARE(lobbyLines->index(before + 1).data(MessageModel::OwnRole).toBool(), true);
        QCOMPARE(lobby.data(ConnectionModel::UnreadRole).toInt(), 0);
    }

    void directMessagesOpenAConversation()
    {
        Fixture f;
        QVERIFY(LocalFixture::connectAndJoin(&f.backend));
        auto *simulation = qobject_cast<SimulationControl *>(&f.backend);
        QVERIFY(simulation->speakAs(QStringLiteral("bob"), f.backend.botIdentifier(), QStringLiteral("psst")));
        QTRY_COMPARE(f.model.rowCount(f.connection()), 3);
        const QModelIndex bob = f.model.index(2, 0, f.connection());
        QCOMPARE(bob.data(ConnectionModel::ItemKindRole).toInt(), int(ConnectionModel::ItemKind::Direct));
        QCOMPARE(bob.data(ConnectionModel::TargetRole).value<Identifier>().person(), QStringLiteral("@bob"));
        QCOMPARE(bob.data(ConnectionModel::UnreadRole).toInt(), 1);
        QCOMPARE(f.model.messages(bob)->rowCount(), 1);
        // The bot answering lands in the same conversation.
        f.backend.sendText(bob.data(ConnectionModel::TargetRole).value<Identifier>(), QStringLiteral("yes?"));
        QTRY_COMPARE(f.model.messages(bob)->rowCount(), 2);
        QCOMPARE(f.model.rowCount(f.connection()), 3);
        // A room joined later still goes before the direct conversations.
        QVERIFY(f.backend.joinRoom(QStringLiteral("#random")));
        QCOMPARE(f.model.index(2, 0, f.connection()).data().toString(), QStringLiteral("#random"));
        QCOMPARE(f.model.index(3, 0, f.connection()).data(ConnectionModel::ItemKindRole).toInt(),
                 int(ConnectionModel::ItemKind::Direct));
        QCOMPARE(
            f.model.openConversation(&f.backend, Identifier::makePerson(QStringLiteral("@bob"), QStringLiteral("bob"))),
            f.model.index(3, 0, f.connection()));
    }

    void errorsShowOnTheConnectionRow()
    {
        Fixture f;
        Botdeck::BackendRegistry registry;
        registerBuiltinBackends(registry);
        f.backend.connectToService(
            registry.settings(QStringLiteral("local"), {{QStringLiteral("nick"), QStringLiteral("9lives")}}).value());
        QTRY_COMPARE(f.connection().data(ConnectionModel::StateRole).toInt(), int(Backend::State::Failed));
        QVERIFY(
            f.connection().data(ConnectionModel::ErrorRole).toString().contains(QStringLiteral("not a valid nick")));
        QVERIFY(f.connection().data(Qt::ToolTipRole).toString().contains(QStringLiteral("not a valid nick")));
        // Said on the row itself, after the connection's name.
        const QString row = f.connection().data().toString();
        QVERIFY2(row.startsWith(f.model.connectionName(&f.backend) + QStringLiteral(" — ")), qPrintable(row));
        QVERIFY2(row.contains(QStringLiteral("not a valid nick")), qPrintable(row));
        // And in the connection's status view, with the state it led to.
        MessageModel *status = f.model.messages(f.connection());
        QVERIFY(status);
        QStringList lines;
        for (int i = 0; i < status->rowCount(); ++i)
            lines.append(status->index(i).data(MessageModel::TextRole).toString());
        QVERIFY2(lines.filter(QStringLiteral("not a valid nick")).size() == 1, qPrintable(lines.join(u'|')));
        QVERIFY(lines.contains(Backend::describe(Backend::State::Failed)));
        // Connected again, the reason is no longer true and leaves the row.
        QVERIFY(LocalFixture::connectAndJoin(&f.backend));
        QVERIFY(!f.connection().data().toString().contains(QStringLiteral("not a valid nick")));
    }

    void aProfileNameNamesTheConnection()
    {
        Fixture f;
        QSignalSpy renamed(&f.model, &ConnectionModel::connectionNameChanged);
        f.model.setProfileName(&f.backend, QStringLiteral("  home  "));
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(renamed.first().at(1).toString(), QStringLiteral("home"));
        QCOMPARE(f.model.connectionName(&f.backend), QStringLiteral("home"));
        QVERIFY(f.connection().data().toString().startsWith(QStringLiteral("home — ")));
        f.model.setProfileName(&f.backend, QString());
        QCOMPARE(f.model.connectionName(&f.backend), f.backend.serviceName());
    }

    void severalConnectionsAndRemoval()
    {
        Fixture f;
        auto *second = new Local::LocalBackend;
        f.model.addBackend(second);
        QCOMPARE(f.model.rowCount(), 2);
        QVERIFY(LocalFixture::connectAndJoin(second, {QStringLiteral("#random")}));
        QCOMPARE(f.model.rowCount(f.model.index(1, 0)), 1);
        delete second;
        QCOMPARE(f.model.rowCount(), 1);
        QCOMPARE(f.model.backends(), QList<Backend *>{&f.backend});
    }
};

QTEST_MAIN(TestConnectionModel)
#include "tst_connectionmodel.moc"
