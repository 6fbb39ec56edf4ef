#include "localservice.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Botdeck::Local {

namespace {

QString fold(const QString &name)
{
    return name.toLower();
}

struct RoomSeed
{
    const char *id;
    const char *topic;
    const char *owner;
    const char *password;
    QList<const char *> members;
};

} // namespace

LocalService::LocalService(QObject *parent)
    : QObject(parent)
{ }

void LocalService::populate()
{
    static const LocalUser people[] = {
        {QStringLiteral("alice"), QStringLiteral("alice"), QStringLiteral("Alice Ashdown"), QStringLiteral("laptop")},
        {QStringLiteral("bob"), QStringLiteral("bob"), QStringLiteral("Bob Brennan"), QStringLiteral("phone")},
        {QStringLiteral("carol"), QStringLiteral("carol"), QStringLiteral("Carol Chen"), QStringLiteral("desktop")},
        {QStringLiteral("dave"), QStringLiteral("dave"), QStringLiteral("Dave Dalton"), QStringLiteral("tablet")},
        {QStringLiteral("erin"), QStringLiteral("erin"), QStringLiteral("Erin Evans"), QStringLiteral("laptop")},
        {QStringLiteral("frank"), QStringLiteral("frank"), QStringLiteral("Frank Fischer"), QStringLiteral("phone")},
        {QStringLiteral("grace"), QStringLiteral("grace"), QStringLiteral("Grace Gupta"), QStringLiteral("desktop")},
        {QStringLiteral("heidi"), QStringLiteral("heidi"), QStringLiteral("Heidi Hansen"), QStringLiteral("laptop")},
    };
    for (const LocalUser &person : people)
        (void)addUser(person);

    static const RoomSeed rooms[] = {
        {"#lobby",
         "Welcome to the Botdeck local service. Try !help",
         "alice",
         "",
         {"alice", "bob", "carol", "dave", "erin", "frank"}},
        {"#dev", "Building bots: patches welcome", "carol", "", {"carol", "dave", "grace"}},
        {"#random", "Anything goes", "bob", "", {"bob", "erin", "heidi"}},
        {"#vault", "Members only", "grace", "opensesame", {"grace", "heidi"}},
    };
    for (const RoomSeed &seed : rooms) {
        const QString owner = QLatin1String(seed.owner);
        const QString id = QLatin1String(seed.id);
        (void)createRoom(owner, id, QLatin1String(seed.password));
        LocalRoomState *state = findRoom(id);
        state->topic = QLatin1String(seed.topic);
        state->topicSetBy = owner;
        for (const char *member : seed.members)
            state->members.insert(QLatin1String(member));
    }
}

void LocalService::populateCrowd(int crowd)
{
    if (crowd <= 0)
        return;
    const QString id = QStringLiteral("#crowd");
    if (!findRoom(id))
        (void)createRoom(QStringLiteral("alice"), id);
    LocalRoomState *state = findRoom(id);
    state->topic = tr("A crowd of %1 simulated people").arg(crowd);
    static const QString devices[] = {QStringLiteral("laptop"), QStringLiteral("phone"), QStringLiteral("desktop")};
    for (int i = 1; i <= crowd; ++i) {
        const QString account = QStringLiteral("guest%1").arg(i, 5, 10, QLatin1Char('0'));
        (void)addUser({account, account, tr("Guest %1").arg(i), devices[i % 3]});
        state->members.insert(account);
    }
}

QString LocalService::addUser(const LocalUser &user)
{
    if (!isValidAccount(user.account))
        return tr("\"%1\" is not a valid account name").arg(user.account);
    if (!isValidNick(user.nick))
        return tr("\"%1\" is not a valid nick").arg(user.nick);
    if (m_users.contains(user.account))
        return tr("the account @%1 already exists").arg(user.account);
    if (m_nicks.contains(fold(user.nick)))
        return tr("the nick %1 is already in use").arg(user.nick);
    m_users.insert(user.account, user);
    m_nicks.insert(fold(user.nick), user.account);
    return {};
}

QString LocalService::removeUser(const QString &account, const QString &reason)
{
    LocalUser *found = findUser(account);
    if (!found)
        return tr("there is no account @%1").arg(account);
    const QStringList rooms = roomsOf(account);
    for (const QString &roomId : rooms)
        (void)leave(account, roomId, reason);
    m_nicks.remove(fold(found->nick));
    m_users.remove(account);
    return {};
}

QList<LocalUser> LocalService::users() const
{
    return m_users.values();
}

const LocalUser *LocalService::user(const QString &account) const
{
    const auto it = m_users.constFind(account);
    return it == m_users.constEnd() ? nullptr : &*it;
}

const LocalUser *LocalService::userByNick(const QString &nick) const
{
    return user(m_nicks.value(fold(nick)));
}

QStringList LocalService::roomIds() const
{
    QStringList ids;
    for (const LocalRoomState &state : m_rooms)
        ids.append(state.id);
    return ids;
}

const LocalRoomState *LocalService::room(const QString &id) const
{
    const auto it = m_rooms.constFind(fold(id));
    return it == m_rooms.constEnd() ? nullptr : &*it;
}

bool LocalService::isMember(const QString &account, const QString &roomId) const
{
    const LocalRoomState *state = room(roomId);
    return state && state->members.count(account) > 0;
}

QStringList LocalService::roomsOf(const QString &account) const
{
    QStringList result;
    for (const LocalRoomState &state : m_rooms) {
        if (state.members.count(account))
            result.append(state.id);
    }
    return result;
}

QString LocalService::createRoom(const QString &account, const QString &id, const QString &password)
{
    if (!findUser(account))
        return tr("there is no account @%1").arg(account);
    if (!isValidRoomId(id))
        return tr("\"%1\" is not a valid room name: it must start with # and contain only letters, digits, - and _")
            .arg(id);
    if (findRoom(id))
        return tr("%1 already exists").arg(id);
    LocalRoomState state;
    state.id = id;
    state.owner = account;
    state.password = password;
    m_rooms.insert(fold(id), state);
    Q_EMIT roomCreated(id, account);
    return {};
}

QString LocalService::destroyRoom(const QString &account, const QString &id)
{
    LocalRoomState *state = findRoom(id);
    if (!state)
        return noSuchRoom(id);
    if (state->owner != account)
        return tr("only its owner, @%1, can destroy %2").arg(state->owner, state->id);
    const LocalRoomState gone = *state;
    for (const QString &member : gone.members)
        Q_EMIT left(gone.id, member, tr("the room was destroyed"));
    m_rooms.remove(fold(id));
    Q_EMIT roomDestroyed(gone.id, account);
    return {};
}

QString LocalService::join(const QString &account, const QString &roomId, const QString &password)
{
    if (!findUser(account))
        return tr("there is no account @%1").arg(account);
    LocalRoomState *state = findRoom(roomId);
    if (!state) {
        const QString error = createRoom(account, roomId, password);
        if (!error.isEmpty())
            return error;
        state = findRoom(roomId);
    } else if (!state->password.isEmpty() && state->password != password) {
        return password.isEmpty() ? tr("%1 needs a password").arg(state->id)
                                  : tr("wrong password for %1").arg(state->id);
    }
    if (!state->members.insert(account).second)
        return tr("already in %1").arg(state->id);
    Q_EMIT joined(state->id, account);
    return {};
}

QString LocalService::leave(const QString &account, const QString &roomId, const QString &reason)
{
    LocalRoomState *state = findRoom(roomId);
    if (!state)
        return noSuchRoom(roomId);
    if (state->members.erase(account) == 0)
        return tr("not in %1").arg(state->id);
    Q_EMIT left(state->id, account, reason);
    return {};
}

QString LocalService::setTopic(const QString &account, const QString &roomId, const QString &topic)
{
    LocalRoomState *state = findRoom(roomId);
    if (!state)
        return noSuchRoom(roomId);
    if (!state->members.count(account))
        return tr("you must be in %1 to set its topic").arg(state->id);
    state->topic = topic;
    state->topicSetBy = account;
    Q_EMIT topicChanged(state->id, topic, account);
    return {};
}

QString LocalService::invite(const QString &account, const QString &roomId, const QString &invitee)
{
    LocalRoomState *state = findRoom(roomId);
    if (!state)
        return noSuchRoom(roomId);
    if (!state->members.count(account))
        return tr("you must be in %1 to invite people").arg(state->id);
    if (!findUser(invitee))
        return tr("there is no account @%1").arg(invitee);
    if (state->members.count(invitee))
        return tr("@%1 is already in %2").arg(invitee, state->id);
    Q_EMIT invited(state->id, account, invitee);
    return {};
}

QString LocalService::kick(const QString &account, const QString &roomId, const QString &target, const QString &reason)
{
    LocalRoomState *state = findRoom(roomId);
    if (!state)
        return noSuchRoom(roomId);
    if (state->owner != account)
        return tr("only the owner of %1, @%2, can kick people from it").arg(state->id, state->owner);
    if (state->members.erase(target) == 0)
        return tr("@%1 is not in %2").arg(target, state->id);
    const QString kicker = findUser(account)->nick;
    Q_EMIT left(state->id, target,
                reason.isEmpty() ? tr("kicked by %1").arg(kicker) : tr("kicked by %1: %2").arg(kicker, reason));
    return {};
}

QStringList LocalService::whois(const QString &account) const
{
    const LocalUser *found = user(account);
    if (!found)
        return {};
    QStringList facts;
    facts.append(found->displayName.isEmpty()
                     ? tr("%1 is @%2").arg(found->nick, found->account)
                     : tr("%1 is @%2 (%3)").arg(found->nick, found->account, found->displayName));
    if (!found->device.isEmpty())
        facts.append(tr("%1 speaks from %2").arg(found->nick, found->device));
    if (found->away)
        facts.append(tr("%1 is away").arg(found->nick));
    const QStringList rooms = roomsOf(account);
    facts.append(rooms.isEmpty() ? tr("%1 is in no room").arg(found->nick)
                                 : tr("%1 is in %2").arg(found->nick, rooms.join(u' ')));
    return facts;
}

QString LocalService::changeNick(const QString &account, const QString &nick)
{
    LocalUser *found = findUser(account);
    if (!found)
        return tr("there is no account @%1").arg(account);
    if (!isValidNick(nick))
        return tr("\"%1\" is not a valid nick").arg(nick);
    const QString owner = m_nicks.value(fold(nick));
    if (!owner.isEmpty() && owner != account)
        return tr("the nick %1 is already in use").arg(nick);
    const QString oldNick = found->nick;
    if (oldNick == nick)
        return {};
    m_nicks.remove(fold(oldNick));
    m_nicks.insert(fold(nick), account);
    found->nick = nick;
    Q_EMIT nickChanged(account, oldNick, nick);
    return {};
}

QString LocalService::setAway(const QString &account, bool away)
{
    LocalUser *found = findUser(account);
    if (!found)
        return tr("there is no account @%1").arg(account);
    if (found->away != away) {
        found->away = away;
        Q_EMIT awayChanged(account, away);
    }
    return {};
}

QString LocalService::say(const QString &account, const QString &target, const QString &text, Message::Type type)
{
    if (!findUser(account))
        return tr("there is no account @%1").arg(account);
    if (text.isEmpty())
        return tr("there is nothing to say");
    if (text.toUtf8().size() > MaxMessageBytes)
        return tr("the message is longer than %1 bytes").arg(MaxMessageBytes);
    if (target.startsWith(QLatin1Char('@'))) {
        if (!findUser(target.mid(1)))
            return tr("there is no account %1").arg(target);
        Q_EMIT said(account, target, text, type);
        return {};
    }
    const LocalRoomState *state = findRoom(target);
    if (!state)
        return noSuchRoom(target);
    if (!state->members.count(account))
        return tr("you are not in %1").arg(state->id);
    Q_EMIT said(account, state->id, text, type);
    return {};
}

bool LocalService::isValidRoomId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^#[A-Za-z0-9_-]{1,50}$"));
    return pattern.match(id).hasMatch();
}

bool LocalService::isValidNick(const QString &nick)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_|^`{}\\[\\]-]{0,31}$"));
    return pattern.match(nick).hasMatch();
}

bool LocalService::isValidAccount(const QString &account)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9_][a-z0-9_.-]{0,31}$"));
    return pattern.match(account).hasMatch();
}

QString LocalService::accountForNick(const QString &nick)
{
    static const QRegularExpression notInAccounts(QStringLiteral("[^a-z0-9_.-]"));
    QString account = nick.toLower();
    account.remove(notInAccounts);
    return account;
}

LocalUser *LocalService::findUser(const QString &account)
{
    const auto it = m_users.find(account);
    return it == m_users.end() ? nullptr : &*it;
}

LocalRoomState *LocalService::findRoom(const QString &id)
{
    const auto it = m_rooms.find(fold(id));
    return it == m_rooms.end() ? nullptr : &*it;
}

QString LocalService::noSuchRoom(const QString &id) const
{
    return tr("there is no room %1").arg(id);
}

} // namespace Botdeck::Local
