// The inspector's access section: the ACL field and value for a person,
// whether they are an admin, and for a chosen command whether they may run
// it here and why, in the words of Bot::explain(). Follows the chosen
// command, the inspected person, the conversation and the bot's plugins.
#include "testplugin.h"

#include "core/bot/accesscontrol.h"
#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"
#include "ui/accesspanel.h"
#include "ui/inspectorpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QTest>

using namespace Botdeck;

class TestAccessPanel : public QObject
{
    Q_OBJECT

private:
    static Identifier alice()
    {
        return Identifier::makeOccupant(QStringLiteral("#lobby"), QStringLiteral("@alice"), QStringLiteral("alice"));
    }
    static Identifier mallory()
    {
        return Identifier::makeOccupant(QStringLiteral("#lobby"), QStringLiteral("@mallory"),
                                        QStringLiteral("mallory"));
    }

    // A bot whose only admin is @alice, with the built-in plugins and the
    // test's Gadgets.
    static void setUp(Bot &bot, TestPlugin **gadgets = nullptr)
    {
        AccessControl acl;
        acl.setAdmins({QStringLiteral("@alice")});
        bot.setAccessControl(acl);
        bot.addBuiltinPlugins();
        auto *plugin = new TestPlugin;
        QVERIFY(bot.plugins()->add(plugin));
        if (gadgets)
            *gadgets = plugin;
    }

private Q_SLOTS:
    void hiddenWithoutABot()
    {
        InspectorPanel panel;
        panel.show();
        panel.setIdentifier(alice());
        QVERIFY(!panel.access()->isVisible());
        Bot bot;
        setUp(bot);
        panel.setBot(&bot);
        QVERIFY(panel.access()->isVisible());
        panel.setBot(nullptr);
        QVERIFY(!panel.access()->isVisible());
    }

    void explainsForAnAdmin()
    {
        Bot bot;
        setUp(bot);
        InspectorPanel panel;
        panel.setBot(&bot);
        panel.setContext(nullptr, QStringLiteral("#lobby"));
        panel.setIdentifier(alice());
        AccessPanel *access = panel.access();
        QCOMPARE(access->matchedField(), QStringLiteral("aclAttr = @alice"));
        QVERIFY2(access->adminText().startsWith(QStringLiteral("yes")), qPrintable(access->adminText()));
        QCOMPARE(access->whereText(), QStringLiteral("in #lobby"));
        QVERIFY(access->setCommand(QStringLiteral("wipe")));
        QVERIFY(access->isAllowed());
        // The text is Bot::explain()'s own reason and details.
        const AclDecision decision = bot.explain(QStringLiteral("wipe"), alice(), QStringLiteral("#lobby"), nullptr);
        QVERIFY(decision.allowed);
        QVERIFY2(access->explanation().startsWith(QStringLiteral("Allowed: ") + decision.reason),
                 qPrintable(access->explanation()));
        QVERIFY(access->explanation().contains(QStringLiteral("rule: ") + decision.rule));
        QVERIFY(access->explanation().contains(QStringLiteral("pattern: @alice")));
        // What is shown on screen is the same text.
        QCOMPARE(access->findChild<QLabel *>(QStringLiteral("acl-verdict"))->text(), access->explanation());
    }

    void explainsForSomeoneElse()
    {
        Bot bot;
        setUp(bot);
        InspectorPanel panel;
        panel.setBot(&bot);
        panel.setContext(nullptr, QString());
        panel.setIdentifier(mallory());
        AccessPanel *access = panel.access();
        QCOMPARE(access->matchedField(), QStringLiteral("aclAttr = @mallory"));
        QCOMPARE(access->adminText(), QStringLiteral("no"));
        QCOMPARE(access->whereText(), QStringLiteral("in a direct message"));
        QVERIFY(access->setCommand(QStringLiteral("wipe")));
        QVERIFY(!access->isAllowed());
        const AclDecision decision = bot.explain(QStringLiteral("wipe"), mallory(), QString(), nullptr);
        QVERIFY2(access->explanation().startsWith(QStringLiteral("Denied: ") + decision.reason),
                 qPrintable(access->explanation()));

        // Choosing another command in the combo box answers for it.
        auto *combo = access->findChild<QComboBox *>(QStringLiteral("acl-command"));
        combo->setCurrentIndex(combo->findText(QStringLiteral("gizmo")));
        QCOMPARE(access->command(), QStringLiteral("gizmo"));
        QVERIFY(access->isAllowed());
        QVERIFY2(access->explanation().startsWith(QStringLiteral("Allowed: ")), qPrintable(access->explanation()));

        // Inspecting someone else answers for them, same command.
        panel.setIdentifier(alice());
        QCOMPARE(access->command(), QStringLiteral("gizmo"));
        QCOMPARE(access->matchedField(), QStringLiteral("aclAttr = @alice"));
    }

    void followsTheConversation()
    {
        Bot bot;
        setUp(bot);
        AccessControl acl = bot.accessControl();
        AclRule roomOnly;
        roomOnly.scope = QStringLiteral("gizmo");
        roomOnly.roomOnly = true;
        acl.setRules({roomOnly});
        bot.setAccessControl(acl);
        InspectorPanel panel;
        panel.setBot(&bot);
        panel.setContext(nullptr, QStringLiteral("#lobby"));
        panel.setIdentifier(mallory());
        QVERIFY(panel.access()->setCommand(QStringLiteral("gizmo")));
        QVERIFY(panel.access()->isAllowed());
        panel.setContext(nullptr, QString());
        QVERIFY(!panel.access()->isAllowed());
        QVERIFY(panel.access()->explanation().contains(QStringLiteral("rule: gizmo")));
    }

    void followsThePlugins()
    {
        Bot bot;
        TestPlugin *gadgets = nullptr;
        setUp(bot, &gadgets);
        InspectorPanel panel;
        panel.setBot(&bot);
        panel.setIdentifier(mallory());
        AccessPanel *access = panel.access();
        QVERIFY(access->commands().contains(QStringLiteral("gizmo")));
        QVERIFY(access->commands().contains(QStringLiteral("echo")));
        QVERIFY(access->setCommand(QStringLiteral("gizmo")));

        QVERIFY(bot.plugins()->deactivate(QStringLiteral("Gadgets")));
        QVERIFY(!access->commands().contains(QStringLiteral("gizmo")));
        QVERIFY(!access->commands().contains(QStringLiteral("wipe")));
        // The chosen command is gone: another is chosen and explained.
        QVERIFY(!access->command().isEmpty());
        QVERIFY(access->command() != QStringLiteral("gizmo"));
        QVERIFY(access->explanation().contains(QStringLiteral(": ")));

        QVERIFY(bot.plugins()->activate(QStringLiteral("Gadgets")));
        QVERIFY(access->commands().contains(QStringLiteral("gizmo")));
        QVERIFY(gadgets);
    }
};

QTEST_MAIN(TestAccessPanel)
#include "tst_accesspanel.moc"
