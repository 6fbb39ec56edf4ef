// The Bot menu: the list of commands (searchable, live) and the plugins,
// switched on and off from checkable entries, with failures in plain words.
#include "testplugin.h"

#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"
#include "ui/botmenu.h"
#include "ui/commandsdialog.h"
#include "ui/models/commandmodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Botdeck;

class TestBotMenu : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const QAbstractItemModel *model, const QString &name)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, CommandModel::NameColumn).data().toString() == name)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void listsEveryCommand()
    {
        Bot bot;
        bot.addBuiltinPlugins();
        QVERIFY(bot.plugins()->add(new TestPlugin));
        CommandModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBot(&bot);
        QCOMPARE(model.names(), bot.plugins()->commandNames());
        const int wipe = rowOf(&model, QStringLiteral("wipe"));
        QVERIFY(wipe >= 0);
        QCOMPARE(model.index(wipe, CommandModel::ArgumentsColumn).data().toString(), QStringLiteral("<what>"));
        QCOMPARE(model.index(wipe, CommandModel::DescriptionColumn).data().toString(),
                 QStringLiteral("Wipes a gadget clean"));
        QCOMPARE(model.index(wipe, CommandModel::PluginColumn).data().toString(), QStringLiteral("Gadgets"));
        QVERIFY(model.index(wipe, 0).data(CommandModel::AdminOnlyRole).toBool());
        QVERIFY(!model.index(wipe, CommandModel::AdminColumn).data().toString().isEmpty());
        const int gizmo = rowOf(&model, QStringLiteral("gizmo"));
        QVERIFY(!model.index(gizmo, 0).data(CommandModel::AdminOnlyRole).toBool());
        QVERIFY(model.index(gizmo, CommandModel::AdminColumn).data().toString().isEmpty());

        // Live: a plugin switched off takes its commands with it.
        QVERIFY(bot.plugins()->deactivate(QStringLiteral("Gadgets")));
        QCOMPARE(rowOf(&model, QStringLiteral("wipe")), -1);
        QVERIFY(rowOf(&model, QStringLiteral("echo")) >= 0);
    }

    void commandsAreSearchable()
    {
        Bot bot;
        bot.addBuiltinPlugins();
        QVERIFY(bot.plugins()->add(new TestPlugin));
        BotMenu menu;
        menu.setBot(&bot);
        menu.findChild<QAction *>(QStringLiteral("action-commands"))->trigger();
        auto *dialog = menu.findChild<CommandsDialog *>(QStringLiteral("commands-dialog"));
        if (!dialog)
            dialog = menu.showCommands();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->shown()->rowCount() > 3);
        // Searching matches the description and the plugin too.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("commands-filter")), QStringLiteral("GADGET"));
        QCOMPARE(dialog->shown()->rowCount(), 2);
        dialog->setFilter(QStringLiteral("makes a giz"));
        QCOMPARE(dialog->shown()->rowCount(), 1);
        QCOMPARE(dialog->shown()->index(0, CommandModel::NameColumn).data().toString(), QStringLiteral("gizmo"));
        // Asking again raises the same window.
        QCOMPARE(menu.showCommands(), dialog);
        delete dialog;
    }

    void pluginsAreSwitchedFromTheMenu()
    {
        Bot bot;
        bot.addBuiltinPlugins();
        QVERIFY(bot.plugins()->add(new TestPlugin));
        BotMenu menu;
        menu.setBot(&bot);
        CommandsDialog *dialog = menu.showCommands();
        QAction *gadgets = menu.pluginAction(QStringLiteral("Gadgets"));
        QVERIFY(gadgets && gadgets->isCheckable());
        QVERIFY(gadgets->isChecked());
        QVERIFY(menu.pluginAction(QStringLiteral("Utils")));
        QVERIFY(rowOf(dialog->model(), QStringLiteral("gizmo")) >= 0);

        gadgets->trigger();
        QVERIFY(!bot.plugins()->isActive(QStringLiteral("Gadgets")));
        QVERIFY(!gadgets->isChecked());
        QCOMPARE(rowOf(dialog->model(), QStringLiteral("gizmo")), -1);

        gadgets->trigger();
        QVERIFY(bot.plugins()->isActive(QStringLiteral("Gadgets")));
        QVERIFY(gadgets->isChecked());
        QVERIFY(rowOf(dialog->model(), QStringLiteral("gizmo")) >= 0);

        // Switched by someone else (the Plugins admin command): the mark follows.
        QVERIFY(bot.plugins()->deactivate(QStringLiteral("Utils")));
        QVERIFY(!menu.pluginAction(QStringLiteral("Utils"))->isChecked());
        delete dialog;
    }

    void failuresAreReportedInPlainWords()
    {
        Bot bot;
        auto *plugin = new TestPlugin;
        QVERIFY(bot.plugins()->add(plugin));
        BotMenu menu;
        menu.setBot(&bot);
        QVERIFY(bot.plugins()->deactivate(QStringLiteral("Gadgets")));
        plugin->failActivation = true;
        QSignalSpy errors(&menu, &BotMenu::errorReported);
        QAction *gadgets = menu.pluginAction(QStringLiteral("Gadgets"));
        gadgets->trigger();
        QCOMPARE(errors.size(), 1);
        const QString error = errors.at(0).at(0).toString();
        QVERIFY2(error.contains(QStringLiteral("Gadgets could not be switched on")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("the gadget store is locked")), qPrintable(error));
        // The mark tells the truth: still off.
        QVERIFY(!gadgets->isChecked());
    }

    void disabledWithoutABot()
    {
        BotMenu menu;
        QVERIFY(!menu.findChild<QAction *>(QStringLiteral("action-commands"))->isEnabled());
        QVERIFY(menu.pluginsMenu()->actions().isEmpty());
        QVERIFY(!menu.showCommands());
    }
};

QTEST_MAIN(TestBotMenu)
#include "tst_botmenu.moc"
