#pragma once

#include "core/backendregistry.h"

namespace Botdeck::Xmpp {

// The registry entry of the XMPP backend: its login fields, from which the
// login dialog and the command line options are made.
BackendDescriptor xmppDescriptor();

} // namespace Botdeck::Xmpp
