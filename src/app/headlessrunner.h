#pragma once

namespace Botdeck {

class BackendRegistry;
struct LaunchOptions;

// Runs the bot without a window: the conversation and room events go to
// standard output, warnings and errors to standard error, protocol traffic
// too at --log-level debug. Returns the process exit code: 0 after SIGINT or
// SIGTERM (rooms left, storage closed), 1 when the connection failed for good.
int runHeadless(const BackendRegistry &registry, const LaunchOptions &options);

} // namespace Botdeck
