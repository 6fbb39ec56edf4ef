#include "aclplugin.h"

#include "core/backend.h"
#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"

namespace Botdeck {

QString AclPlugin::description() const
{
    return tr("Shows the access rules and explains their decisions");
}

QList<BotCommand> AclPlugin::commands() const
{
    BotCommand show = BotCommand::simple(QStringLiteral("acl show"), QString(), tr("The admins and access rules"),
                                         [this](const CommandCall &) { return this->show(); });
    show.adminOnly = true;
    BotCommand explain = BotCommand::simple(QStringLiteral("acl explain"), tr("<command> [identifier]"),
                                            tr("Whether someone (you by default) may run a command here, and why"),
                                            [this](const CommandCall &call) { return this->explain(call); });
    return {show, explain};
}

QString AclPlugin::show() const
{
    const AccessControl &acl = bot()->accessControl();
    QStringList rules;
    const QList<AclRule> all = acl.rules();
    for (const AclRule &rule : all) {
        QStringList parts;
        if (!rule.allowUsers.isEmpty())
            parts.append(tr("allow users %1").arg(rule.allowUsers.join(QStringLiteral(", "))));
        if (!rule.denyUsers.isEmpty())
            parts.append(tr("deny users %1").arg(rule.denyUsers.join(QStringLiteral(", "))));
        if (!rule.allowRooms.isEmpty())
            parts.append(tr("allow rooms %1").arg(rule.allowRooms.join(QStringLiteral(", "))));
        if (!rule.denyRooms.isEmpty())
            parts.append(tr("deny rooms %1").arg(rule.denyRooms.join(QStringLiteral(", "))));
        if (rule.directOnly)
            parts.append(tr("direct messages only"));
        if (rule.roomOnly)
            parts.append(tr("rooms only"));
        rules.append(QStringLiteral("%1: %2").arg(rule.scope, parts.join(QStringLiteral("; "))));
    }
    return tr("Admins: %1. Default: %2. Rules: %3.")
        .arg(acl.admins().isEmpty() ? tr("none") : acl.admins().join(QStringLiteral(", ")),
             acl.isDenyByDefault() ? tr("deny") : tr("allow"),
             rules.isEmpty() ? tr("none") : rules.join(QStringLiteral(" | ")));
}

QString AclPlugin::explain(const CommandCall &call) const
{
    const QStringList arguments = call.arguments();
    if (arguments.isEmpty())
        return tr("Say %1acl explain <command> [identifier].").arg(bot()->prefix());
    // Multi-word commands ("room join") may be written unquoted: the
    // longest known name wins, the rest is the identifier.
    int consumed = 1;
    const CommandEntry *entry = bot()->plugins()->findCommand(arguments, &consumed);
    const QString command = entry ? entry->command.name : arguments.constFirst();
    const qsizetype used = entry ? consumed : 1;
    Identifier who = call.caller();
    if (arguments.size() > used) {
        // How the rules treat other people tells which patterns would let
        // someone in: that is for admins, like acl show.
        if (!call.isOperator() && !bot()->isAdmin(call.caller(), call.backend()))
            return tr("Only admins may ask about other people; %1acl explain %2 explains it for you.")
                .arg(bot()->prefix(), command);
        const Result<Identifier> built = call.backend()->buildIdentifier(arguments.mid(used).join(u' '));
        if (!built)
            return tr("Cannot explain for that identifier: %1").arg(built.error());
        who = built.value();
    }
    const AclDecision decision = bot()->explain(command, who, call.message().room(), call.backend());
    QString text = tr("%1 %2 run %3 here: %4.")
                       .arg(who.toString(), decision.allowed ? tr("may") : tr("may not"), command, decision.reason);
    if (!decision.field.isEmpty())
        // Neutral wording: a refusal is often decided by a pattern that did
        // not match (an admin-only command, an allow list).
        text += tr(" (decided by rule %1 on %2 = %3)").arg(decision.rule, decision.field, decision.value);
    return text;
}

} // namespace Botdeck
