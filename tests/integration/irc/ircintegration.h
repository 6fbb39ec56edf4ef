#pragma once

#include "ircserver.h"
#include "irctestclient.h"

#include "backends/irc/ircbackend.h"
#include "core/backendregistry.h"
#include "core/room.h"

#include <QTest>

#include <memory>

// Logs an IrcBackend in to a test server with the given login fields,
// checked by the registry exactly as the command line would.
inline std::unique_ptr<Botdeck::Irc::IrcBackend> makeIrcBackend(const QVariantMap &fields)
{
    Botdeck::BackendRegistry registry;
    registry.add(Botdeck::Irc::IrcBackend::descriptor());
    const Botdeck::Result<Botdeck::BackendSettings> settings = registry.settings(QStringLiteral("irc"), fields);
    if (!settings) {
        qWarning("bad IRC settings: %s", qPrintable(settings.error()));
        return nullptr;
    }
    auto backend = std::make_unique<Botdeck::Irc::IrcBackend>();
    backend->connectToService(settings.value());
    return backend;
}

inline QVariantMap ircFields(quint16 port, const QString &nick)
{
    return {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
            {QStringLiteral("port"), port},
            {QStringLiteral("nick"), nick}};
}
