#pragma once

#include "core/bot/botplugin.h"

namespace Botdeck {

// The example plugin. Three kinds of command:
//   hello [name]    a plain command with an optional argument
//   count           uses the plugin's persistent storage
//   good morning    a regular-expression command, matched anywhere in a message
class HelloPlugin : public BotPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID BotdeckBotPlugin_iid FILE "hello.json")

public:
    using BotPlugin::BotPlugin;

    QString name() const override { return QStringLiteral("Hello"); }
    QString description() const override;
    QList<BotCommand> commands() const override;
};

} // namespace Botdeck
