#include "ircctcp.h"

#include <QDateTime>

namespace Botdeck::Irc {

namespace {
constexpr QChar Delimiter(0x01);
}

std::optional<IrcCtcp> IrcCtcp::parse(const QString &text)
{
    if (text.size() < 2 || text.at(0) != Delimiter)
        return std::nullopt;
    QStringView body = QStringView(text).mid(1);
    if (body.endsWith(Delimiter))
        body.chop(1);
    const qsizetype space = body.indexOf(QLatin1Char(' '));
    IrcCtcp ctcp;
    ctcp.command = (space < 0 ? body : body.left(space)).toString().toUpper();
    if (ctcp.command.isEmpty())
        return std::nullopt;
    if (space >= 0)
        ctcp.argument = body.mid(space + 1).toString();
    return ctcp;
}

QString IrcCtcp::toString() const
{
    QString text = Delimiter + command;
    if (!argument.isEmpty())
        text += QLatin1Char(' ') + argument;
    return text + Delimiter;
}

std::optional<IrcCtcp> IrcCtcp::reply() const
{
    if (command == QLatin1String("VERSION"))
        return IrcCtcp{command, QStringLiteral("Botdeck %1").arg(QStringLiteral(BOTDECK_VERSION))};
    if (command == QLatin1String("PING"))
        return IrcCtcp{command, argument};
    if (command == QLatin1String("TIME"))
        return IrcCtcp{command, QDateTime::currentDateTime().toString(Qt::RFC2822Date)};
    return std::nullopt;
}

} // namespace Botdeck::Irc
