#pragma once

namespace Botdeck {

class BackendRegistry;

// Adds every backend compiled into this program to registry.
void registerBuiltinBackends(BackendRegistry &registry);

} // namespace Botdeck
