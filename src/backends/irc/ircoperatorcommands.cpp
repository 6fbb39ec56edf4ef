#include "ircoperatorcommands.h"

#include "irccodec.h"

#include <QDateTime>

#include <algorithm>

namespace Botdeck::Irc {

namespace IrcOperatorCommands {

IrcMessage kick(const QString &channel, const QString &nick, const QString &reason)
{
    QStringList params = {channel, nick};
    if (!reason.isEmpty())
        params.append(reason);
    return IrcMessage(QStringLiteral("KICK"), params);
}

IrcMessage privilege(const QString &channel, const QString &nick, Room::Privilege privilege, bool granted)
{
    const QChar letter = privilege == Room::Privilege::Operator ? u'o' : u'v';
    return IrcMessage(QStringLiteral("MODE"), {channel, QString(granted ? u'+' : u'-') + letter, nick});
}

IrcMessage ban(const QString &channel, const QString &nick, const QString &client)
{
    const qsizetype at = client.indexOf(u'@');
    const QString mask = at >= 0 && at + 1 < client.size() ? QStringLiteral("*!*@") + client.mid(at + 1)
                                                           : nick + QStringLiteral("!*@*");
    return IrcMessage(QStringLiteral("MODE"), {channel, QStringLiteral("+b"), mask});
}

IrcMessage nick(const QString &nick)
{
    return IrcMessage(QStringLiteral("NICK"), {nick});
}

IrcMessage whois(const QString &nick)
{
    return IrcMessage(QStringLiteral("WHOIS"), {nick});
}

QList<IrcMessage> joins(const QList<std::pair<QString, QString>> &channels)
{
    // Well inside the 512 bytes a client may send, whatever the server.
    constexpr qsizetype MaxJoinBytes = 400;
    QList<std::pair<QString, QString>> ordered = channels;
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const auto &channel) { return !channel.second.isEmpty(); });
    QList<IrcMessage> lines;
    QStringList names, keys;
    qsizetype bytes = 0;
    auto flush = [&] {
        if (names.isEmpty())
            return;
        QStringList params = {names.join(u',')};
        if (!keys.isEmpty())
            params.append(keys.join(u','));
        lines.append(IrcMessage(QStringLiteral("JOIN"), params));
        names.clear();
        keys.clear();
        bytes = 0;
    };
    for (const auto &[name, key] : ordered) {
        const qsizetype more = name.toUtf8().size() + key.toUtf8().size() + 2;
        if (bytes + more > MaxJoinBytes)
            flush();
        names.append(name);
        if (!key.isEmpty())
            keys.append(key);
        bytes += more;
    }
    flush();
    return lines;
}

Result<IrcMessage> raw(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.isEmpty())
        return Result<IrcMessage>::failure(IrcWhoisReplies::tr("an empty line is no IRC command"));
    return IrcCodec::parse(trimmed.toUtf8());
}

} // namespace IrcOperatorCommands

bool IrcWhoisReplies::ask(const QString &key, const Identifier &person)
{
    if (!m_pending.contains(key) && m_pending.size() >= MaxPending)
        return false;
    m_pending.insert(key, {person, {}});
    return true;
}

bool IrcWhoisReplies::isWhoisNumeric(int code)
{
    switch (code) {
    case 301:
    case 311:
    case 312:
    case 313:
    case 317:
    case 318:
    case 319:
    case 330:
    case 401:
    case 671:
        return true;
    default:
        return false;
    }
}

QString IrcWhoisReplies::fact(const IrcMessage &message)
{
    // Every reply starts "me nick ..."; the last parameter is the server's text.
    const QString nick = message.param(1);
    const QString last = message.params.value(message.params.size() - 1);
    switch (message.command.toInt()) {
    case 301:
        return tr("%1 is away: %2").arg(nick, last);
    case 311: {
        const QString address = message.param(2) + u'@' + message.param(3);
        return last.isEmpty() ? tr("%1 is %2").arg(nick, address) : tr("%1 is %2 (%3)").arg(nick, address, last);
    }
    case 312:
        return tr("%1 is connected to %2 (%3)").arg(nick, message.param(2), last);
    case 313:
        return tr("%1 is an IRC operator").arg(nick);
    case 317: {
        const QString idle = tr("%1 has been idle for %n second(s)", nullptr, message.param(2).toInt()).arg(nick);
        bool known = false;
        const qint64 signon = message.param(3).toLongLong(&known);
        if (!known || message.params.size() < 5)
            return idle;
        return tr("%1, connected since %2")
            .arg(idle, QDateTime::fromSecsSinceEpoch(signon, Qt::UTC).toString(Qt::ISODate));
    }
    case 319:
        return tr("%1 is in %2").arg(nick, last.trimmed());
    case 330:
        return tr("%1 is logged in as %2").arg(nick, message.param(2));
    case 401:
        return tr("Nobody is called %1 on this network").arg(nick);
    case 671:
        return tr("%1 is using a secure connection").arg(nick);
    default:
        return {};
    }
}

std::optional<IrcWhoisReplies::Answer> IrcWhoisReplies::add(const QString &key, const IrcMessage &message)
{
    const auto pending = m_pending.find(key);
    if (pending == m_pending.end())
        return std::nullopt;
    const int code = message.command.toInt();
    if (const QString said = fact(message); !said.isEmpty())
        pending->facts.append(said);
    if (code != 318 && code != 401)
        return std::nullopt;
    Answer answer = *pending;
    m_pending.erase(pending);
    return answer;
}

} // namespace Botdeck::Irc
