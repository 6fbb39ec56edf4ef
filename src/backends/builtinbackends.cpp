#include "builtinbackends.h"

#include "core/backendregistry.h"
#include "local/localbackend.h"

namespace Botdeck {

void registerBuiltinBackends(BackendRegistry &registry)
{
    registry.add(Local::LocalBackend::descriptor());
}

} // namespace Botdeck
