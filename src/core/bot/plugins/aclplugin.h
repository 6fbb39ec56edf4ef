#pragma once

#include "core/bot/botplugin.h"

namespace Botdeck {

// acl show, acl explain <command> [identifier].
class AclPlugin : public BotPlugin
{
    Q_OBJECT

public:
    using BotPlugin::BotPlugin;
    QString name() const override { return QStringLiteral("ACL"); }
    QString description() const override;
    QList<BotCommand> commands() const override;

private:
    QString show() const;
    QString explain(const CommandCall &call) const;
};

} // namespace Botdeck
