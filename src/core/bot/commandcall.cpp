#include "botcommand.h"

#include "bot.h"
#include "commandcall_p.h"

#include <QCoreApplication>
#include <QThread>

namespace Botdeck {

namespace {

// Runs work in the bot's thread: at once when already there, else queued,
// which also keeps replies from one worker thread in order.
template<typename Work> void inBotThread(Bot *bot, Work &&work)
{
    if (!bot)
        return;
    if (QThread::currentThread() == bot->thread())
        work();
    else
        QMetaObject::invokeMethod(bot, std::forward<Work>(work), Qt::QueuedConnection);
}

} // namespace

BotCommand BotCommand::simple(const QString &name, const QString &arguments, const QString &description,
                              std::function<QString(const CommandCall &)> handler)
{
    BotCommand command;
    command.name = name;
    command.arguments = arguments;
    command.description = description;
    command.handler = [handler = std::move(handler)](const CommandCall &call) {
        const QString reply = handler(call);
        if (!reply.isEmpty())
            call.reply(reply);
    };
    return command;
}

CommandCall::CommandCall() = default;

Backend *CommandCall::backend() const
{
    return d ? d->backend.data() : nullptr;
}

Message CommandCall::message() const
{
    return d ? d->message : Message();
}

QString CommandCall::command() const
{
    return d ? d->command : QString();
}

QStringList CommandCall::arguments() const
{
    return d ? d->arguments : QStringList();
}

QString CommandCall::argumentText() const
{
    return d ? d->argumentText : QString();
}

QRegularExpressionMatch CommandCall::match() const
{
    return d && d->match ? *d->match : QRegularExpressionMatch();
}

bool CommandCall::isOperator() const
{
    return d && d->isOperator;
}

Bot *CommandCall::bot() const
{
    return d ? d->bot.data() : nullptr;
}

void CommandCall::reply(const QString &text) const
{
    if (d)
        inBotThread(d->bot.data(), [state = d, text] {
            if (state->bot)
                state->bot->deliverReply(state, text, false);
        });
}

void CommandCall::replyPrivately(const QString &text) const
{
    if (d)
        inBotThread(d->bot.data(), [state = d, text] {
            if (state->bot)
                state->bot->deliverReply(state, text, true);
        });
}

void CommandCall::defer() const
{
    if (d)
        d->deferred = true;
}

void CommandCall::finish() const
{
    if (d)
        inBotThread(d->bot.data(), [state = d] {
            if (state->bot)
                state->bot->finishCall(state, false);
        });
}

bool CommandCall::isFinished() const
{
    return !d || d->finished;
}

void CommandCall::finishWith(const QFuture<QString> &future) const
{
    defer();
    const CommandCall call = *this;
    QFuture<QString>(future)
        .then(d->bot.data(),
              [call](const QString &result) {
                  if (!result.isEmpty())
                      call.reply(result);
                  call.finish();
              })
        .onFailed(d->bot.data(), [call] {
            call.reply(Bot::tr("Sorry, %1 failed.").arg(call.command()));
            call.finish();
        });
}

} // namespace Botdeck
