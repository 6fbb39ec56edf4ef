// The commands table: one row per named command (by name) and per pattern
// command, the columns and roles a view shows, and following plugins being
// switched on and off, or another bot, with resets the views can follow.
#include "testplugin.h"

#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"
#include "ui/models/commandmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Botdeck;

namespace {

// One command that answers a pattern anywhere in a message.
class BaristaPlugin : public BotPlugin
{
public:
    QString name() const override { return QStringLiteral("Barista"); }
    QString description() const override { return QStringLiteral("Coffee"); }
    QList<BotCommand> commands() const override
    {
        BotCommand brew = BotCommand::simple({}, {}, QStringLiteral("Offers coffee"),
                                             [](const CommandCall &) { return QString(); });
        brew.pattern = QRegularExpression(QStringLiteral("\\bcoffee\\b"));
        return {brew};
    }
};

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, column).data(role).toString());
    return values;
}

} // namespace

class TestCommandModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyWithoutABot()
    {
        CommandModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CommandModel::ColumnCount));
        QCOMPARE(model.columnCount(), 5);
        QVERIFY(model.names().isEmpty());
        QVERIFY(!model.bot());
    }

    void rowsAndColumns()
    {
        Bot bot;
        QVERIFY(bot.plugins()->add(new TestPlugin));
        QVERIFY(bot.plugins()->add(new BaristaPlugin));
        CommandModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBot(&bot);
        QCOMPARE(model.bot(), &bot);

        // Named commands by name, then the pattern commands.
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(column(model, CommandModel::NameColumn),
                 (QStringList{QStringLiteral("gizmo"), QStringLiteral("wipe"), QStringLiteral("\\bcoffee\\b")}));
        QCOMPARE(column(model, CommandModel::ArgumentsColumn),
                 (QStringList{QStringLiteral("[size]"), QStringLiteral("<what>"),
                              QStringLiteral("(matches anywhere in a message)")}));
        QCOMPARE(column(model, CommandModel::DescriptionColumn),
                 (QStringList{QStringLiteral("Makes a gizmo"), QStringLiteral("Wipes a gadget clean"),
                              QStringLiteral("Offers coffee")}));
        QCOMPARE(column(model, CommandModel::PluginColumn),
                 (QStringList{QStringLiteral("Gadgets"), QStringLiteral("Gadgets"), QStringLiteral("Barista")}));
        QCOMPARE(column(model, CommandModel::AdminColumn),
                 (QStringList{QString(), QStringLiteral("admins only"), QString()}));
        // names() is what the bot matches: the pattern is no name.
        QCOMPARE(model.names(), (QStringList{QStringLiteral("gizmo"), QStringLiteral("wipe")}));
    }

    void roles()
    {
        Bot bot;
        QVERIFY(bot.plugins()->add(new TestPlugin));
        QVERIFY(bot.plugins()->add(new BaristaPlugin));
        CommandModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBot(&bot);
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex gizmo = model.index(0, CommandModel::NameColumn);
        const QModelIndex wipe = model.index(1, CommandModel::PluginColumn);
        const QModelIndex coffee = model.index(2, CommandModel::ArgumentsColumn);
        QCOMPARE(gizmo.data(CommandModel::AdminOnlyRole).toBool(), false);
        QCOMPARE(wipe.data(CommandModel::AdminOnlyRole).toBool(), true);
        QCOMPARE(coffee.data(CommandModel::AdminOnlyRole).toBool(), false);
        QCOMPARE(gizmo.data(CommandModel::IsRegexRole).toBool(), false);
        QCOMPARE(wipe.data(CommandModel::IsRegexRole).toBool(), false);
        QCOMPARE(coffee.data(CommandModel::IsRegexRole).toBool(), true);
        // The description is the tooltip of every cell of its row.
        QCOMPARE(gizmo.data(Qt::ToolTipRole).toString(), QStringLiteral("Makes a gizmo"));
        QCOMPARE(wipe.data(Qt::ToolTipRole).toString(), QStringLiteral("Wipes a gadget clean"));
        QCOMPARE(coffee.data(Qt::ToolTipRole).toString(), QStringLiteral("Offers coffee"));
        // Roles it does not have, and indexes out of range, give nothing.
        QVERIFY(!gizmo.data(Qt::DecorationRole).isValid());
        QVERIFY(!model.index(3, 0).isValid());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
        QVERIFY(!model.data(QModelIndex()).isValid());
    }

    void headers()
    {
        CommandModel model;
        const auto header = [&model](int section) { return model.headerData(section, Qt::Horizontal).toString(); };
        QCOMPARE(header(CommandModel::NameColumn), QStringLiteral("Command"));
        QCOMPARE(header(CommandModel::ArgumentsColumn), QStringLiteral("Arguments"));
        QCOMPARE(header(CommandModel::DescriptionColumn), QStringLiteral("Description"));
        QCOMPARE(header(CommandModel::PluginColumn), QStringLiteral("Plugin"));
        QCOMPARE(header(CommandModel::AdminColumn), QStringLiteral("Who"));
        QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
        QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
    }

    void followsPluginsBeingSwitched()
    {
        Bot bot;
        QVERIFY(bot.plugins()->add(new TestPlugin));
        QVERIFY(bot.plugins()->add(new BaristaPlugin));
        CommandModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBot(&bot);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        QVERIFY(bot.plugins()->deactivate(QStringLiteral("Gadgets")));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(column(model, CommandModel::NameColumn), QStringList{QStringLiteral("\\bcoffee\\b")});
        QVERIFY(model.names().isEmpty());

        QVERIFY(bot.plugins()->deactivate(QStringLiteral("Barista")));
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 0);

        QVERIFY(bot.plugins()->activate(QStringLiteral("Gadgets")));
        QCOMPARE(resets.count(), 3);
        QCOMPARE(model.names(), (QStringList{QStringLiteral("gizmo"), QStringLiteral("wipe")}));
        QCOMPARE(model.rowCount(), 2);

        // A plugin added later is activated, and shows.
        QVERIFY(bot.plugins()->activate(QStringLiteral("Barista")));
        QCOMPARE(model.rowCount(), 3);
    }

    void anotherBotReplacesTheFirst()
    {
        Bot first;
        QVERIFY(first.plugins()->add(new TestPlugin));
        Bot second;
        QVERIFY(second.plugins()->add(new BaristaPlugin));
        CommandModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBot(&first);
        QCOMPARE(model.rowCount(), 2);
        model.setBot(&second);
        QCOMPARE(model.bot(), &second);
        QCOMPARE(column(model, CommandModel::PluginColumn), QStringList{QStringLiteral("Barista")});
        // The first bot is no longer followed.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(first.plugins()->deactivate(QStringLiteral("Gadgets")));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 1);
        model.setBot(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(second.plugins()->deactivate(QStringLiteral("Barista")));
        QCOMPARE(resets.count(), 1); // only the setBot(nullptr)
    }
};

QTEST_MAIN(TestCommandModel)
#include "tst_commandmodel.moc"
