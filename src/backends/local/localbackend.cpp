#include "localbackend.h"

#include "localroom.h"
#include "localservice.h"
#include "localsimulation.h"

#include "core/backendregistry.h"
#include "core/roomupdater.h"

#include <QTimer>

namespace Botdeck::Local {

namespace {

const QString BotDevice = QStringLiteral("botdeck");

QString accountOf(const Identifier &person)
{
    return person.person().startsWith(QLatin1Char('@')) ? person.person().mid(1) : QString();
}

} // namespace

LocalBackend::LocalBackend(QObject *parent)
    : Backend(parent)
{ }

LocalBackend::~LocalBackend() = default;

BackendDescriptor LocalBackend::descriptor()
{
    BackendDescriptor d;
    d.name = QStringLiteral("local");
    d.displayName = tr("Local (simulated)");
    d.description = tr("A chat service simulated inside Botdeck, with rooms and people who talk on their own. "
                       "Needs no server: for trying things out, demos and tests.");
    d.fields = {
        LoginField::text(QStringLiteral("nick"), tr("Nick"), tr("The bot's nick on the local service"),
                         QStringLiteral("botdeck"))
            .asRequired(),
        LoginField::text(QStringLiteral("rooms"), tr("Rooms"),
                         tr("Rooms to join after logging in, separated by commas"),
                         QStringLiteral("#lobby,#dev,#random")),
        LoginField::number(QStringLiteral("seed"), tr("Seed"),
                           tr("Seed for the simulated people: the same seed gives the same events. Empty: random"), {},
                           0, 4294967295.0)
            .asAdvanced(),
        LoginField::number(QStringLiteral("event-rate"), tr("Events per second"),
                           tr("How often the simulated people do something; 0 keeps them quiet"), 0.5, 0, 1000)
            .asAdvanced(),
        LoginField::number(QStringLiteral("crowd"), tr("Crowd size"),
                           tr("Fill the room #crowd with this many simulated people"), 0, 0, 100000)
            .asAdvanced(),
    };
    d.create = [](QObject *parent) -> Backend * { return new LocalBackend(parent); };
    return d;
}

QString LocalBackend::name() const
{
    return QStringLiteral("local");
}

QString LocalBackend::serviceName() const
{
    return tr("local service");
}

void LocalBackend::connectToService(const BackendSettings &settings)
{
    disconnectFromService();
    // Only the latest request goes on: an earlier one still in the event
    // loop must not log in with its own settings.
    const quint64 attempt = ++m_connectAttempt;
    setState(State::Connecting);
    logTraffic(Direction::Outgoing, QStringLiteral("CONNECT local"));
    // Two hops through the event loop, so observers see each state as they
    // would on a network.
    QTimer::singleShot(0, this, [this, settings, attempt] {
        if (attempt != m_connectAttempt || state() != State::Connecting)
            return;
        setState(State::Authenticating);
        logTraffic(Direction::Outgoing, QStringLiteral("LOGIN %1").arg(settings.text(QStringLiteral("nick"))));
        QTimer::singleShot(0, this, [this, settings, attempt] {
            if (attempt == m_connectAttempt && state() == State::Authenticating)
                finishLogin(settings);
        });
    });
}

void LocalBackend::finishLogin(const BackendSettings &settings)
{
    auto *service = new LocalService(this);
    service->populate();
    service->populateCrowd(settings.integer(QStringLiteral("crowd")));

    const QString wanted = settings.text(QStringLiteral("nick"), QStringLiteral("botdeck"));
    if (!LocalService::isValidNick(wanted)) {
        delete service;
        reportError(tr("Cannot log in: \"%1\" is not a valid nick (letters, digits and _-[]{}|^` only, "
                       "not starting with a digit)")
                        .arg(wanted));
        setState(State::Failed);
        return;
    }
    QString account = LocalService::accountForNick(wanted);
    if (account.isEmpty())
        account = QStringLiteral("bot");
    while (service->user(account))
        account += QStringLiteral("-bot");
    // Like an IRC server, a nick in use is answered with an alternative.
    QString nick = wanted;
    while (service->userByNick(nick))
        nick += QLatin1Char('_');
    if (nick != wanted)
        reportError(tr("The nick %1 is in use; logged in as %2").arg(wanted, nick));
    (void)service->addUser({account, nick, tr("Botdeck"), BotDevice});
    m_botAccount = account;
    m_service = service;

    connect(service, &LocalService::joined, this, &LocalBackend::onJoined);
    connect(service, &LocalService::left, this, &LocalBackend::onLeft);
    connect(service, &LocalService::nickChanged, this, &LocalBackend::onNickChanged);
    connect(service, &LocalService::awayChanged, this, &LocalBackend::onAwayChanged);
    connect(service, &LocalService::said, this, &LocalBackend::onSaid);
    connect(service, &LocalService::invited, this, &LocalBackend::onInvited);
    connect(service, &LocalService::topicChanged, this,
            [this](const QString &roomId, const QString &topic, const QString &account) {
                if (LocalRoom *known = localRoom(roomId))
                    updater(known).applyTopic(topic, personFor(account));
            });
    connect(service, &LocalService::roomCreated, this, [this](const QString &roomId) {
        if (LocalRoom *known = localRoom(roomId)) {
            updater(known).announceCreated();
            updater(known).applyExists(true);
        }
    });
    connect(service, &LocalService::roomDestroyed, this, [this](const QString &roomId) {
        if (LocalRoom *known = localRoom(roomId))
            updater(known).applyExists(false);
    });

    auto *simulation = new LocalSimulation(service, account, this);
    if (settings.contains(QStringLiteral("seed")))
        simulation->setSeed(quint32(settings.number(QStringLiteral("seed"))));
    simulation->setRate(settings.number(QStringLiteral("event-rate"), 0.5));
    m_simulation = simulation;

    // Rooms the bot already knew (from an earlier connection) exist or not
    // on this service.
    const QList<Room *> known = rooms();
    for (Room *room : known)
        updater(room).applyExists(service->room(room->id()) != nullptr);

    setBotIdentifier(personFor(account));
    logTraffic(Direction::Incoming, QStringLiteral("WELCOME %1 @%2").arg(nick, account));
    setState(State::Connected);
    simulation->start();

    const QStringList autojoin = settings.text(QStringLiteral("rooms")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &id : autojoin) {
        const Result<Room *> joined = joinRoom(id.trimmed());
        if (!joined)
            reportError(joined.error());
    }
    // Reconnecting with the same settings brings back the rooms the bot was
    // in when the last connection ended, with their passwords; other
    // settings are a new session.
    const bool reconnecting = settings.values() == m_lastSettings.values();
    m_lastSettings = settings;
    QStringList restore = std::exchange(m_roomsToRestore, {});
    if (!reconnecting)
        restore.clear();
    for (const QString &id : restore) {
        auto *room = static_cast<LocalRoom *>(this->room(id));
        const bool autojoined = std::any_of(autojoin.cbegin(), autojoin.cend(), [&id](const QString &wanted) {
            return wanted.trimmed().compare(id, Qt::CaseInsensitive) == 0;
        });
        if (room && !autojoined)
            room->join(room->password());
    }
}

void LocalBackend::disconnectFromService()
{
    if (state() == State::Disconnected)
        return;
    const QList<Room *> all = rooms();
    for (Room *room : all) {
        if (room->isJoined())
            m_roomsToRestore.append(room->id());
        updater(room).applyJoined(false);
    }
    delete m_simulation;
    delete m_service;
    m_botAccount.clear();
    logTraffic(Direction::Outgoing,
               quitMessage().isEmpty() ? QStringLiteral("QUIT") : QStringLiteral("QUIT :") + quitMessage());
    setState(State::Disconnected);
}

Result<Identifier> LocalBackend::buildIdentifier(const QString &text) const
{
    using R = Result<Identifier>;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return R::failure(tr("An identifier cannot be empty: write @account, nick, #room or #room/nick"));

    if (trimmed.startsWith(QLatin1Char('#'))) {
        const qsizetype slash = trimmed.indexOf(QLatin1Char('/'));
        const QString roomId = trimmed.left(slash);
        if (!LocalService::isValidRoomId(roomId))
            return R::failure(
                tr("\"%1\" is not a valid room: a room is # followed by letters, digits, - or _").arg(roomId));
        if (slash < 0)
            return Identifier::makeRoom(m_service && m_service->room(roomId) ? m_service->room(roomId)->id : roomId);
        const QString nick = trimmed.mid(slash + 1);
        if (!LocalService::isValidNick(nick))
            return R::failure(tr("\"%1\" is not a valid nick").arg(nick));
        if (!m_service)
            return Identifier::makeOccupant(roomId, QLatin1Char('@') + LocalService::accountForNick(nick), nick);
        const LocalRoomState *state = m_service->room(roomId);
        const LocalUser *user = m_service->userByNick(nick);
        if (!state)
            return R::failure(tr("There is no room %1").arg(roomId));
        if (!user || !state->members.count(user->account))
            return R::failure(tr("Nobody called %1 is in %2").arg(nick, state->id));
        return occupantFor(user->account, state->id);
    }

    if (trimmed.startsWith(QLatin1Char('@'))) {
        const QString account = trimmed.mid(1);
        if (!LocalService::isValidAccount(account))
            return R::failure(tr("\"%1\" is not a valid account: an account is @ followed by lower-case letters, "
                                 "digits, ., - or _")
                                  .arg(trimmed));
        if (!m_service)
            return Identifier::makePerson(trimmed, account);
        if (!m_service->user(account))
            return R::failure(tr("There is nobody with the account %1").arg(trimmed));
        return personFor(account);
    }

    if (!LocalService::isValidNick(trimmed))
        return R::failure(tr("\"%1\" is not an identifier: write @account, nick, #room or #room/nick").arg(trimmed));
    if (!m_service)
        return Identifier::makePerson(QLatin1Char('@') + LocalService::accountForNick(trimmed), trimmed);
    const LocalUser *user = m_service->userByNick(trimmed);
    if (!user)
        return R::failure(tr("Nobody is using the nick %1").arg(trimmed));
    return personFor(user->account);
}

void LocalBackend::sendMessage(const Message &message)
{
    const Identifier to = message.to();
    QString target;
    if (to.isRoom())
        target = to.room();
    else if (!accountOf(to).isEmpty())
        target = QLatin1Char('@') + accountOf(to);
    if (target.isEmpty()) {
        reportError(
            tr("Cannot send a message to %1: it is not a room or person of the local service").arg(to.toString()));
        return;
    }
    const QString body = message.body();
    const Message::Type type = message.type();
    request(QStringLiteral("SAY %1 %2").arg(target, body), [this, target, body, type](LocalService &service) {
        return service.say(m_botAccount, target, body, type);
    });
}

Result<Room *> LocalBackend::queryRoom(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (!LocalService::isValidRoomId(trimmed))
        return Result<Room *>::failure(
            tr("\"%1\" is not a valid room: a room is # followed by letters, digits, - or _").arg(trimmed));
    if (Room *known = room(trimmed))
        return known;
    const LocalRoomState *state = m_service ? m_service->room(trimmed) : nullptr;
    auto *created = new LocalRoom(state ? state->id : trimmed, this);
    updater(created).applyExists(state != nullptr);
    if (state)
        updater(created).applyTopic(state->topic, personFor(state->topicSetBy));
    addRoom(created);
    return static_cast<Room *>(created);
}

void LocalBackend::setPresence(const Presence &presence)
{
    const bool away = presence.status() != Presence::Status::Online;
    request(away ? QStringLiteral("AWAY :%1").arg(presence.message()) : QStringLiteral("BACK"),
            [this, away](LocalService &service) { return service.setAway(m_botAccount, away); });
}

QString LocalBackend::foldCase(const QString &text) const
{
    // Nicks, accounts and room ids are compared without case here, ASCII
    // only: full Unicode lowering would turn look-alikes such as the Kelvin
    // sign into a Latin k, and let them match someone else's name.
    QString folded = text;
    for (QChar &c : folded) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    }
    return folded;
}

QString LocalBackend::foldCaseId() const
{
    return QStringLiteral("local:ascii");
}

int LocalBackend::maxMessageSize() const
{
    return LocalService::MaxMessageBytes;
}

QList<Identifier> LocalBackend::simulatedPeople() const
{
    QList<Identifier> people;
    if (!m_service)
        return people;
    const QList<LocalUser> users = m_service->users();
    for (const LocalUser &user : users) {
        if (user.account != m_botAccount)
            people.append(personFor(user.account));
    }
    return people;
}

Result<Message> LocalBackend::speakAs(const QString &nick, const Identifier &to, const QString &text)
{
    using R = Result<Message>;
    if (!m_service)
        return R::failure(tr("The local service is not running: connect first"));
    const LocalUser *user = m_service->userByNick(nick);
    if (!user || user->account == m_botAccount)
        return R::failure(tr("Nobody simulated is using the nick %1").arg(nick));
    if (text.isEmpty())
        return R::failure(tr("There is nothing to say"));
    const QString account = user->account;
    const QString target = to.isRoom() ? to.room() : QLatin1Char('@') + m_botAccount;
    if (to.isRoom() && !m_service->isMember(account, target))
        return R::failure(tr("%1 is not in %2").arg(nick, to.room()));

    Message message(to.isRoom() ? to : botIdentifier(), text);
    message.setFrom(to.isRoom() ? occupantFor(account, to.room()) : personFor(account));
    QTimer::singleShot(0, this, [this, account, target, text] {
        if (!m_service)
            return;
        const QString error = m_service->say(account, target, text);
        if (!error.isEmpty())
            reportError(error);
    });
    return message;
}

void LocalBackend::setSimulationRunning(bool running)
{
    if (!m_simulation)
        return;
    if (running)
        m_simulation->start();
    else
        m_simulation->stop();
}

bool LocalBackend::isSimulationRunning() const
{
    return m_simulation && m_simulation->isRunning();
}

LocalService *LocalBackend::service() const
{
    return m_service;
}

LocalSimulation *LocalBackend::simulation() const
{
    return m_simulation;
}

QString LocalBackend::roomKey(const QString &id) const
{
    return id.toLower();
}

void LocalBackend::changeNick(const QString &nick)
{
    request(QStringLiteral("NICK %1").arg(nick),
            [this, nick](LocalService &service) { return service.changeNick(m_botAccount, nick); });
}

void LocalBackend::requestWhois(const Identifier &person)
{
    request(QStringLiteral("WHOIS %1").arg(person.person()), [this, person](LocalService &service) {
        const QStringList facts = service.whois(person.person().mid(1));
        if (facts.isEmpty())
            return tr("there is no account %1").arg(person.person());
        Q_EMIT whoisReceived(person, facts);
        return QString();
    });
}

void LocalBackend::request(const QString &trafficLine, std::function<QString(LocalService &)> call, LocalRoom *room)
{
    logTraffic(Direction::Outgoing, trafficLine);
    const QPointer<LocalRoom> target = room;
    // The service answers on the next turn of the event loop, as a server
    // would: callers connect to the result signals after asking.
    QTimer::singleShot(0, this, [this, call = std::move(call), target, hadRoom = room != nullptr] {
        const QString error = m_service ? call(*m_service) : tr("not connected to the local service");
        if (error.isEmpty())
            return;
        if (hadRoom && target)
            updater(target).reportError(error);
        else if (!hadRoom)
            reportError(error);
    });
}

LocalRoom *LocalBackend::localRoom(const QString &id)
{
    return static_cast<LocalRoom *>(room(id));
}

Identifier LocalBackend::personFor(const QString &account) const
{
    const LocalUser *user = m_service ? m_service->user(account) : nullptr;
    if (!user)
        return {};
    Identifier person = Identifier::makePerson(QLatin1Char('@') + account, user->nick);
    person.setClient(user->device);
    person.setDisplayName(user->displayName);
    person.setExtra(Extras::Account, account);
    person.setExtra(Extras::Away, user->away);
    return person;
}

Identifier LocalBackend::occupantFor(const QString &account, const QString &roomId) const
{
    Identifier occupant = personFor(account).inRoom(roomId);
    const LocalRoomState *state = m_service ? m_service->room(roomId) : nullptr;
    if (state && state->owner == account) {
        occupant.setExtra(Extras::Rank, 3);
        occupant.setExtra(Extras::RankName, QStringLiteral("owner"));
        occupant.setExtra(Extras::RankSymbol, QStringLiteral("~"));
        occupant.setExtra(Extras::Standing, int(Standing::Owner));
    }
    return occupant;
}

QList<Identifier> LocalBackend::occupantsOf(const QString &roomId) const
{
    QList<Identifier> result;
    const LocalRoomState *state = m_service ? m_service->room(roomId) : nullptr;
    if (!state)
        return result;
    result.reserve(qsizetype(state->members.size()));
    for (const QString &account : state->members)
        result.append(occupantFor(account, state->id));
    return result;
}

void LocalBackend::onJoined(const QString &roomId, const QString &account)
{
    LocalRoom *room = localRoom(roomId);
    if (!room)
        return;
    if (account == m_botAccount) {
        const LocalRoomState *state = m_service->room(roomId);
        RoomUpdater update = updater(room);
        update.applyExists(true);
        update.applyTopic(state->topic, personFor(state->topicSetBy));
        update.applyOccupants(occupantsOf(roomId));
        update.applyJoined(true);
        logTraffic(Direction::Incoming, QStringLiteral("JOINED %1 (%2 people)").arg(roomId).arg(state->members.size()));
        return;
    }
    if (room->isJoined()) {
        updater(room).applyOccupantJoined(occupantFor(account, roomId));
        logTraffic(Direction::Incoming, QStringLiteral("JOIN @%1 %2").arg(account, roomId));
    }
}

void LocalBackend::onLeft(const QString &roomId, const QString &account, const QString &reason)
{
    LocalRoom *room = localRoom(roomId);
    if (!room || !room->isJoined())
        return;
    logTraffic(Direction::Incoming, QStringLiteral("PART @%1 %2 :%3").arg(account, roomId, reason));
    if (account == m_botAccount) {
        updater(room).applyJoined(false);
        return;
    }
    updater(room).applyOccupantLeft(m_service->user(account)->nick, reason);
}

void LocalBackend::onNickChanged(const QString &account, const QString &oldNick, const QString &newNick)
{
    if (account == m_botAccount)
        setBotIdentifier(personFor(account));
    const QStringList joined = m_service->roomsOf(account);
    bool seen = account == m_botAccount;
    for (const QString &roomId : joined) {
        LocalRoom *room = localRoom(roomId);
        if (room && room->isJoined()) {
            updater(room).applyOccupantChanged(oldNick, occupantFor(account, roomId));
            seen = true;
        }
    }
    if (seen)
        logTraffic(Direction::Incoming, QStringLiteral("NICK @%1 %2 %3").arg(account, oldNick, newNick));
}

void LocalBackend::onAwayChanged(const QString &account, bool away)
{
    const QStringList joined = m_service->roomsOf(account);
    const QString nick = m_service->user(account)->nick;
    for (const QString &roomId : joined) {
        LocalRoom *room = localRoom(roomId);
        if (room && room->isJoined())
            updater(room).applyOccupantChanged(nick, occupantFor(account, roomId));
    }
    Q_EMIT presenceChanged(Presence(personFor(account), away ? Presence::Status::Away : Presence::Status::Online));
}

void LocalBackend::onSaid(const QString &account, const QString &target, const QString &text, Message::Type type)
{
    const bool toRoom = !target.startsWith(QLatin1Char('@'));
    const bool fromBot = account == m_botAccount;
    Message message;
    message.setBody(text);
    message.setType(type);
    if (toRoom) {
        LocalRoom *room = localRoom(target);
        if (!room || !room->isJoined())
            return;
        message.setTo(room->identifier());
        message.setFrom(occupantFor(account, room->id()));
    } else {
        const QString recipient = target.mid(1);
        if (!fromBot && recipient != m_botAccount)
            return; // private talk between simulated people
        message.setTo(personFor(recipient));
        message.setFrom(personFor(account));
    }
    message.setId(QStringLiteral("local-%1").arg(++m_messageSerial));
    if (fromBot) {
        Q_EMIT messageSent(message);
        return;
    }
    logTraffic(Direction::Incoming, QStringLiteral("SAY @%1 %2 %3").arg(account, target, text));
    Q_EMIT messageReceived(message);
}

void LocalBackend::onInvited(const QString &roomId, const QString &account, const QString &invitee)
{
    if (invitee == m_botAccount) {
        Message notice(botIdentifier(), tr("%1 invites you to %2").arg(personFor(account).nick(), roomId),
                       Message::Type::Notice);
        notice.setFrom(personFor(account));
        Q_EMIT messageReceived(notice);
        return;
    }
    if (account != m_botAccount)
        return;
    // Simulated people accept every invitation the bot sends, a moment later.
    QTimer::singleShot(0, this, [this, roomId, invitee] {
        const LocalRoomState *state = m_service ? m_service->room(roomId) : nullptr;
        if (state)
            (void)m_service->join(invitee, roomId, state->password);
    });
}

} // namespace Botdeck::Local
