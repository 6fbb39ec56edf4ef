#pragma once

#include <QStringList>

namespace Botdeck {

class Backend;
class Bot;
struct BotOptions;

// Applies the bot's options (prefixes, rate limits, storage, plugins, the
// [acl] rules of the configuration file) and returns what the operator
// should be warned about: unknown ACL keys, plugins that failed to load.
QStringList configureBot(Bot &bot, const BotOptions &options);

// Joins rooms each time backend (re)connects, unless already in them.
void joinWhenConnected(Backend *backend, const QStringList &rooms);

} // namespace Botdeck
