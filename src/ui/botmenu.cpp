#include "botmenu.h"

#include "commandsdialog.h"

#include "core/bot/bot.h"
#include "core/bot/botplugin.h"
#include "core/bot/pluginmanager.h"

namespace Botdeck {

BotMenu::BotMenu(QWidget *parent)
    : QMenu(tr("&Bot"), parent)
    , m_commands(addAction(tr("&Commands…")))
    , m_plugins(addMenu(tr("&Plugins")))
{
    setObjectName(QStringLiteral("menu-bot"));
    m_commands->setObjectName(QStringLiteral("action-commands"));
    m_commands->setShortcut(tr("Ctrl+Shift+C"));
    connect(m_commands, &QAction::triggered, this, &BotMenu::showCommands);
    m_plugins->setObjectName(QStringLiteral("menu-plugins"));
    // Plugins loaded since the last look appear when the menu opens.
    connect(m_plugins, &QMenu::aboutToShow, this, &BotMenu::rebuildPlugins);
    setBot(nullptr);
}

void BotMenu::setBot(Bot *bot)
{
    if (m_bot)
        disconnect(m_bot->plugins(), nullptr, this, nullptr);
    // An open command list belongs to the bot it was opened for.
    if (m_commandsDialog && bot != m_bot)
        m_commandsDialog->close();
    m_bot = bot;
    m_commands->setEnabled(bot != nullptr);
    m_plugins->setEnabled(bot != nullptr);
    if (bot) {
        connect(bot->plugins(), &PluginManager::pluginActivated, this, &BotMenu::updateChecks);
        connect(bot->plugins(), &PluginManager::pluginDeactivated, this, &BotMenu::updateChecks);
    }
    rebuildPlugins();
}

QAction *BotMenu::pluginAction(const QString &name) const
{
    return m_plugins->findChild<QAction *>(QStringLiteral("plugin-") + name, Qt::FindDirectChildrenOnly);
}

CommandsDialog *BotMenu::showCommands()
{
    if (!m_bot)
        return nullptr;
    if (!m_commandsDialog) {
        m_commandsDialog = new CommandsDialog(m_bot, parentWidget());
        m_commandsDialog->setObjectName(QStringLiteral("commands-dialog"));
        m_commandsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_commandsDialog->show();
    m_commandsDialog->raise();
    m_commandsDialog->activateWindow();
    return m_commandsDialog;
}

void BotMenu::rebuildPlugins()
{
    const QList<QAction *> old = m_plugins->actions();
    for (QAction *action : old) {
        m_plugins->removeAction(action);
        delete action;
    }
    if (!m_bot)
        return;
    const QList<BotPlugin *> plugins = m_bot->plugins()->plugins();
    for (BotPlugin *plugin : plugins) {
        const QString name = plugin->name();
        auto *action = new QAction(name, m_plugins);
        action->setObjectName(QStringLiteral("plugin-") + name);
        action->setData(name);
        action->setCheckable(true);
        action->setToolTip(plugin->description());
        action->setStatusTip(plugin->description());
        // triggered, not toggled: only the operator's clicks switch plugins;
        // updateChecks() moves the marks without switching anything.
        connect(action, &QAction::triggered, this, [this, name](bool on) { toggle(name, on); });
        m_plugins->addAction(action);
    }
    updateChecks();
}

void BotMenu::updateChecks()
{
    if (!m_bot)
        return;
    const QList<QAction *> actions = m_plugins->actions();
    for (QAction *action : actions)
        action->setChecked(m_bot->plugins()->isActive(action->data().toString()));
}

void BotMenu::toggle(const QString &name, bool on)
{
    if (!m_bot)
        return;
    const Result<BotPlugin *> result = on ? m_bot->plugins()->activate(name) : m_bot->plugins()->deactivate(name);
    if (!result) {
        Q_EMIT errorReported(on ? tr("The plugin %1 could not be switched on: %2").arg(name, result.error())
                                : tr("The plugin %1 could not be switched off: %2").arg(name, result.error()));
    }
    // On failure the mark goes back to what is true.
    updateChecks();
}

} // namespace Botdeck
