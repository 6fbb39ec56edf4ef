#pragma once

// Shared by the local backend suites: build and connect a LocalBackend the
// way the application does (registry, login fields, defaults).

#include "backends/builtinbackends.h"
#include "backends/local/localbackend.h"
#include "core/backendregistry.h"
#include "core/room.h"

#include <QDebug>
#include <QTest>

#include <memory>

namespace LocalTest {

inline QString s(const char *text)
{
    return QString::fromUtf8(text);
}

inline const Botdeck::BackendRegistry &registry()
{
    static const Botdeck::BackendRegistry instance = [] {
        Botdeck::BackendRegistry r;
        Botdeck::registerBuiltinBackends(r);
        return r;
    }();
    return instance;
}

// Settings for the local backend; the simulated people keep quiet unless
// given an "event-rate".
inline Botdeck::BackendSettings settings(const QVariantMap &given = {})
{
    QVariantMap values{{s("event-rate"), 0}, {s("seed"), 42}};
    for (auto it = given.cbegin(); it != given.cend(); ++it)
        values.insert(it.key(), it.value());
    const Botdeck::Result<Botdeck::BackendSettings> result = registry().settings(s("local"), values);
    if (!result)
        qFatal("the registry refused the test's settings: %s", qPrintable(result.error()));
    return result.value();
}

inline std::unique_ptr<Botdeck::Local::LocalBackend> create()
{
    return std::unique_ptr<Botdeck::Local::LocalBackend>(
        qobject_cast<Botdeck::Local::LocalBackend *>(registry().create(s("local"))));
}

// Waits until the backend is connected and has joined every room of its
// "rooms" setting.
inline bool waitUntilReady(Botdeck::Backend &backend, const Botdeck::BackendSettings &settings)
{
    const QStringList rooms = settings.text(s("rooms")).split(u',', Qt::SkipEmptyParts);
    return QTest::qWaitFor(
        [&] {
            if (!backend.isConnected())
                return false;
            for (const QString &id : rooms) {
                const Botdeck::Room *room = backend.room(id.trimmed());
                if (!room || !room->isJoined())
                    return false;
            }
            return true;
        },
        10000);
}

// A connected backend sitting in its autojoin rooms, or null (with a
// warning) if it could not get there.
inline std::unique_ptr<Botdeck::Local::LocalBackend> connected(const QVariantMap &given = {})
{
    auto backend = create();
    if (!backend)
        return nullptr;
    const Botdeck::BackendSettings values = settings(given);
    backend->connectToService(values);
    if (!waitUntilReady(*backend, values)) {
        qWarning() << "the local backend did not get ready; state" << backend->state();
        return nullptr;
    }
    return backend;
}

} // namespace LocalTest
