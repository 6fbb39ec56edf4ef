// A JID as someone typed it or a server sent it.
#include "backends/xmpp/jid.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Botdeck::Xmpp;
    const auto jid = Jid::parse(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (jid) {
        // What was accepted prints as something that parses to the same JID.
        const auto again = Jid::parse(jid.value().toString());
        if (!again || again.value().toString() != jid.value().toString())
            __builtin_trap();
    }
    return 0;
}
