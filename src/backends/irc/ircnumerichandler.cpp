#include "ircnumerichandler.h"

#include "ircbackend.h"
#include "ircroom.h"

#include "core/roomupdater.h"

#include <QDateTime>

namespace Botdeck::Irc {

IrcNumericHandler::IrcNumericHandler(IrcBackend &backend)
    : m_backend(backend)
{ }

void IrcNumericHandler::handle(const IrcMessage &message)
{
    const int code = message.command.toInt();
    const QString last = message.params.value(message.params.size() - 1);
    if (IrcWhoisReplies::isWhoisNumeric(code) && handleWhois(message))
        return;
    switch (code) {
    case 5:
        m_backend.m_session.applyIsupport(message.params.mid(1));
        return;
    case 331: // no topic
        if (IrcRoom *room = m_backend.ircRoom(message.param(1)))
            m_backend.updater(room).applyTopic(QString());
        return;
    case 332:
        if (IrcRoom *room = m_backend.ircRoom(message.param(1)))
            m_pendingReplies.setTopic(room->id(), message.param(2));
        return;
    case 333:
        if (IrcRoom *room = m_backend.ircRoom(message.param(1)); room && m_pendingReplies.hasTopic(room->id())) {
            const IrcSource setter = IrcSource::parse(message.param(2));
            IrcUser who{setter.nick, setter.user, setter.host, {}, {}, false};
            bool isTime = false;
            const qint64 seconds = message.param(3).toLongLong(&isTime);
            m_backend.updater(room).applyTopic(m_pendingReplies.takeTopic(room->id()), IrcIdentifiers::person(who),
                                               isTime ? QDateTime::fromSecsSinceEpoch(seconds) : QDateTime());
        }
        return;
    case 353:
        handleNames(message);
        return;
    case 366:
        handleEndOfNames(message);
        return;
    case 352:
        handleWho(message, false);
        return;
    case 354:
        handleWho(message, true);
        return;
    case 433:
    case 432:
    case 436:
        if (!m_backend.m_session.isRegistered())
            return; // registration tries the alternatives and says so
        m_backend.reportError(IrcBackend::tr("Cannot change the nick to %1: %2").arg(message.param(1), last));
        return;
    case 403: // no such channel
    case 405: // too many channels
    case 471: // full
    case 473: // invite only
    case 474: // banned
    case 475: // bad key
    case 477: // needs a registered nick
    case 479: // bad channel name
        if (IrcRoom *room = m_backend.ircRoom(message.param(1))) {
            room->setWantsJoined(false);
            room->takeCreating();
            m_backend.updater(room).reportError(IrcBackend::tr("cannot join: %1").arg(last));
        } else {
            m_backend.reportError(IrcBackend::tr("%1: %2").arg(message.param(1), last));
        }
        return;
    case 482: // not a channel operator
        if (IrcRoom *room = m_backend.ircRoom(message.param(1))) {
            m_backend.updater(room).reportError(
                IrcBackend::tr("the bot is not an operator in %1, so the server refused: %2").arg(room->id(), last));
            return;
        }
        [[fallthrough]];
    case 404: // cannot send to channel
    case 442: // not on that channel
        if (IrcRoom *room = m_backend.ircRoom(message.param(1)))
            m_backend.updater(room).reportError(last);
        else
            m_backend.reportError(IrcBackend::tr("%1: %2").arg(message.param(1), last));
        return;
    case 401: // no such nick
    case 406:
        m_backend.reportError(IrcBackend::tr("%1: %2").arg(message.param(1), last));
        return;
    default:
        return;
    }
}

bool IrcNumericHandler::askWhois(const Identifier &person)
{
    if (m_whois.ask(m_backend.foldNick(person.nick()), person))
        return true;
    m_backend.reportError(IrcBackend::tr("cannot ask who %1 is: %2 questions are still unanswered")
                              .arg(person.nick())
                              .arg(IrcWhoisReplies::MaxPending));
    return false;
}

bool IrcNumericHandler::handleWhois(const IrcMessage &message)
{
    const QString key = m_backend.foldNick(message.param(1));
    if (!m_whois.isPending(key))
        return false;
    if (const std::optional<IrcWhoisReplies::Answer> answer = m_whois.add(key, message))
        Q_EMIT m_backend.whoisReceived(answer->person, answer->facts);
    return true;
}

void IrcNumericHandler::handleNames(const IrcMessage &message)
{
    // 353 me = #chan :@alice +bob carol!c@host (multi-prefix, userhost-in-names)
    IrcRoom *room = m_backend.ircRoom(message.param(2));
    if (!room)
        return;
    if (m_pendingReplies.isNamesFull(room->id())) {
        if (m_pendingReplies.markNamesOverflow(room->id()))
            m_backend.updater(room).reportError(
                IrcBackend::tr("the server listed more than %1 people without ending the list; ignoring the rest")
                    .arg(IrcPendingReplies::MaxNames));
        return;
    }
    const QStringList entries = message.param(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<Identifier> occupants;
    occupants.reserve(entries.size());
    for (const QString &entry : entries) {
        qsizetype i = 0;
        while (i < entry.size() && m_backend.isupport().isPrefixSymbol(entry.at(i)))
            ++i;
        const IrcSource source = IrcSource::parse(QStringView(entry).mid(i));
        if (source.nick.isEmpty())
            continue;
        const IrcUser &user = m_backend.m_users.remember(source);
        occupants.append(m_backend.occupantIn(room, user, entry.left(i)));
    }
    m_pendingReplies.addNames(room->id(), occupants);
}

void IrcNumericHandler::handleEndOfNames(const IrcMessage &message)
{
    IrcRoom *room = m_backend.ircRoom(message.param(1));
    if (!room)
        return;
    if (!room->isJoined()) {
        // The answer to our NAMES for a room we are not in: names mean the
        // channel exists (an empty reply may also be a secret channel).
        m_backend.updater(room).applyExists(!m_pendingReplies.takeNames(room->id()).isEmpty());
        return;
    }
    m_backend.updater(room).applyExists(true);
    if (m_pendingReplies.hasTopic(room->id()))
        m_backend.updater(room).applyTopic(m_pendingReplies.takeTopic(room->id()));
    m_backend.updater(room).applyOccupants(m_pendingReplies.takeNames(room->id()));
    if (room->takeCreating()) {
        if (room->occupantCount() > 1)
            m_backend.updater(room).reportError(
                IrcBackend::tr("%1 already existed: joined it instead of creating it").arg(room->id()));
        else
            m_backend.enqueueLine(SendQueue::Priority::Normal,
                                  IrcMessage(QStringLiteral("MODE"), {room->id(), QStringLiteral("+nt")}));
    }
}

void IrcNumericHandler::handleWho(const IrcMessage &message, bool whox)
{
    // 352 me #chan user host server nick flags :hops realname
    // 354 me 616 #chan user host nick flags account :realname (our WHOX fields)
    QString channel, flags;
    IrcSource source;
    QString realname;
    QString account;
    if (whox) {
        if (message.param(1) != QLatin1String("616") || message.params.size() < 9)
            return;
        channel = message.param(2);
        source = {message.param(5), message.param(3), message.param(4)};
        flags = message.param(6);
        account = message.param(7) == QLatin1String("0") ? QString() : message.param(7);
        realname = message.param(8);
    } else {
        if (message.params.size() < 8)
            return;
        channel = message.param(1);
        source = {message.param(5), message.param(2), message.param(3)};
        flags = message.param(6);
        realname = message.param(7).section(QLatin1Char(' '), 1);
    }
    IrcUser &user = m_backend.m_users.remember(source);
    user.realname = realname;
    if (whox)
        user.account = account;
    user.away = flags.startsWith(QLatin1Char('G'));
    const IrcUser known = user;
    QString symbols;
    for (const QChar c : std::as_const(flags)) {
        if (m_backend.isupport().isPrefixSymbol(c))
            symbols += c;
    }
    if (IrcRoom *room = m_backend.ircRoom(channel)) {
        const Identifier before = room->occupant(source.nick);
        if (!before.isNull())
            m_backend.updateOccupant(room, before, m_backend.occupantIn(room, known, symbols));
    }
    if (m_backend.isMe(source.nick))
        m_backend.updateBotIdentifier();
}

} // namespace Botdeck::Irc
