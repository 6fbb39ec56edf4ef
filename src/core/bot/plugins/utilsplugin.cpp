#include "utilsplugin.h"

#include "core/backend.h"
#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"
#include "core/room.h"
#include "core/sendqueue.h"

namespace Botdeck {

namespace {

QString kindName(Identifier::Kind kind)
{
    switch (kind) {
    case Identifier::Kind::Null:
        return QStringLiteral("none");
    case Identifier::Kind::Person:
        return QStringLiteral("person");
    case Identifier::Kind::Occupant:
        return QStringLiteral("occupant");
    case Identifier::Kind::Room:
        return QStringLiteral("room");
    }
    return {};
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

QString UtilsPlugin::description() const
{
    return tr("Small everyday commands");
}

QList<BotCommand> UtilsPlugin::commands() const
{
    // The text goes back exactly as written, apostrophes and quotes too.
    BotCommand echo = BotCommand::simple(
        QStringLiteral("echo"), tr("<text>"), tr("Says the text back"), [](const CommandCall &call) {
            return call.argumentText().isEmpty() ? tr("Echo what? Say %1echo <text>.").arg(call.bot()->prefix())
                                                 : call.argumentText();
        });
    echo.rawArguments = true;
    return {
        echo,
        BotCommand::simple(QStringLiteral("whoami"), QString(), tr("Shows every field of your identifier"),
                           [](const CommandCall &call) { return describeIdentifier(call.caller()); }),
        BotCommand::simple(QStringLiteral("uptime"), QString(), tr("How long the bot has been running"),
                           [this](const CommandCall &) { return uptime(); }),
        BotCommand::simple(QStringLiteral("status"), QString(), tr("Connections, rooms, plugins and queues"),
                           [this](const CommandCall &) { return status(); }),
    };
}

QString UtilsPlugin::describeIdentifier(const Identifier &identifier)
{
    QStringList fields = {
        QStringLiteral("kind: %1").arg(kindName(identifier.kind())),
        QStringLiteral("person: %1").arg(orDash(identifier.person())),
        QStringLiteral("client: %1").arg(orDash(identifier.client())),
        QStringLiteral("nick: %1").arg(orDash(identifier.nick())),
        QStringLiteral("displayName: %1").arg(orDash(identifier.displayName())),
        QStringLiteral("aclAttr: %1").arg(orDash(identifier.aclAttr())),
    };
    if (identifier.isOccupant() || identifier.isRoom())
        fields.append(QStringLiteral("room: %1").arg(identifier.room()));
    return fields.join(QStringLiteral(" | "));
}

QString UtilsPlugin::uptime() const
{
    qint64 seconds = bot()->startTime().secsTo(QDateTime::currentDateTimeUtc());
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds / 3600 % 24;
    const qint64 minutes = seconds / 60 % 60;
    seconds %= 60;
    QString span;
    if (days > 0)
        span += tr("%1 d ").arg(days);
    if (days > 0 || hours > 0)
        span += tr("%1 h ").arg(hours);
    span += tr("%1 min %2 s").arg(minutes).arg(seconds);
    return tr("Up %1 (since %2 UTC), %3 command(s) run.")
        .arg(span, bot()->startTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(bot()->commandsRun());
}

QString UtilsPlugin::status() const
{
    QStringList connections;
    const QList<Backend *> backends = bot()->backends();
    for (const Backend *backend : backends) {
        int joined = 0;
        const QList<Room *> rooms = backend->rooms();
        for (const Room *room : rooms)
            joined += room->isJoined() ? 1 : 0;
        connections.append(tr("%1 %2, %3 room(s) joined, %4 reply(ies) waiting")
                               .arg(backend->serviceName(), Backend::describe(backend->state()))
                               .arg(joined)
                               .arg(backend->sendQueue()->pendingCount()));
    }
    int active = 0;
    const QList<BotPlugin *> plugins = bot()->plugins()->plugins();
    for (const BotPlugin *plugin : plugins)
        active += bot()->plugins()->isActive(plugin->name()) ? 1 : 0;
    return tr("Botdeck %1: %2; %3 of %4 plugins active.")
        .arg(QStringLiteral(BOTDECK_VERSION), connections.join(QStringLiteral("; ")))
        .arg(active)
        .arg(plugins.size());
}

} // namespace Botdeck
