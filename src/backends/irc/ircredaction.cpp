#include "ircredaction.h"

namespace Botdeck::Irc {

QString redactedOutgoing(const IrcMessage &message, const QString &text)
{
    const QString hidden = QStringLiteral("****");
    if (message.command.compare(QLatin1String("PASS"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("PASS ") + hidden;
    if (message.command.compare(QLatin1String("AUTHENTICATE"), Qt::CaseInsensitive) == 0) {
        const QString arg = message.param(0);
        if (arg == QLatin1String("PLAIN") || arg == QLatin1String("EXTERNAL") || arg == QLatin1String("*")
            || arg == QLatin1String("+"))
            return text;
        return QStringLiteral("AUTHENTICATE ") + hidden;
    }
    if ((message.command.compare(QLatin1String("PRIVMSG"), Qt::CaseInsensitive) == 0)
        && message.param(0).compare(QLatin1String("NickServ"), Qt::CaseInsensitive) == 0) {
        const QString body = message.param(1).trimmed();
        const QString verb = body.section(QLatin1Char(' '), 0, 0).toUpper();
        if (verb == QLatin1String("IDENTIFY") || verb == QLatin1String("REGISTER") || verb == QLatin1String("GHOST")
            || verb == QLatin1String("RECOVER") || verb == QLatin1String("SET"))
            return QStringLiteral("PRIVMSG %1 :%2 %3").arg(message.param(0), verb, hidden);
    }
    return text;
}

} // namespace Botdeck::Irc
