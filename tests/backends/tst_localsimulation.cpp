// LocalSimulation: reproducible simulated people, on demand and on a timer.

#include "backends/local/localservice.h"
#include "backends/local/localsimulation.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Botdeck;
using namespace Botdeck::Local;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QString BotAccount = QStringLiteral("botdeck");

// A populated service with the bot logged in and sitting in #lobby and #dev,
// as the local backend leaves it.
std::unique_ptr<LocalService> makeService()
{
    auto service = std::make_unique<LocalService>();
    service->populate();
    if (!service->addUser({BotAccount, s("botdeck"), s("Botdeck"), s("botdeck")}).isEmpty())
        return nullptr;
    if (!service->join(BotAccount, s("#lobby")).isEmpty() || !service->join(BotAccount, s("#dev")).isEmpty())
        return nullptr;
    return service;
}

QStringList run(LocalSimulation &simulation, int steps)
{
    QStringList events;
    for (int i = 0; i < steps; ++i)
        events.append(simulation.step());
    return events;
}

// Everything observable about a service, to compare two of them.
QString snapshot(const LocalService &service)
{
    QStringList lines;
    const QList<LocalUser> users = service.users();
    for (const LocalUser &user : users)
        lines.append(QStringLiteral("%1 %2 %3").arg(user.account, user.nick).arg(user.away));
    const QStringList rooms = service.roomIds();
    for (const QString &id : rooms) {
        const LocalRoomState *state = service.room(id);
        QStringList members;
        for (const QString &member : state->members)
            members.append(member);
        lines.append(QStringLiteral("%1 [%2] %3 %4").arg(id, state->topic, state->topicSetBy, members.join(u',')));
    }
    return lines.join(u'\n');
}

} // namespace

class TestLocalSimulation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameEvents()
    {
        auto first = makeService();
        auto second = makeService();
        QVERIFY(first && second);
        LocalSimulation a(first.get(), BotAccount);
        LocalSimulation b(second.get(), BotAccount);
        a.setSeed(1234);
        b.setSeed(1234);

        const QStringList eventsA = run(a, 500);
        const QStringList eventsB = run(b, 500);
        QCOMPARE(eventsA.size(), 500);
        QCOMPARE(eventsA, eventsB);
        QCOMPARE(snapshot(*first), snapshot(*second));
        // Something happened, and of more than one kind.
        QVERIFY(snapshot(*first) != snapshot(*makeService()));
        QVERIFY(eventsA.filter(s(" said ")).size() > 100);
        QVERIFY(!eventsA.filter(s(" joined ")).isEmpty());
        QVERIFY(!eventsA.filter(s(" left ")).isEmpty());
        QVERIFY(!eventsA.filter(s(" is now known as ")).isEmpty());
        QVERIFY(!eventsA.filter(s(" is away")).isEmpty());
        QVERIFY(!eventsA.filter(s(" set the topic of ")).isEmpty());
        QVERIFY(!eventsA.filter(s(" told the bot ")).isEmpty());
    }

    void differentSeedDifferentEvents()
    {
        auto first = makeService();
        auto second = makeService();
        QVERIFY(first && second);
        LocalSimulation a(first.get(), BotAccount);
        LocalSimulation b(second.get(), BotAccount);
        a.setSeed(1234);
        b.setSeed(4321);
        const QStringList eventsA = run(a, 500);
        const QStringList eventsB = run(b, 500);
        QVERIFY(eventsA != eventsB);
        QVERIFY(snapshot(*first) != snapshot(*second));
    }

    void everyStepIsOneEvent()
    {
        auto service = makeService();
        QVERIFY(service);
        LocalSimulation simulation(service.get(), BotAccount);
        simulation.setSeed(99);
        QSignalSpy said(service.get(), &LocalService::said);
        QSignalSpy joined(service.get(), &LocalService::joined);
        QSignalSpy left(service.get(), &LocalService::left);
        QSignalSpy nick(service.get(), &LocalService::nickChanged);
        QSignalSpy away(service.get(), &LocalService::awayChanged);
        QSignalSpy topic(service.get(), &LocalService::topicChanged);
        QSignalSpy created(service.get(), &LocalService::roomCreated);
        QSignalSpy destroyed(service.get(), &LocalService::roomDestroyed);
        QSignalSpy invited(service.get(), &LocalService::invited);
        for (int i = 0; i < 500; ++i) {
            const QString event = simulation.step();
            QVERIFY2(!event.isEmpty(), qPrintable(QStringLiteral("step %1 did nothing").arg(i)));
            const qsizetype total = said.count() + joined.count() + left.count() + nick.count() + away.count()
                + topic.count() + created.count() + destroyed.count() + invited.count();
            QCOMPARE(total, qsizetype(i + 1));
        }
        QCOMPARE(created.count(), 0);
        QCOMPARE(destroyed.count(), 0);
        QCOMPARE(invited.count(), 0);
    }

    void neverTouchesTheBot()
    {
        auto service = makeService();
        QVERIFY(service);
        QCOMPARE(service->setTopic(BotAccount, s("#dev"), s("the bot's topic")), QString());
        const QStringList botRooms = service->roomsOf(BotAccount);
        LocalSimulation simulation(service.get(), BotAccount);
        simulation.setSeed(2024);

        QSignalSpy said(service.get(), &LocalService::said);
        QSignalSpy joined(service.get(), &LocalService::joined);
        QSignalSpy left(service.get(), &LocalService::left);
        QSignalSpy nick(service.get(), &LocalService::nickChanged);
        QSignalSpy away(service.get(), &LocalService::awayChanged);
        QSignalSpy topic(service.get(), &LocalService::topicChanged);
        (void)run(simulation, 2000);

        const LocalUser *bot = service->user(BotAccount);
        QVERIFY(bot);
        QCOMPARE(bot->nick, s("botdeck"));
        QVERIFY(!bot->away);
        QCOMPARE(service->roomsOf(BotAccount), botRooms);

        int toBot = 0;
        for (const QList<QVariant> &args : said) {
            QVERIFY(args.at(0).toString() != BotAccount);
            if (args.at(1).toString() == u'@' + BotAccount)
                ++toBot;
        }
        QVERIFY(toBot > 0);
        QVERIFY(!said.isEmpty() && !joined.isEmpty() && !left.isEmpty() && !nick.isEmpty() && !away.isEmpty()
                && !topic.isEmpty());
        for (const QList<QVariant> &args : joined)
            QVERIFY(args.at(1).toString() != BotAccount);
        for (const QList<QVariant> &args : left)
            QVERIFY(args.at(1).toString() != BotAccount);
        for (const QList<QVariant> &args : nick)
            QVERIFY(args.at(0).toString() != BotAccount);
        for (const QList<QVariant> &args : away)
            QVERIFY(args.at(0).toString() != BotAccount);
        for (const QList<QVariant> &args : topic)
            QVERIFY(args.at(2).toString() != BotAccount);
    }

    void keepsOutOfPasswordRooms()
    {
        auto service = makeService();
        QVERIFY(service);
        LocalSimulation simulation(service.get(), BotAccount);
        simulation.setSeed(5);
        QSignalSpy joined(service.get(), &LocalService::joined);
        (void)run(simulation, 1000);
        QVERIFY(!joined.isEmpty());
        for (const QList<QVariant> &args : joined)
            QVERIFY2(args.at(0).toString() != s("#vault"), qPrintable(args.at(1).toString()));
    }

    void nobodyToPlay()
    {
        LocalService empty;
        LocalSimulation simulation(&empty, BotAccount);
        QCOMPARE(simulation.step(), QString());

        LocalService onlyBot;
        QCOMPARE(onlyBot.addUser({BotAccount, s("botdeck"), s("Botdeck"), s("botdeck")}), QString());
        QCOMPARE(onlyBot.join(BotAccount, s("#lobby")), QString());
        LocalSimulation botOnly(&onlyBot, BotAccount);
        QSignalSpy said(&onlyBot, &LocalService::said);
        QCOMPARE(botOnly.step(), QString());
        QCOMPARE(said.count(), 0);
    }

    void rateStartStop()
    {
        auto service = makeService();
        QVERIFY(service);
        LocalSimulation simulation(service.get(), BotAccount);
        QCOMPARE(simulation.rate(), 0.0);
        QVERIFY(!simulation.isRunning());
        // Without a rate there is nothing to run.
        simulation.start();
        QVERIFY(!simulation.isRunning());

        simulation.setRate(10);
        QCOMPARE(simulation.rate(), 10.0);
        QVERIFY(!simulation.isRunning());
        simulation.start();
        QVERIFY(simulation.isRunning());
        simulation.stop();
        QVERIFY(!simulation.isRunning());
        QCOMPARE(simulation.rate(), 10.0);

        simulation.start();
        QVERIFY(simulation.isRunning());
        simulation.setRate(0);
        QVERIFY(!simulation.isRunning());
        QCOMPARE(simulation.rate(), 0.0);

        simulation.setRate(-3);
        QCOMPARE(simulation.rate(), 0.0);
        simulation.start();
        QVERIFY(!simulation.isRunning());
    }

    void eventsHappenOnTheTimer()
    {
        auto service = makeService();
        QVERIFY(service);
        LocalSimulation simulation(service.get(), BotAccount);
        simulation.setSeed(31337);
        simulation.setRate(200);
        QSignalSpy said(service.get(), &LocalService::said);
        QVERIFY(said.isEmpty());
        simulation.start();
        QVERIFY(said.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(said.count() >= 5, 5000);
        simulation.stop();
        said.clear();
        // Stopped means stopped: at 200 events a second, 100 ms would bring several.
        QVERIFY(!said.wait(100));
        QVERIFY(said.isEmpty());
    }

    void timerEventsFollowTheSeed()
    {
        auto first = makeService();
        auto second = makeService();
        QVERIFY(first && second);
        LocalSimulation timed(first.get(), BotAccount);
        LocalSimulation stepped(second.get(), BotAccount);
        timed.setSeed(77);
        stepped.setSeed(77);
        QSignalSpy timedSaid(first.get(), &LocalService::said);
        QSignalSpy steppedSaid(second.get(), &LocalService::said);
        timed.setRate(500);
        timed.start();
        QTRY_VERIFY_WITH_TIMEOUT(timedSaid.count() >= 10, 5000);
        timed.stop();
        while (steppedSaid.count() < timedSaid.count())
            (void)stepped.step();
        // The same people said the same things in the same places.
        QCOMPARE(QList<QList<QVariant>>(steppedSaid), QList<QList<QVariant>>(timedSaid));
    }
};

QTEST_GUILESS_MAIN(TestLocalSimulation)
#include "tst_localsimulation.moc"
