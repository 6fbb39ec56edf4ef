#include "botplugin.h"

#include "pluginstorage.h"

namespace Botdeck {

BotPlugin::BotPlugin(QObject *parent)
    : QObject(parent)
{ }

BotPlugin::~BotPlugin() = default;

QString BotPlugin::version() const
{
    return QStringLiteral(BOTDECK_VERSION);
}

void BotPlugin::activate() { }

void BotPlugin::deactivate() { }

void BotPlugin::handleMessage(Backend *, const Message &) { }

void BotPlugin::handlePresence(Backend *, const Presence &) { }

void BotPlugin::handleRoomJoined(Room *) { }

void BotPlugin::handleRoomLeft(Room *) { }

Bot *BotPlugin::bot() const
{
    return m_bot;
}

PluginStorage *BotPlugin::storage() const
{
    return m_storage.get();
}

} // namespace Botdeck
