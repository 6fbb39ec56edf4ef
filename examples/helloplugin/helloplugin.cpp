#include "helloplugin.h"

#include "core/bot/pluginstorage.h"

namespace Botdeck {

QString HelloPlugin::description() const
{
    return tr("Says hello, counts, and answers good mornings");
}

QList<BotCommand> HelloPlugin::commands() const
{
    BotCommand hello = BotCommand::simple(
        QStringLiteral("hello"), tr("[name]"), tr("Greets you, or whoever you name"), [](const CommandCall &call) {
            const QString who = call.arguments().isEmpty() ? call.caller().nick() : call.arguments().join(u' ');
            return tr("Hello, %1!").arg(who);
        });

    BotCommand count = BotCommand::simple(
        QStringLiteral("count"), QString(), tr("Counts how often it was called, across restarts"),
        [this](const CommandCall &) {
            if (!storage())
                return tr("I have nowhere to keep the count.");
            const qlonglong next = storage()->value(QStringLiteral("count"), 0).toLongLong() + 1;
            const Result<bool> saved = storage()->setValue(QStringLiteral("count"), next);
            return saved ? tr("Count: %1").arg(next) : tr("Could not save the count: %1").arg(saved.error());
        });

    BotCommand greeting;
    greeting.name = QStringLiteral("good morning");
    greeting.description = tr("Answers a good morning or good night said anywhere");
    greeting.pattern
        = QRegularExpression(QStringLiteral("\\bgood (morning|night)\\b"), QRegularExpression::CaseInsensitiveOption);
    greeting.handler = [](const CommandCall &call) {
        call.reply(tr("Good %1, %2!").arg(call.match().captured(1).toLower(), call.caller().nick()));
    };
    return {hello, count, greeting};
}

} // namespace Botdeck
