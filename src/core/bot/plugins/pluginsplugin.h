#pragma once

#include "core/bot/botplugin.h"

namespace Botdeck {

// plugin list, plugin activate <name>, plugin deactivate <name>.
class PluginsPlugin : public BotPlugin
{
    Q_OBJECT

public:
    using BotPlugin::BotPlugin;
    QString name() const override { return QStringLiteral("Plugins"); }
    QString description() const override;
    QList<BotCommand> commands() const override;

private:
    QString list() const;
    QString switchOn(const QStringList &arguments) const;
    QString switchOff(const QStringList &arguments) const;
};

} // namespace Botdeck
