#pragma once

#include "core/bot/botplugin.h"

namespace Botdeck {

class Identifier;

// echo, whoami (every identifier field of the caller), uptime, status.
class UtilsPlugin : public BotPlugin
{
    Q_OBJECT

public:
    using BotPlugin::BotPlugin;
    QString name() const override { return QStringLiteral("Utils"); }
    QString description() const override;
    QList<BotCommand> commands() const override;

    // "kind: occupant | person: @alice | client: laptop | ...", the way
    // whoami shows an identifier.
    static QString describeIdentifier(const Identifier &identifier);

private:
    QString uptime() const;
    QString status() const;
};

} // namespace Botdeck
