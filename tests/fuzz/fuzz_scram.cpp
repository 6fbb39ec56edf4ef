// A server's SCRAM challenges: the server-first message, then the final
// one; both hostile.
#include "backends/xmpp/scrammechanism.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Botdeck::Xmpp;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\n');
    ScramMechanism scram(ScramMechanism::Hash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"),
                         QByteArrayLiteral("fyko+d2lbbFgONRv9qkxdawL"));
    scram.initialResponse();
    const auto response = scram.respond(split < 0 ? input : input.left(split));
    if (response && split >= 0)
        (void)scram.verifySuccess(input.mid(split + 1));
    return 0;
}
