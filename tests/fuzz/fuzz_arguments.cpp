// A command's arguments as a person wrote them: split like a shell would,
// and quoting each piece gives the same pieces back.
#include "core/bot/arguments.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Botdeck;
    const auto split = splitArguments(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!split)
        return 0;
    QStringList quoted;
    for (const QString &argument : split.value())
        quoted.append(quoteArgument(argument));
    const auto again = splitArguments(quoted.join(u' '));
    if (!again || again.value() != split.value())
        __builtin_trap();
    return 0;
}
