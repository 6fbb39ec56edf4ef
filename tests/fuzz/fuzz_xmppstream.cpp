// An XMPP stream from a hostile server, cut into chunks of sizes the input
// itself chooses, as a network would.
#include "backends/xmpp/streamparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Botdeck::Xmpp;
    if (size < 1)
        return 0;
    const size_t chunk = 1 + data[0] % 64;
    StreamParser parser(data[0] & 0x80 ? StreamParser::Framing::Messages : StreamParser::Framing::Stream);
    for (size_t at = 1; at < size && !parser.hasError(); at += chunk) {
        const size_t length = std::min(chunk, size - at);
        parser.feed(QByteArray(reinterpret_cast<const char *>(data + at), qsizetype(length)));
    }
    return 0;
}
