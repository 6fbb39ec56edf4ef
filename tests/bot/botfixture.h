#pragma once

// A bot attached to the local backend, with the simulation quiet, so each
// test decides exactly who says what.

#include "backends/builtinbackends.h"
#include "core/backend.h"
#include "core/backendregistry.h"
#include "core/bot/bot.h"
#include "core/room.h"
#include "core/simulationcontrol.h"

#include <QSignalSpy>
#include <QTest>

namespace Botdeck {

class BotFixture
{
public:
    BotFixture()
    {
        registerBuiltinBackends(m_registry);
        backend = m_registry.create(QStringLiteral("local"));
        simulation = qobject_cast<SimulationControl *>(backend);
        bot.setSendRate(0);
        QObject::connect(backend, &Backend::messageSent, backend,
                         [this](const Message &message) { sent.append(message); });
    }
    ~BotFixture() { delete backend; }

    // Connects and waits until the rooms are joined; false on failure.
    bool start(const QVariantMap &extra = {})
    {
        QVariantMap given
            = {{QStringLiteral("event-rate"), 0}, {QStringLiteral("rooms"), QStringLiteral("#lobby,#dev")}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            given.insert(it.key(), it.value());
        const Result<BackendSettings> settings = m_registry.settings(QStringLiteral("local"), given);
        if (!settings)
            return false;
        bot.attach(backend);
        backend->connectToService(settings.value());
        return QTest::qWaitFor(
            [this] {
                return backend->room(QStringLiteral("#dev")) && backend->room(QStringLiteral("#dev"))->isJoined();
            },
            5000);
    }

    Identifier room(const QString &id) const { return Identifier::makeRoom(id); }

    // nick says text in room (or to the bot when room is empty).
    bool say(const QString &nick, const QString &roomId, const QString &text)
    {
        const Identifier to = roomId.isEmpty() ? backend->botIdentifier() : room(roomId);
        return simulation->speakAs(nick, to, text).isOk();
    }

    // Waits for the bot to have sent count messages in all.
    bool waitForSent(int count, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this, count] { return sent.size() >= count; }, timeoutMs);
    }

    // Says text and waits for exactly one reply; its body, or a null string.
    QString ask(const QString &nick, const QString &roomId, const QString &text)
    {
        const qsizetype before = sent.size();
        if (!say(nick, roomId, text) || !waitForSent(int(before + 1)))
            return {};
        return sent.at(before).body();
    }

    // Nothing more is sent for a while: used only to check for silence,
    // bounded by events the test itself causes.
    bool staysQuiet(const QString &nick, const QString &roomId, const QString &text)
    {
        const qsizetype before = sent.size();
        // A marker command after the text: once its reply arrives, anything
        // the text caused would have arrived before it.
        if (!say(nick, roomId, text)
            || !say(nick, roomId.isEmpty() ? QString() : roomId, QStringLiteral("!echo marker"))
            || !waitForSent(int(before + 1)))
            return false;
        return sent.size() == before + 1 && sent.at(before).body() == QLatin1String("marker");
    }

    Bot bot;
    Backend *backend = nullptr;
    SimulationControl *simulation = nullptr;
    QList<Message> sent;

private:
    BackendRegistry m_registry;
};

} // namespace Botdeck
