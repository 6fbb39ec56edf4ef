#pragma once

#include "botcommand.h"

#include <QList>
#include <QObject>
#include <QString>

#include <memory>

namespace Botdeck {

class Backend;
class Bot;
class Message;
class PluginStorage;
class Presence;
class Room;

// A set of commands and reactions, built in or loaded from a plugin folder
// with QPluginLoader. Dynamic plugins declare
//   Q_PLUGIN_METADATA(IID BotdeckBotPlugin_iid FILE "myplugin.json")
// and derive from this class; the bot checks the IID before running any of
// their code, so a plugin built for another interface version is refused.
class BotPlugin : public QObject
{
    Q_OBJECT

public:
    explicit BotPlugin(QObject *parent = nullptr);
    ~BotPlugin() override;

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual QString version() const;
    virtual QList<BotCommand> commands() const = 0;

    // Called when the plugin is switched on or off (also at start-up and
    // shutdown). An exception thrown here is reported and the plugin stays off.
    virtual void activate();
    virtual void deactivate();

    // Reactions to everything the bot sees, for active plugins only.
    virtual void handleMessage(Backend *backend, const Message &message);
    virtual void handlePresence(Backend *backend, const Presence &presence);
    virtual void handleRoomJoined(Room *room);
    virtual void handleRoomLeft(Room *room);

    Bot *bot() const;
    // This plugin's own persistent store; null when the bot has no data
    // folder or the store could not be opened (the bot said why).
    PluginStorage *storage() const;

private:
    friend class PluginManager;
    Bot *m_bot = nullptr;
    std::shared_ptr<PluginStorage> m_storage;
};

} // namespace Botdeck

#define BotdeckBotPlugin_iid "org.botdeck.BotPlugin/1"
