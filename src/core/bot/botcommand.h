#pragma once

#include "core/identifier.h"
#include "core/message.h"

#include <QFuture>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Botdeck {

class Backend;
class Bot;
class CommandCall;

using CommandHandler = std::function<void(const CommandCall &call)>;

// A command a plugin offers: by name ("echo", "room join"), or by a
// regular expression that may match anywhere in a message (Errbot's
// re_botcmd). Resolved at compile time: the handler is a callable, never a
// method name looked up at run time.
struct BotCommand
{
    QString name;
    QString arguments; // "<text>", shown by help
    QString description;
    bool adminOnly = false;
    // The handler reads argumentText() as written: quotes are not
    // interpreted (an apostrophe is no error) and arguments() is the text
    // split at white space.
    bool rawArguments = false;
    QRegularExpression pattern; // valid only for regex commands
    CommandHandler handler;

    bool isRegex() const { return !pattern.pattern().isEmpty(); }

    // A command whose handler returns its one reply (empty: no reply).
    static BotCommand simple(const QString &name, const QString &arguments, const QString &description,
                             std::function<QString(const CommandCall &)> handler);
};

// One running command: what was asked, by whom, where; and the way back.
// A cheap handle: copy it into a lambda or another thread to answer later.
// reply() and finish() may be called from any thread; replies go out in
// the order they were made.
//
// A handler that returns without calling defer() is finished at once. One
// that calls defer() must call finish() (or finishWith()) later; if it does
// not within the bot's command time limit, the caller is told it timed out
// and later replies are dropped with a warning.
class CommandCall
{
public:
    CommandCall();

    Backend *backend() const;
    Message message() const;
    Identifier caller() const { return message().from(); }
    QString command() const;
    QStringList arguments() const;
    // The argument text as written, before quote processing.
    QString argumentText() const;
    QRegularExpressionMatch match() const;
    bool isOperator() const;
    Bot *bot() const;

    void reply(const QString &text) const;
    void replyPrivately(const QString &text) const;
    void defer() const;
    void finish() const;
    bool isFinished() const;
    // Replies with what future gives and finishes; a failed future is
    // reported as an error reply.
    void finishWith(const QFuture<QString> &future) const;

private:
    friend class Bot;
    struct State;
    std::shared_ptr<State> d;
};

} // namespace Botdeck
