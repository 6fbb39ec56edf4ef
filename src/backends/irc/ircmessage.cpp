#include "ircmessage.h"

#include <QDebug>

namespace Botdeck::Irc {

IrcSource IrcSource::parse(QStringView text)
{
    IrcSource source;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    const QStringView beforeHost = at < 0 ? text : text.left(at);
    if (at >= 0)
        source.host = text.mid(at + 1).toString();
    const qsizetype bang = beforeHost.indexOf(QLatin1Char('!'));
    if (bang < 0) {
        source.nick = beforeHost.toString();
    } else {
        source.nick = beforeHost.left(bang).toString();
        source.user = beforeHost.mid(bang + 1).toString();
    }
    return source;
}

QString IrcSource::toString() const
{
    QString text = nick;
    if (!user.isEmpty())
        text += QLatin1Char('!') + user;
    if (!host.isEmpty())
        text += QLatin1Char('@') + host;
    return text;
}

bool IrcMessage::isNumeric() const
{
    return command.size() == 3 && command.at(0).isDigit() && command.at(1).isDigit() && command.at(2).isDigit();
}

QDebug operator<<(QDebug debug, const IrcMessage &message)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "IrcMessage(";
    if (!message.tags.isEmpty())
        debug << message.tags << ' ';
    if (!message.source.isEmpty())
        debug << ':' << message.source << ' ';
    debug << message.command << ' ' << message.params << ')';
    return debug;
}

} // namespace Botdeck::Irc
