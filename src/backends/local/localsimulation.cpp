#include "localsimulation.h"

#include "localservice.h"

#include <QCoreApplication>

#include <cmath>

namespace Botdeck::Local {

namespace {

const QStringList &chatter()
{
    static const QStringList lines = {
        QStringLiteral("good morning, everyone"),
        QStringLiteral("has anyone tried the new release yet?"),
        QStringLiteral("the build is green again"),
        QStringLiteral("I think the reconnect logic needs a backoff"),
        QStringLiteral("lunch in ten minutes?"),
        QStringLiteral("who broke the staging server?"),
        QStringLiteral("just pushed a fix for the flaky test"),
        QStringLiteral("the occupant list looks great with 10k people"),
        QStringLiteral("coffee first, code later"),
        QStringLiteral("can someone review my patch?"),
        QStringLiteral("that's a good point"),
        QStringLiteral("I'll be away for a bit"),
        QStringLiteral("back!"),
        QStringLiteral("héllo wörld, ünïcode works: 日本語 ✓"),
        QStringLiteral("!echo is anybody listening?"),
        QStringLiteral("!whoami"),
        QStringLiteral("!help"),
    };
    return lines;
}

const QStringList &actions()
{
    static const QStringList lines = {
        QStringLiteral("waves"),
        QStringLiteral("stretches"),
        QStringLiteral("refills the coffee pot"),
        QStringLiteral("nods"),
    };
    return lines;
}

const QStringList &topics()
{
    static const QStringList lines = {
        QStringLiteral("Release day! Be nice to the build bots"),
        QStringLiteral("Meeting at 15:00 UTC"),
        QStringLiteral("Welcome, new people"),
        QStringLiteral("Bots are people too (almost)"),
    };
    return lines;
}

const QStringList &directLines()
{
    static const QStringList lines = {
        QStringLiteral("hi bot, are you there?"),
        QStringLiteral("help"),
        QStringLiteral("whoami"),
        QStringLiteral("thanks for the help earlier"),
    };
    return lines;
}

const QString AwaySuffix = QStringLiteral("|away");

} // namespace

LocalSimulation::LocalSimulation(LocalService *service, const QString &botAccount, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_botAccount(botAccount)
    , m_random(QRandomGenerator::securelySeeded())
{
    connect(&m_timer, &QTimer::timeout, this, [this] { step(); });
}

void LocalSimulation::setSeed(quint32 seed)
{
    m_random.seed(seed);
}

void LocalSimulation::setRate(double eventsPerSecond)
{
    m_rate = std::max(0.0, eventsPerSecond);
    if (m_rate > 0)
        m_timer.setInterval(std::max(1, int(std::lround(1000.0 / m_rate))));
    else
        m_timer.stop();
}

double LocalSimulation::rate() const
{
    return m_rate;
}

void LocalSimulation::start()
{
    if (m_rate > 0)
        m_timer.start();
}

void LocalSimulation::stop()
{
    m_timer.stop();
}

bool LocalSimulation::isRunning() const
{
    return m_timer.isActive();
}

QString LocalSimulation::step()
{
    QStringList people;
    const QList<LocalUser> users = m_service->users();
    for (const LocalUser &user : users) {
        if (user.account != m_botAccount)
            people.append(user.account);
    }
    if (people.isEmpty())
        return {};
    const QString &who = pick(people);

    // Weights out of 100: mostly talk, sometimes move about.
    const quint32 roll = m_random.bounded(100u);
    QString event;
    if (roll < 55)
        event = speak(who);
    else if (roll < 70)
        event = wander(who);
    else if (roll < 77)
        event = toggleNick(who);
    else if (roll < 84)
        event = toggleAway(who);
    else if (roll < 89)
        event = changeTopic(who);
    else
        event = talkToBot(who);
    // Someone in no room can only wander back in.
    return event.isEmpty() ? wander(who) : event;
}

QString LocalSimulation::speak(const QString &account)
{
    const QString roomId = pickRoomOf(account);
    if (roomId.isEmpty())
        return {};
    const bool action = m_random.bounded(10u) == 0;
    const QString &text = action ? pick(actions()) : pick(chatter());
    const Message::Type type = action ? Message::Type::Action : Message::Type::Chat;
    if (!m_service->say(account, roomId, text, type).isEmpty())
        return {};
    return tr("%1 said \"%2\" in %3").arg(account, text, roomId);
}

QString LocalSimulation::wander(const QString &account)
{
    const QStringList mine = m_service->roomsOf(account);
    QStringList others;
    const QStringList all = m_service->roomIds();
    for (const QString &id : all) {
        const LocalRoomState *state = m_service->room(id);
        if (!mine.contains(id) && state->password.isEmpty())
            others.append(id);
    }
    // Leave only when there is somewhere else to be, so rooms stay lively.
    const bool leaving = mine.size() > 1 && (others.isEmpty() || m_random.bounded(2u) == 0);
    if (leaving) {
        const QString &roomId = pick(mine);
        if (m_service->leave(account, roomId, tr("see you later")).isEmpty())
            return tr("%1 left %2").arg(account, roomId);
        return {};
    }
    if (others.isEmpty())
        return {};
    const QString &roomId = pick(others);
    if (m_service->join(account, roomId).isEmpty())
        return tr("%1 joined %2").arg(account, roomId);
    return {};
}

QString LocalSimulation::toggleNick(const QString &account)
{
    const LocalUser *user = m_service->user(account);
    const QString nick
        = user->nick.endsWith(AwaySuffix) ? user->nick.chopped(AwaySuffix.size()) : user->nick + AwaySuffix;
    if (!m_service->changeNick(account, nick).isEmpty())
        return {};
    return tr("%1 is now known as %2").arg(account, nick);
}

QString LocalSimulation::toggleAway(const QString &account)
{
    const bool away = !m_service->user(account)->away;
    (void)m_service->setAway(account, away);
    return away ? tr("%1 is away").arg(account) : tr("%1 is back").arg(account);
}

QString LocalSimulation::changeTopic(const QString &account)
{
    const QString roomId = pickRoomOf(account);
    if (roomId.isEmpty())
        return {};
    const QString &topic = pick(topics());
    if (!m_service->setTopic(account, roomId, topic).isEmpty())
        return {};
    return tr("%1 set the topic of %2").arg(account, roomId);
}

QString LocalSimulation::talkToBot(const QString &account)
{
    if (m_botAccount.isEmpty() || !m_service->user(m_botAccount))
        return speak(account);
    const QString &text = pick(directLines());
    if (!m_service->say(account, QLatin1Char('@') + m_botAccount, text).isEmpty())
        return {};
    return tr("%1 told the bot \"%2\"").arg(account, text);
}

QString LocalSimulation::pickRoomOf(const QString &account)
{
    const QStringList rooms = m_service->roomsOf(account);
    return rooms.isEmpty() ? QString() : pick(rooms);
}

} // namespace Botdeck::Local
