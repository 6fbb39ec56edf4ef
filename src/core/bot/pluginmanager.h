#pragma once

#include "botcommand.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QPluginLoader;

namespace Botdeck {

class Bot;
class BotPlugin;

// A command as the dispatcher knows it: the plugin's declaration plus the
// plugin it belongs to.
struct CommandEntry
{
    BotCommand command;
    BotPlugin *plugin = nullptr;
};

// Owns the bot's plugins, switches them on and off, and keeps the index of
// the commands of the active ones. Loading a broken plugin file (not a
// plugin, missing symbols, another interface version, an exception in
// activate) reports why and skips it; the bot keeps running.
class PluginManager : public QObject
{
    Q_OBJECT

public:
    explicit PluginManager(Bot *bot);
    ~PluginManager() override;

    // Takes ownership and activates the plugin unless its name is disabled.
    Result<BotPlugin *> add(BotPlugin *plugin);
    Result<BotPlugin *> load(const QString &file);
    // Loads every plugin file in the folders; returns the errors (also
    // emitted through loadFailed).
    QStringList loadFrom(const QStringList &folders);

    QList<BotPlugin *> plugins() const;
    // The active ones, in the order they were added.
    const QList<BotPlugin *> &activePlugins() const;
    BotPlugin *plugin(const QString &name) const;
    bool isActive(const QString &name) const;
    Result<BotPlugin *> activate(const QString &name);
    Result<BotPlugin *> deactivate(const QString &name);
    // Names not to activate when added (from the configuration).
    void setDisabled(const QStringList &names);
    void deactivateAll();

    // The command named by the first words of words (longest match: "room
    // join" before "room"); consumed says how many words that took.
    const CommandEntry *findCommand(const QStringList &words, int *consumed) const;
    const CommandEntry *command(const QString &name) const;
    QList<const CommandEntry *> commands() const;
    QList<const CommandEntry *> regexCommands() const;
    QStringList commandNames() const;

Q_SIGNALS:
    void pluginActivated(const QString &name);
    void pluginDeactivated(const QString &name);
    void loadFailed(const QString &file, const QString &error);

private:
    void rebuildIndex();

    Bot *m_bot;
    QList<BotPlugin *> m_plugins;
    QSet<QString> m_active;
    QList<BotPlugin *> m_activePlugins;
    QSet<QString> m_disabled;
    QList<QPluginLoader *> m_loaders;
    QHash<QString, CommandEntry> m_commands; // by lower-case name
    QList<CommandEntry> m_regexCommands;
    int m_longestName = 1; // in words
};

} // namespace Botdeck
