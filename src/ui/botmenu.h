#pragma once

#include <QMenu>
#include <QPointer>

namespace Botdeck {

class Bot;
class CommandsDialog;

// The Bot menu: Commands… (the list of every command) and Plugins, one
// checkable entry per plugin that switches it on or off. The check marks
// follow the bot's plugin manager, whoever switched the plugin.
class BotMenu : public QMenu
{
    Q_OBJECT

public:
    explicit BotMenu(QWidget *parent = nullptr);

    void setBot(Bot *bot);
    QMenu *pluginsMenu() const { return m_plugins; }
    // The action of a plugin ("plugin-Utils"), for tests too.
    QAction *pluginAction(const QString &name) const;
    // Opens the command list (one window, raised if already open).
    CommandsDialog *showCommands();

Q_SIGNALS:
    // Something the operator should read: a plugin that would not start.
    void errorReported(const QString &error);

private:
    void rebuildPlugins();
    void updateChecks();
    void toggle(const QString &name, bool on);

    QPointer<Bot> m_bot;
    QAction *m_commands;
    QMenu *m_plugins;
    QPointer<CommandsDialog> m_commandsDialog;
};

} // namespace Botdeck
