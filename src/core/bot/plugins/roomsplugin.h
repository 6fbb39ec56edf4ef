#pragma once

#include "core/bot/botplugin.h"

namespace Botdeck {

// room list/join/leave/occupants/topic/invite/create/destroy, on the
// backend the command came from. Requests the service answers later
// (join, leave, create, destroy, topic) reply when it has answered.
class RoomsPlugin : public BotPlugin
{
    Q_OBJECT

public:
    using BotPlugin::BotPlugin;
    QString name() const override { return QStringLiteral("Rooms"); }
    QString description() const override;
    QList<BotCommand> commands() const override;

private:
    static void list(const CommandCall &call);
    static void join(const CommandCall &call);
    static void leave(const CommandCall &call);
    static void occupants(const CommandCall &call);
    static void topic(const CommandCall &call);
    static void invite(const CommandCall &call);
    static void create(const CommandCall &call);
    static void destroy(const CommandCall &call);
};

} // namespace Botdeck
