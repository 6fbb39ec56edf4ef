#pragma once

#include "core/bot/botplugin.h"

namespace Botdeck {

// help: every command, grouped by plugin; help <command>: one in detail.
class HelpPlugin : public BotPlugin
{
    Q_OBJECT

public:
    using BotPlugin::BotPlugin;
    QString name() const override { return QStringLiteral("Help"); }
    QString description() const override;
    QList<BotCommand> commands() const override;

private:
    QString overview(const CommandCall &call) const;
    QString detail(const QString &name) const;
};

} // namespace Botdeck
