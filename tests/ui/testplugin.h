#pragma once

#include "core/bot/botcommand.h"
#include "core/bot/botplugin.h"

#include <stdexcept>

// A plugin the test controls: two commands (one admin-only) and an
// activate() that fails on demand, as a broken plugin would.
class TestPlugin : public Botdeck::BotPlugin
{
public:
    QString name() const override { return QStringLiteral("Gadgets"); }
    QString description() const override { return QStringLiteral("Test gadgets"); }
    QList<Botdeck::BotCommand> commands() const override
    {
        const auto none = [](const Botdeck::CommandCall &) { return QString(); };
        Botdeck::BotCommand wipe = Botdeck::BotCommand::simple(QStringLiteral("wipe"), QStringLiteral("<what>"),
                                                               QStringLiteral("Wipes a gadget clean"), none);
        wipe.adminOnly = true;
        return {Botdeck::BotCommand::simple(QStringLiteral("gizmo"), QStringLiteral("[size]"),
                                            QStringLiteral("Makes a gizmo"), none),
                wipe};
    }
    void activate() override
    {
        if (failActivation)
            throw std::runtime_error("the gadget store is locked");
    }

    bool failActivation = false;
};
