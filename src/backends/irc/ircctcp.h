#pragma once

#include <QString>

#include <optional>

namespace Botdeck::Irc {

// Client-To-Client Protocol inside PRIVMSG/NOTICE text: "\x01ACTION waves\x01".
struct IrcCtcp
{
    QString command; // upper-case: ACTION, VERSION, PING, TIME, ...
    QString argument;

    // Text that starts with \x01 is CTCP; the closing \x01 is optional, as
    // many clients leave it out.
    static std::optional<IrcCtcp> parse(const QString &text);
    QString toString() const;
    static QString action(const QString &text) { return IrcCtcp{QStringLiteral("ACTION"), text}.toString(); }
    // What the bot answers to this request (VERSION, PING, TIME); nothing
    // for requests it does not answer.
    std::optional<IrcCtcp> reply() const;

    friend bool operator==(const IrcCtcp &, const IrcCtcp &) = default;
};

} // namespace Botdeck::Irc
