#include "ircidentifiers.h"

#include "ircmessage.h"

#include <QCoreApplication>

namespace Botdeck::Irc {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Irc::IrcIdentifiers)
};

bool isNickSpecial(QChar c)
{
    return QStringView(u"[]\\`_^{|}").contains(c);
}

constexpr int MaxChannelLength = 200; // RFC 2812

} // namespace

QString IrcUser::hostmask() const
{
    return hasUserHost() ? QStringLiteral("%1!%2@%3").arg(nick, user, host) : nick;
}

namespace IrcIdentifiers {

Identifier person(const IrcUser &user)
{
    // Until WHO or the server tells us user and host, the nick is all we
    // know, and enough to reach them.
    Identifier id = Identifier::makePerson(user.hostmask(), user.nick);
    if (id.isNull())
        return id;
    if (user.hasUserHost()) {
        id.setClient(QStringLiteral("%1@%2").arg(user.user, user.host));
        id.setExtra(User, user.user);
        id.setExtra(Host, user.host);
        id.setExtra(Extras::Address, id.client());
    }
    id.setAclAttr(user.hostmask());
    if (!user.realname.isEmpty())
        id.setDisplayName(user.realname);
    if (!user.account.isEmpty())
        id.setExtra(Extras::Account, user.account);
    id.setExtra(Extras::Away, user.away);
    id.setCanContactPrivately(true);
    return id;
}

Identifier occupant(const IrcUser &user, const QString &room, const QString &symbols, const IrcIsupport &isupport)
{
    Identifier id = person(user).inRoom(room);
    if (id.isNull())
        return id;
    const QString sorted = isupport.sortSymbols(symbols);
    id.setExtra(Modes, sorted);
    const QChar top = sorted.isEmpty() ? QChar() : sorted.at(0);
    id.setExtra(Extras::Rank, isupport.rankOfSymbol(top));
    const QChar mode = isupport.modeForSymbol(top);
    id.setExtra(Extras::RankName, IrcIsupport::rankName(mode));
    id.setExtra(Extras::RankSymbol, top.isNull() ? QString() : QString(top));
    id.setExtra(Extras::Standing, int(IrcIsupport::standingOfMode(mode)));
    return id;
}

QString nickProblem(QStringView nick, const IrcIsupport &isupport)
{
    if (nick.isEmpty())
        return Tr::tr("a nick cannot be empty");
    if (nick.size() > isupport.nickLength())
        return Tr::tr("\"%1\" is longer than the %2 characters this server allows in a nick")
            .arg(nick.toString())
            .arg(isupport.nickLength());
    const QChar first = nick.at(0);
    if (!(first.isLetter() && first.unicode() < 128) && !isNickSpecial(first))
        return Tr::tr("\"%1\" is not a valid nick: it must start with a letter or one of []\\`_^{|}")
            .arg(nick.toString());
    for (QChar c : nick) {
        const bool ascii = c.unicode() < 128;
        if (!(ascii && (c.isLetterOrNumber() || isNickSpecial(c) || c == QLatin1Char('-'))))
            return Tr::tr("\"%1\" is not a valid nick: '%2' is not allowed (letters, digits and []\\`_^{|}- only)")
                .arg(nick.toString(), QString(c));
    }
    return {};
}

QString channelProblem(QStringView channel, const IrcIsupport &isupport)
{
    if (!isupport.isChannel(channel))
        return Tr::tr("\"%1\" is not a channel: channels start with one of %2")
            .arg(channel.toString(), isupport.channelTypes());
    if (channel.size() < 2)
        return Tr::tr("\"%1\" is not a channel: the name is missing").arg(channel.toString());
    if (channel.size() > MaxChannelLength)
        return Tr::tr("\"%1\" is not a channel: longer than %2 characters")
            .arg(channel.left(20).toString() + QStringLiteral("..."))
            .arg(MaxChannelLength);
    for (QChar c : channel) {
        if (c == QLatin1Char(' ') || c == QLatin1Char(',') || c == QChar(7) || c == QChar(0) || c == QLatin1Char('\r')
            || c == QLatin1Char('\n'))
            return Tr::tr("\"%1\" is not a channel: it contains a space, comma or control character")
                .arg(channel.toString());
    }
    return {};
}

Result<Identifier> parse(const QString &text, const IrcIsupport &isupport)
{
    using R = Result<Identifier>;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return R::failure(Tr::tr("an identifier cannot be empty: write nick, nick!user@host, #channel or "
                                 "#channel/nick"));
    if (isupport.isChannel(trimmed)) {
        const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
        const QString channel = slash < 0 ? trimmed : trimmed.left(slash);
        if (const QString problem = channelProblem(channel, isupport); !problem.isEmpty())
            return R::failure(problem);
        if (slash < 0)
            return Identifier::makeRoom(channel);
        const QString nick = trimmed.mid(slash + 1);
        if (const QString problem = nickProblem(nick, isupport); !problem.isEmpty())
            return R::failure(problem);
        return occupant(IrcUser{nick, {}, {}, {}, {}, false}, channel, {}, isupport);
    }
    const IrcSource source = IrcSource::parse(trimmed);
    if (const QString problem = nickProblem(source.nick, isupport); !problem.isEmpty())
        return R::failure(problem);
    const bool hasBang = trimmed.contains(QLatin1Char('!'));
    const bool hasAt = trimmed.contains(QLatin1Char('@'));
    if (hasBang || hasAt) {
        if (!hasBang || !hasAt || source.user.isEmpty() || source.host.isEmpty()
            || source.host.contains(QLatin1Char('@')) || source.user.contains(QLatin1Char('!'))
            || trimmed.contains(QLatin1Char(' ')))
            return R::failure(Tr::tr("\"%1\" is not a hostmask: write it as nick!user@host").arg(trimmed));
    }
    return person(IrcUser{source.nick, source.user, source.host, {}, {}, false});
}

} // namespace IrcIdentifiers

} // namespace Botdeck::Irc
