#include "builtinbackends.h"

#include "core/backendregistry.h"
#include "irc/ircbackend.h"
#include "local/localbackend.h"
#include "xmpp/xmppbackend.h"

namespace Botdeck {

void registerBuiltinBackends(BackendRegistry &registry)
{
    registry.add(Local::LocalBackend::descriptor());
    registry.add(Irc::IrcBackend::descriptor());
    registry.add(Xmpp::XmppBackend::descriptor());
}

} // namespace Botdeck
