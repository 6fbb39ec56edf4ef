// What a person types where an identifier is expected (a command argument,
// the console's "Go to", a configuration file), given to every backend's
// buildIdentifier: the local one logged in and not, IRC and XMPP before they
// connect. Whatever is accepted must be a whole identifier of its kind, and
// its text must build the same identifier again.
#include "backends/builtinbackends.h"
#include "core/backend.h"
#include "core/backendregistry.h"
#include "core/room.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <cstddef>
#include <cstdint>
#include <vector>

using namespace Botdeck;

namespace {

// Made once and never freed: they live as long as the fuzzer, and stay
// reachable (children of the application) so LeakSanitizer does not count
// them at exit.
QCoreApplication *application = nullptr;
std::vector<Backend *> *backends = nullptr;

Backend *make(const BackendRegistry &registry, const QString &name)
{
    Backend *backend = registry.create(name, application);
    if (!backend)
        __builtin_trap();
    backends->push_back(backend);
    return backend;
}

bool isWhole(const Identifier &id)
{
    switch (id.kind()) {
    case Identifier::Kind::Null:
        return false;
    case Identifier::Kind::Person:
        return !id.person().isEmpty() && !id.aclAttr().isEmpty();
    case Identifier::Kind::Occupant:
        return !id.room().isEmpty() && !id.nick().isEmpty() && !id.aclAttr().isEmpty();
    case Identifier::Kind::Room:
        return !id.room().isEmpty();
    }
    return false;
}

[[noreturn]] void fail(const Backend *backend, const char *what, const QString &text, const Identifier &id)
{
    qFatal("%s: %s for \"%s\": kind %d, person \"%s\", nick \"%s\", room \"%s\", aclAttr \"%s\"",
           qPrintable(backend->name()), what, qPrintable(text), int(id.kind()), qPrintable(id.person()),
           qPrintable(id.nick()), qPrintable(id.room()), qPrintable(id.aclAttr()));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    application = new QCoreApplication(*argc, *argv);
    backends = new std::vector<Backend *>;
    BackendRegistry registry;
    registerBuiltinBackends(registry);
    make(registry, QStringLiteral("irc"));
    make(registry, QStringLiteral("xmpp"));
    make(registry, QStringLiteral("local"));
    // Logged in, the local backend answers from its service: people, rooms
    // and who is in them.
    Backend *local = make(registry, QStringLiteral("local"));
    const QVariantMap fields{{QStringLiteral("event-rate"), 0},
                             {QStringLiteral("seed"), 7},
                             {QStringLiteral("rooms"), QStringLiteral("#lobby,#dev")}};
    local->connectToService(registry.settings(QStringLiteral("local"), fields).value());
    const QDeadlineTimer deadline(10000);
    while (!(local->isConnected() && local->room(QStringLiteral("#dev"))
             && local->room(QStringLiteral("#dev"))->isJoined())) {
        if (deadline.hasExpired())
            qFatal("the local backend did not log in");
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const Backend *backend : *backends) {
        const Result<Identifier> built = backend->buildIdentifier(text);
        if (!built) {
            // A refusal says why, in words.
            if (built.error().trimmed().isEmpty())
                fail(backend, "a refusal without a reason", text, {});
            continue;
        }
        const Identifier id = built.value();
        if (!isWhole(id))
            fail(backend, "a partial identifier", text, id);
        const Result<Identifier> again = backend->buildIdentifier(id.toString());
        if (!again)
            fail(backend, qPrintable(QStringLiteral("its text refused (%1)").arg(again.error())), text, id);
        if (again.value().kind() != id.kind() || again.value().toString() != id.toString())
            fail(backend, "its text builds another identifier", text, again.value());
    }
    return 0;
}
