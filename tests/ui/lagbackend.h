#pragma once

#include "core/backend.h"

// A backend that measures its lag as the test says, standing in for IRC's
// PING round trips; it connects at once and has no rooms.
class LagBackend : public Botdeck::Backend
{
public:
    using Backend::Backend;

    QString name() const override { return QStringLiteral("lagged"); }
    void connectToService(const Botdeck::BackendSettings &) override { setState(State::Connected); }
    void disconnectFromService() override
    {
        setState(State::Disconnected);
        setLatencyMs(-1);
    }
    Botdeck::Result<Botdeck::Identifier> buildIdentifier(const QString &text) const override
    {
        return Botdeck::Identifier::makePerson(text, text);
    }
    void sendMessage(const Botdeck::Message &) override { }
    Botdeck::Result<Botdeck::Room *> queryRoom(const QString &) override
    {
        return Botdeck::Result<Botdeck::Room *>::failure(QStringLiteral("no rooms here"));
    }
    void setPresence(const Botdeck::Presence &) override { }

    using Backend::setLatencyMs;
};
