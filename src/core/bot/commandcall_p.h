#pragma once

// Shared by Bot and CommandCall only; not part of the API.

#include "botcommand.h"

#include "core/backend.h"

#include <QPointer>
#include <QTimer>

#include <atomic>
#include <optional>

namespace Botdeck {

struct CommandCall::State
{
    QPointer<Bot> bot;
    QPointer<Backend> backend;
    Message message;
    QString command;
    QStringList arguments;
    QString argumentText;
    std::optional<QRegularExpressionMatch> match; // regex commands only: a match allocates
    bool isOperator = false;
    std::atomic<bool> deferred{false};
    std::atomic<bool> finished{false};
    QPointer<QTimer> timeout; // lives in the bot's thread
};

} // namespace Botdeck
