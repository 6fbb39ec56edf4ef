#include "helpplugin.h"

#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"
#include "core/bot/suggestions.h"

#include <QMap>

namespace Botdeck {

QString HelpPlugin::description() const
{
    return tr("Lists the commands and explains each one");
}

QList<BotCommand> HelpPlugin::commands() const
{
    return {BotCommand::simple(QStringLiteral("help"), tr("[command]"), tr("Lists every command, or explains one"),
                               [this](const CommandCall &call) {
                                   return call.arguments().isEmpty() ? overview(call)
                                                                     : detail(call.arguments().join(u' '));
                               })};
}

QString HelpPlugin::overview(const CommandCall &call) const
{
    QMap<QString, QStringList> byPlugin;
    const QList<const CommandEntry *> commands = bot()->plugins()->commands();
    for (const CommandEntry *entry : commands) {
        QString shown = entry->command.name;
        if (entry->command.adminOnly)
            shown += u'*';
        byPlugin[entry->plugin->name()].append(shown);
    }
    QStringList groups;
    for (auto it = byPlugin.cbegin(); it != byPlugin.cend(); ++it)
        groups.append(QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", "))));
    const QString prefix = call.bot()->prefix();
    return tr("Commands (prefix %1; * = admins only): %2. Say %1help <command> for details.")
        .arg(prefix, groups.join(QStringLiteral(" | ")));
}

QString HelpPlugin::detail(const QString &name) const
{
    const QString prefix = bot()->prefix();
    const CommandEntry *entry = bot()->plugins()->command(name);
    if (!entry) {
        const QStringList close = closestMatches(name, bot()->plugins()->commandNames());
        if (close.isEmpty())
            return tr("There is no command called %1.").arg(name);
        return tr("There is no command called %1. Did you mean %2?").arg(name, close.join(tr(" or ")));
    }
    const BotCommand &command = entry->command;
    QString text = prefix + command.name;
    if (!command.arguments.isEmpty())
        text += u' ' + command.arguments;
    text += QStringLiteral(": ") + command.description;
    text += tr(" (plugin %1%2)").arg(entry->plugin->name(), command.adminOnly ? tr(", admins only") : QString());
    return text;
}

} // namespace Botdeck
