// IrcBackend: what the server says, turned into room and message updates.
#include "ircbackend.h"

#include "irccodec.h"
#include "ircctcp.h"
#include "ircroom.h"

#include "core/roomupdater.h"

#include <QTimer>

#include <utility>

namespace Botdeck::Irc {

namespace {

QDateTime serverTime(const IrcMessage &message)
{
    const QString time = message.tags.value(QStringLiteral("time"));
    QDateTime parsed = time.isEmpty() ? QDateTime() : QDateTime::fromString(time, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed : QDateTime::currentDateTimeUtc();
}

} // namespace

void IrcBackend::markLeft(IrcRoom *room)
{
    const QList<Identifier> occupants = room->occupants();
    updater(room).applyJoined(false);
    for (const Identifier &occupant : occupants)
        forgetIfRoomless(occupant.nick());
}

void IrcBackend::dispatch(const IrcMessage &message)
{
    // Handlers resolved at compile time: a table of member pointers.
    using Handler = void (IrcBackend::*)(const IrcMessage &);
    static const QHash<QString, Handler> handlers = {
        {QStringLiteral("JOIN"), &IrcBackend::handleJoin},
        {QStringLiteral("PART"), &IrcBackend::handlePart},
        {QStringLiteral("KICK"), &IrcBackend::handleKick},
        {QStringLiteral("QUIT"), &IrcBackend::handleQuit},
        {QStringLiteral("NICK"), &IrcBackend::handleNick},
        {QStringLiteral("MODE"), &IrcBackend::handleMode},
        {QStringLiteral("TOPIC"), &IrcBackend::handleTopic},
        {QStringLiteral("INVITE"), &IrcBackend::handleInvite},
        {QStringLiteral("PRIVMSG"), &IrcBackend::handlePrivmsg},
        {QStringLiteral("NOTICE"), &IrcBackend::handlePrivmsg},
        {QStringLiteral("AWAY"), &IrcBackend::handleAway},
        {QStringLiteral("ACCOUNT"), &IrcBackend::handleAccount},
        {QStringLiteral("CHGHOST"), &IrcBackend::handleChghost},
    };
    if (const Handler handler = handlers.value(message.command.toUpper()))
        (this->*handler)(message);
    else if (message.isNumeric())
        handleNumeric(message);
}

IrcRoom *IrcBackend::ircRoom(const QString &id) const
{
    return static_cast<IrcRoom *>(room(id));
}

void IrcBackend::forgetIfRoomless(const QString &nick)
{
    if (isMe(nick))
        return;
    const QList<Room *> all = rooms();
    for (const Room *room : all) {
        if (room->isJoined() && room->hasOccupant(nick))
            return;
    }
    m_users.forget(nick);
}

Identifier IrcBackend::occupantIn(IrcRoom *room, const IrcUser &user, const QString &symbols) const
{
    return IrcIdentifiers::occupant(user, room->id(), symbols, isupport());
}

bool IrcBackend::isMe(const QString &nick) const
{
    return equalFolded(nick, currentNick(), isupport().caseMapping());
}

void IrcBackend::updateBotIdentifier()
{
    setBotIdentifier(IrcIdentifiers::person(m_users.user(currentNick())));
}

void IrcBackend::refreshOccupants(const QString &nick)
{
    const IrcUser user = m_users.user(nick);
    const QList<Room *> all = rooms();
    for (Room *room : all) {
        const Identifier before = room->occupant(nick);
        if (before.isNull())
            continue;
        auto *irc = static_cast<IrcRoom *>(room);
        const Identifier after = occupantIn(irc, user, before.extra(IrcIdentifiers::Modes).toString());
        if (after != before || after.extras() != before.extras() || after.displayName() != before.displayName())
            updater(irc).applyOccupantChanged(nick, after);
    }
    if (isMe(nick))
        updateBotIdentifier();
}

void IrcBackend::queueWho(const QString &channel)
{
    // WHOX asks for the account too; the token tells our replies apart.
    if (isupport().hasWhox())
        enqueueLine(SendQueue::Priority::Background,
                    IrcMessage(QStringLiteral("WHO"), {channel, QStringLiteral("%tcuhnfar,616")}));
    else
        enqueueLine(SendQueue::Priority::Background, IrcMessage(QStringLiteral("WHO"), {channel}));
}

void IrcBackend::handleJoin(const IrcMessage &message)
{
    const IrcSource source = message.sourceParts();
    IrcUser &user = m_users.remember(source);
    // extended-join: JOIN #chan account :realname
    if (message.params.size() >= 3) {
        user.account = message.param(1) == QLatin1String("*") ? QString() : message.param(1);
        user.realname = message.param(2);
    }
    const IrcUser known = user;
    IrcRoom *room = ircRoom(message.param(0));
    if (isMe(source.nick)) {
        if (!room) { // joined by the server (a forced join, an invite accepted elsewhere)
            const Result<Room *> created = queryRoom(message.param(0));
            if (!created)
                return;
            room = static_cast<IrcRoom *>(created.value());
        }
        room->setWantsJoined(true);
        updater(room).applyJoined(true);
        updater(room).applyExists(true);
        updateBotIdentifier();
        queueWho(room->id());
        return;
    }
    if (room && room->isJoined())
        updater(room).applyOccupantJoined(occupantIn(room, known, {}));
}

void IrcBackend::handlePart(const IrcMessage &message)
{
    const QString nick = message.nick();
    const QStringList channels = message.param(0).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &channel : channels) {
        IrcRoom *room = ircRoom(channel);
        if (!room)
            continue;
        if (isMe(nick)) {
            room->setWantsJoined(false);
            markLeft(room);
        } else {
            updater(room).applyOccupantLeft(nick, message.param(1));
        }
    }
    forgetIfRoomless(nick);
}

void IrcBackend::handleKick(const IrcMessage &message)
{
    IrcRoom *room = ircRoom(message.param(0));
    if (!room)
        return;
    const QString victim = message.param(1);
    const QString reason = message.param(2);
    if (!isMe(victim)) {
        updater(room).applyOccupantLeft(victim,
                                        reason.isEmpty() ? tr("kicked by %1").arg(message.nick())
                                                         : tr("kicked by %1: %2").arg(message.nick(), reason));
        forgetIfRoomless(victim);
        return;
    }
    markLeft(room);
    updater(room).reportError(tr("the bot was kicked by %1: %2").arg(message.nick(), reason));
    if (m_rejoinAfterKickMs <= 0) {
        room->setWantsJoined(false);
        return;
    }
    QPointer<IrcRoom> target(room);
    QTimer::singleShot(m_rejoinAfterKickMs, this, [this, target] {
        if (target && target->wantsJoined() && !target->isJoined() && isConnected())
            target->sendJoin();
    });
}

void IrcBackend::handleQuit(const IrcMessage &message)
{
    const QString nick = message.nick();
    const QList<Room *> all = rooms();
    for (Room *room : all) {
        if (room->hasOccupant(nick))
            updater(room).applyOccupantLeft(nick, message.param(0));
    }
    if (!isMe(nick))
        m_users.forget(nick);
}

void IrcBackend::handleNick(const IrcMessage &message)
{
    const QString oldNick = message.nick();
    const QString newNick = message.param(0);
    const IrcUser user = m_users.rename(message.sourceParts(), newNick);
    const bool me = isMe(oldNick);
    if (me)
        m_session.setNick(newNick);
    const QList<Room *> all = rooms();
    for (Room *room : all) {
        const Identifier before = room->occupant(oldNick);
        if (before.isNull())
            continue;
        auto *irc = static_cast<IrcRoom *>(room);
        updater(irc).applyOccupantChanged(oldNick,
                                          occupantIn(irc, user, before.extra(IrcIdentifiers::Modes).toString()));
    }
    if (me)
        updateBotIdentifier();
}

void IrcBackend::handleMode(const IrcMessage &message)
{
    IrcRoom *room = ircRoom(message.param(0));
    if (!room || !isupport().isChannel(message.param(0)))
        return; // user modes of the bot: nothing to show
    const QString modes = message.param(1);
    qsizetype next = 2;
    bool adding = true;
    for (const QChar mode : modes) {
        if (mode == QLatin1Char('+') || mode == QLatin1Char('-')) {
            adding = mode == QLatin1Char('+');
            continue;
        }
        switch (isupport().modeKind(mode)) {
        case IrcIsupport::ModeKind::Prefix: {
            const QString nick = message.param(next++);
            const Identifier before = room->occupant(nick);
            if (before.isNull())
                break;
            QString symbols = before.extra(IrcIdentifiers::Modes).toString();
            const QChar symbol = isupport().symbolForMode(mode);
            if (adding && !symbols.contains(symbol))
                symbols += symbol;
            else if (!adding)
                symbols.remove(symbol);
            updater(room).applyOccupantChanged(nick, occupantIn(room, m_users.user(nick), symbols));
            break;
        }
        case IrcIsupport::ModeKind::List:
        case IrcIsupport::ModeKind::AlwaysParameter:
            ++next;
            break;
        case IrcIsupport::ModeKind::ParameterWhenSet:
            if (adding)
                ++next;
            break;
        case IrcIsupport::ModeKind::NoParameter:
        case IrcIsupport::ModeKind::Unknown:
            break;
        }
    }
}

void IrcBackend::handleTopic(const IrcMessage &message)
{
    if (IrcRoom *room = ircRoom(message.param(0)))
        updater(room).applyTopic(message.param(1), IrcIdentifiers::person(m_users.remember(message.sourceParts())));
}

void IrcBackend::handleInvite(const IrcMessage &message)
{
    if (!isMe(message.param(0)))
        return;
    Message notice(botIdentifier(), tr("%1 invites you to %2").arg(message.nick(), message.param(1)),
                   Message::Type::Notice);
    notice.setFrom(IrcIdentifiers::person(m_users.remember(message.sourceParts())));
    notice.setTimestamp(serverTime(message));
    notice.setExtra(QStringLiteral("invite"), message.param(1));
    forgetIfRoomless(message.nick());
    Q_EMIT messageReceived(notice);
}

void IrcBackend::handlePrivmsg(const IrcMessage &message)
{
    const IrcSource source = message.sourceParts();
    if (message.params.size() < 2 || source.isEmpty() || source.isServer())
        return; // server notices before registration and the like
    const QString target = message.param(0);
    QString text = message.param(1);
    const bool notice = message.command.compare(QLatin1String("NOTICE"), Qt::CaseInsensitive) == 0;
    Message::Type type = notice ? Message::Type::Notice : Message::Type::Chat;
    if (const std::optional<IrcCtcp> ctcp = IrcCtcp::parse(text)) {
        if (ctcp->command != QLatin1String("ACTION")) {
            if (notice || isMe(source.nick))
                return; // replies to CTCP requests: nothing for the bot
            if (const std::optional<IrcCtcp> reply = ctcp->reply())
                enqueueLine(SendQueue::Priority::Normal,
                            IrcMessage(QStringLiteral("NOTICE"), {source.nick, reply->toString()}));
            return;
        }
        type = Message::Type::Action;
        text = ctcp->argument;
    }
    const bool toChannel = isupport().isChannel(target);
    Message incoming;
    incoming.setBody(text);
    incoming.setType(type);
    incoming.setTimestamp(serverTime(message));
    incoming.setId(message.tags.value(QStringLiteral("msgid")));
    if (!message.tags.isEmpty()) {
        QVariantMap tags;
        for (auto it = message.tags.cbegin(); it != message.tags.cend(); ++it)
            tags.insert(it.key(), it.value());
        incoming.setExtra(QStringLiteral("tags"), tags);
    }
    IrcUser &user = m_users.remember(source);
    if (const QString account = message.tags.value(QStringLiteral("account")); !account.isEmpty())
        user.account = account;
    if (toChannel) {
        IrcRoom *room = ircRoom(target);
        const Identifier known = room ? room->occupant(source.nick) : Identifier();
        incoming.setTo(Identifier::makeRoom(room ? room->id() : target));
        incoming.setFrom(known.isNull() ? IrcIdentifiers::occupant(user, target, {}, isupport()) : known);
    } else {
        incoming.setTo(botIdentifier());
        incoming.setFrom(IrcIdentifiers::person(user));
    }
    if (isMe(source.nick)) {
        // echo-message: the server confirms what we sent.
        if (!toChannel)
            incoming.setTo(IrcIdentifiers::person(m_users.user(target)));
        Q_EMIT messageSent(incoming);
        return;
    }
    forgetIfRoomless(source.nick);
    Q_EMIT messageReceived(incoming);
}

void IrcBackend::handleAway(const IrcMessage &message)
{
    IrcUser &user = m_users.remember(message.sourceParts());
    user.away = !message.params.isEmpty();
    const QString nick = user.nick;
    Q_EMIT presenceChanged(Presence(IrcIdentifiers::person(user),
                                    user.away ? Presence::Status::Away : Presence::Status::Online, message.param(0)));
    refreshOccupants(nick);
}

void IrcBackend::handleAccount(const IrcMessage &message)
{
    IrcUser &user = m_users.remember(message.sourceParts());
    user.account = message.param(0) == QLatin1String("*") ? QString() : message.param(0);
    refreshOccupants(user.nick);
}

void IrcBackend::handleChghost(const IrcMessage &message)
{
    IrcUser &user = m_users.remember(message.sourceParts());
    user.user = message.param(0);
    user.host = message.param(1);
    refreshOccupants(user.nick);
}

} // namespace Botdeck::Irc
