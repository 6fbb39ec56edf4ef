#pragma once

#include "backends/builtinbackends.h"
#include "backends/local/localbackend.h"
#include "backends/local/localservice.h"
#include "core/backendregistry.h"
#include "core/room.h"

#include <QSignalSpy>
#include <QTest>

// The local backend, connected and quiet (no timed chatter), so a test
// makes every event itself: simulated people speak through SimulationControl
// and come and go through the service.
namespace LocalFixture {

inline Botdeck::BackendSettings quietSettings(const QString &rooms = QStringLiteral("#lobby,#dev"))
{
    Botdeck::BackendRegistry registry;
    Botdeck::registerBuiltinBackends(registry);
    const auto settings = registry.settings(
        QStringLiteral("local"),
        {{QStringLiteral("event-rate"), 0}, {QStringLiteral("seed"), 1}, {QStringLiteral("rooms"), rooms}});
    return settings.value();
}

inline Botdeck::Local::LocalService *service(Botdeck::Backend *backend)
{
    return static_cast<Botdeck::Local::LocalBackend *>(backend)->service();
}

// Waits until backend is connected and in every room of rooms.
inline bool connectAndJoin(Botdeck::Backend *backend,
                           const QStringList &rooms = {QStringLiteral("#lobby"), QStringLiteral("#dev")})
{
    backend->connectToService(quietSettings(rooms.join(u',')));
    const auto ready = [&] {
        if (!backend->isConnected())
            return false;
        for (const QString &id : rooms) {
            Botdeck::Room *room = backend->room(id);
            if (!room || !room->isJoined())
                return false;
        }
        return true;
    };
    return QTest::qWaitFor(ready, 5000);
}

} // namespace LocalFixture
