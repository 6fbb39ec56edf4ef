#include "irceventhandler.h"

#include "ircbackend.h"
#include "ircctcp.h"
#include "ircroom.h"

#include "core/roomupdater.h"

#include <QPointer>
#include <QTimer>

namespace Botdeck::Irc {

namespace {

QDateTime serverTime(const IrcMessage &message)
{
    const QString time = message.tags.value(QStringLiteral("time"));
    QDateTime parsed = time.isEmpty() ? QDateTime() : QDateTime::fromString(time, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed : QDateTime::currentDateTimeUtc();
}

} // namespace

IrcEventHandler::IrcEventHandler(IrcBackend &backend)
    : m_backend(backend)
{ }

bool IrcEventHandler::handle(const IrcMessage &message)
{
    // Handlers resolved at compile time: a table of member pointers.
    using Handler = void (IrcEventHandler::*)(const IrcMessage &);
    static const QHash<QString, Handler> handlers = {
        {QStringLiteral("JOIN"), &IrcEventHandler::handleJoin},
        {QStringLiteral("PART"), &IrcEventHandler::handlePart},
        {QStringLiteral("KICK"), &IrcEventHandler::handleKick},
        {QStringLiteral("QUIT"), &IrcEventHandler::handleQuit},
        {QStringLiteral("NICK"), &IrcEventHandler::handleNick},
        {QStringLiteral("MODE"), &IrcEventHandler::handleMode},
        {QStringLiteral("TOPIC"), &IrcEventHandler::handleTopic},
        {QStringLiteral("INVITE"), &IrcEventHandler::handleInvite},
        {QStringLiteral("PRIVMSG"), &IrcEventHandler::handlePrivmsg},
        {QStringLiteral("NOTICE"), &IrcEventHandler::handlePrivmsg},
        {QStringLiteral("AWAY"), &IrcEventHandler::handleAway},
        {QStringLiteral("ACCOUNT"), &IrcEventHandler::handleAccount},
        {QStringLiteral("CHGHOST"), &IrcEventHandler::handleChghost},
    };
    const Handler handler = handlers.value(message.command.toUpper());
    if (!handler)
        return false;
    (this->*handler)(message);
    return true;
}

void IrcEventHandler::handleJoin(const IrcMessage &message)
{
    const IrcSource source = message.sourceParts();
    IrcUser &user = m_backend.m_users.remember(source);
    // extended-join: JOIN #chan account :realname
    if (message.params.size() >= 3) {
        user.account = message.param(1) == QLatin1String("*") ? QString() : message.param(1);
        user.realname = message.param(2);
    }
    const IrcUser known = user;
    IrcRoom *room = m_backend.ircRoom(message.param(0));
    if (m_backend.isMe(source.nick)) {
        if (!room) { // joined by the server (a forced join, an invite accepted elsewhere)
            const Result<Room *> created = m_backend.queryRoom(message.param(0));
            if (!created)
                return;
            room = static_cast<IrcRoom *>(created.value());
        }
        room->setWantsJoined(true);
        m_backend.updater(room).applyJoined(true);
        m_backend.updater(room).applyExists(true);
        m_backend.updateBotIdentifier();
        m_backend.queueWho(room->id());
        return;
    }
    if (room && room->isJoined())
        m_backend.updater(room).applyOccupantJoined(m_backend.occupantIn(room, known, {}));
}

void IrcEventHandler::handlePart(const IrcMessage &message)
{
    const QString nick = message.nick();
    const QStringList channels = message.param(0).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &channel : channels) {
        IrcRoom *room = m_backend.ircRoom(channel);
        if (!room)
            continue;
        if (m_backend.isMe(nick)) {
            room->setWantsJoined(false);
            m_backend.markLeft(room);
        } else {
            m_backend.updater(room).applyOccupantLeft(nick, message.param(1));
        }
    }
    m_backend.forgetIfRoomless(nick);
}

Identifier IrcEventHandler::actorOf(const IrcMessage &message) const
{
    const IrcSource source = message.sourceParts();
    IrcUser known = m_backend.m_users.user(source.nick);
    if (!source.user.isEmpty()) {
        known.user = source.user;
        known.host = source.host;
    }
    return IrcIdentifiers::person(known);
}

void IrcEventHandler::handleKick(const IrcMessage &message)
{
    IrcRoom *room = m_backend.ircRoom(message.param(0));
    if (!room)
        return;
    const QString victim = message.param(1);
    const QString reason = message.param(2);
    const Identifier kicker = actorOf(message);
    const Identifier kicked = room->occupant(victim);
    if (!kicked.isNull())
        m_backend.updater(room).announceKick(kicked, kicker, reason);
    if (!m_backend.isMe(victim)) {
        m_backend.updater(room).applyOccupantLeft(victim,
                                                  reason.isEmpty()
                                                      ? IrcBackend::tr("kicked by %1").arg(message.nick())
                                                      : IrcBackend::tr("kicked by %1: %2").arg(message.nick(), reason));
        m_backend.forgetIfRoomless(victim);
        return;
    }
    m_backend.markLeft(room);
    m_backend.updater(room).reportError(IrcBackend::tr("the bot was kicked by %1: %2").arg(message.nick(), reason));
    if (m_backend.m_rejoinAfterKickMs <= 0) {
        room->setWantsJoined(false);
        return;
    }
    QPointer<IrcRoom> target(room);
    QTimer::singleShot(m_backend.m_rejoinAfterKickMs, &m_backend, [backend = &m_backend, target] {
        if (target && target->wantsJoined() && !target->isJoined() && backend->isConnected())
            target->sendJoin();
    });
}

void IrcEventHandler::handleQuit(const IrcMessage &message)
{
    const QString nick = message.nick();
    const QList<Room *> all = m_backend.rooms();
    for (Room *room : all) {
        if (room->hasOccupant(nick))
            m_backend.updater(room).applyOccupantLeft(nick, message.param(0));
    }
    if (!m_backend.isMe(nick))
        m_backend.m_users.forget(nick);
}

void IrcEventHandler::handleNick(const IrcMessage &message)
{
    const QString oldNick = message.nick();
    const QString newNick = message.param(0);
    const IrcUser user = m_backend.m_users.rename(message.sourceParts(), newNick);
    const bool me = m_backend.isMe(oldNick);
    if (me)
        m_backend.m_session.setNick(newNick);
    const QList<Room *> all = m_backend.rooms();
    for (Room *room : all) {
        const Identifier before = room->occupant(oldNick);
        if (before.isNull())
            continue;
        auto *irc = static_cast<IrcRoom *>(room);
        m_backend.updater(irc).applyOccupantChanged(
            oldNick, m_backend.occupantIn(irc, user, before.extra(IrcIdentifiers::Modes).toString()));
    }
    if (me)
        m_backend.updateBotIdentifier();
}

void IrcEventHandler::handleMode(const IrcMessage &message)
{
    IrcRoom *room = m_backend.ircRoom(message.param(0));
    if (!room || !m_backend.isupport().isChannel(message.param(0)))
        return; // user modes of the bot: nothing to show
    const QString modes = message.param(1);
    const Identifier setter = message.sourceParts().isServer()
        ? Identifier()
        : IrcIdentifiers::person(m_backend.m_users.remember(message.sourceParts()));
    // What is not a privilege every service shares is told in IRC's words.
    QString other;
    QStringList otherArguments;
    QChar lastSign;
    const auto note = [&other, &lastSign](bool adding, QChar mode) {
        const QChar sign = adding ? QLatin1Char('+') : QLatin1Char('-');
        if (sign != lastSign)
            other += sign;
        lastSign = sign;
        other += mode;
    };
    qsizetype next = 2;
    bool adding = true;
    for (const QChar mode : modes) {
        if (mode == QLatin1Char('+') || mode == QLatin1Char('-')) {
            adding = mode == QLatin1Char('+');
            continue;
        }
        switch (m_backend.isupport().modeKind(mode)) {
        case IrcIsupport::ModeKind::Prefix: {
            const QString nick = message.param(next++);
            const Identifier before = room->occupant(nick);
            if (before.isNull())
                break;
            QString symbols = before.extra(IrcIdentifiers::Modes).toString();
            const QChar symbol = m_backend.isupport().symbolForMode(mode);
            if (adding && !symbols.contains(symbol))
                symbols += symbol;
            else if (!adding)
                symbols.remove(symbol);
            const Identifier after = m_backend.occupantIn(room, m_backend.m_users.user(nick), symbols);
            m_backend.updater(room).applyOccupantChanged(nick, after);
            if (mode == QLatin1Char('o') || mode == QLatin1Char('v')) {
                m_backend.updater(room).announcePrivilege(
                    after, mode == QLatin1Char('o') ? Room::Privilege::Operator : Room::Privilege::Voice, adding,
                    setter);
            } else {
                note(adding, mode);
                otherArguments.append(nick);
            }
            break;
        }
        case IrcIsupport::ModeKind::List:
        case IrcIsupport::ModeKind::AlwaysParameter:
            note(adding, mode);
            otherArguments.append(message.param(next++));
            break;
        case IrcIsupport::ModeKind::ParameterWhenSet:
            note(adding, mode);
            if (adding)
                otherArguments.append(message.param(next++));
            break;
        case IrcIsupport::ModeKind::NoParameter:
        case IrcIsupport::ModeKind::Unknown:
            note(adding, mode);
            break;
        }
    }
    if (!other.isEmpty())
        m_backend.updater(room).announceModes((QStringList{other} + otherArguments).join(u' '), setter);
}

void IrcEventHandler::handleTopic(const IrcMessage &message)
{
    if (IrcRoom *room = m_backend.ircRoom(message.param(0)))
        m_backend.updater(room).applyTopic(message.param(1),
                                           IrcIdentifiers::person(m_backend.m_users.remember(message.sourceParts())));
}

void IrcEventHandler::handleInvite(const IrcMessage &message)
{
    if (!m_backend.isMe(message.param(0)))
        return;
    Message notice(m_backend.botIdentifier(),
                   IrcBackend::tr("%1 invites you to %2").arg(message.nick(), message.param(1)), Message::Type::Notice);
    notice.setFrom(IrcIdentifiers::person(m_backend.m_users.remember(message.sourceParts())));
    notice.setTimestamp(serverTime(message));
    notice.setExtra(QStringLiteral("invite"), message.param(1));
    m_backend.forgetIfRoomless(message.nick());
    Q_EMIT m_backend.messageReceived(notice);
}

void IrcEventHandler::handlePrivmsg(const IrcMessage &message)
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
            if (notice || m_backend.isMe(source.nick))
                return; // replies to CTCP requests: nothing for the bot
            if (const std::optional<IrcCtcp> reply = ctcp->reply())
                // Automatic answers to anyone who asks: behind everything
                // else, so a CTCP flood cannot delay the bot's replies.
                m_backend.enqueueLine(SendQueue::Priority::Background,
                                      IrcMessage(QStringLiteral("NOTICE"), {source.nick, reply->toString()}));
            return;
        }
        type = Message::Type::Action;
        text = ctcp->argument;
    }
    const bool toChannel = m_backend.isupport().isChannel(target);
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
    IrcUser &user = m_backend.m_users.remember(source);
    if (const QString account = message.tags.value(QStringLiteral("account")); !account.isEmpty())
        user.account = account;
    if (toChannel) {
        IrcRoom *room = m_backend.ircRoom(target);
        const Identifier known = room ? room->occupant(source.nick) : Identifier();
        incoming.setTo(Identifier::makeRoom(room ? room->id() : target));
        incoming.setFrom(known.isNull() ? IrcIdentifiers::occupant(user, target, {}, m_backend.isupport()) : known);
    } else {
        incoming.setTo(m_backend.botIdentifier());
        incoming.setFrom(IrcIdentifiers::person(user));
    }
    if (m_backend.isMe(source.nick)) {
        // echo-message: the server confirms what we sent.
        if (!toChannel)
            incoming.setTo(IrcIdentifiers::person(m_backend.m_users.user(target)));
        Q_EMIT m_backend.messageSent(incoming);
        return;
    }
    m_backend.forgetIfRoomless(source.nick);
    Q_EMIT m_backend.messageReceived(incoming);
}

void IrcEventHandler::handleAway(const IrcMessage &message)
{
    IrcUser &user = m_backend.m_users.remember(message.sourceParts());
    user.away = !message.params.isEmpty();
    const QString nick = user.nick;
    Q_EMIT m_backend.presenceChanged(Presence(
        IrcIdentifiers::person(user), user.away ? Presence::Status::Away : Presence::Status::Online, message.param(0)));
    m_backend.refreshOccupants(nick);
}

void IrcEventHandler::handleAccount(const IrcMessage &message)
{
    IrcUser &user = m_backend.m_users.remember(message.sourceParts());
    user.account = message.param(0) == QLatin1String("*") ? QString() : message.param(0);
    m_backend.refreshOccupants(user.nick);
}

void IrcEventHandler::handleChghost(const IrcMessage &message)
{
    IrcUser &user = m_backend.m_users.remember(message.sourceParts());
    user.user = message.param(0);
    user.host = message.param(1);
    m_backend.refreshOccupants(user.nick);
}

} // namespace Botdeck::Irc
