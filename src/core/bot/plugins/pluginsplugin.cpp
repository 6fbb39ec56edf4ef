#include "pluginsplugin.h"

#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"

namespace Botdeck {

QString PluginsPlugin::description() const
{
    return tr("Lists plugins and switches them on and off");
}

QList<BotCommand> PluginsPlugin::commands() const
{
    BotCommand list = BotCommand::simple(QStringLiteral("plugin list"), QString(), tr("Every plugin and its state"),
                                         [this](const CommandCall &) { return this->list(); });
    BotCommand activate
        = BotCommand::simple(QStringLiteral("plugin activate"), tr("<name>"), tr("Switches a plugin on"),
                             [this](const CommandCall &call) { return switchOn(call.arguments()); });
    activate.adminOnly = true;
    BotCommand deactivate
        = BotCommand::simple(QStringLiteral("plugin deactivate"), tr("<name>"), tr("Switches a plugin off"),
                             [this](const CommandCall &call) { return switchOff(call.arguments()); });
    deactivate.adminOnly = true;
    return {list, activate, deactivate};
}

QString PluginsPlugin::list() const
{
    QStringList shown;
    const QList<BotPlugin *> plugins = bot()->plugins()->plugins();
    for (const BotPlugin *plugin : plugins) {
        shown.append(tr("%1 %2 (%3)")
                         .arg(plugin->name(), plugin->version(),
                              bot()->plugins()->isActive(plugin->name()) ? tr("active") : tr("inactive")));
    }
    return tr("Plugins: %1").arg(shown.join(QStringLiteral(", ")));
}

QString PluginsPlugin::switchOn(const QStringList &arguments) const
{
    if (arguments.isEmpty())
        return tr("Which plugin? Say %1plugin activate <name>.").arg(bot()->prefix());
    const Result<BotPlugin *> done = bot()->plugins()->activate(arguments.constFirst());
    return done ? tr("%1 is active.").arg(done.value()->name()) : tr("Cannot activate: %1.").arg(done.error());
}

QString PluginsPlugin::switchOff(const QStringList &arguments) const
{
    if (arguments.isEmpty())
        return tr("Which plugin? Say %1plugin deactivate <name>.").arg(bot()->prefix());
    if (arguments.constFirst().compare(name(), Qt::CaseInsensitive) == 0)
        return tr("The Plugins plugin stays on: without it nothing could be switched on again.");
    const Result<BotPlugin *> done = bot()->plugins()->deactivate(arguments.constFirst());
    return done ? tr("%1 is inactive.").arg(done.value()->name()) : tr("Cannot deactivate: %1.").arg(done.error());
}

} // namespace Botdeck
