// One IRC line from a hostile server: parsed, and what parses serialises
// and parses again to the same message.
#include "backends/irc/irccodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Botdeck::Irc;
    const QByteArrayView line(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = IrcCodec::parse(line);
    if (!parsed)
        return 0;
    const auto serialized = IrcCodec::serialize(parsed.value());
    if (serialized) {
        const auto again = IrcCodec::parse(serialized.value());
        if (!again || again.value().command != parsed.value().command)
            __builtin_trap();
    }
    return 0;
}
