// How the bot recognises commands, runs them and answers, on the local
// backend: prefixes, addressing, quoting, regex commands, streamed and late
// replies, time limits, splitting, suggestions, rate limiting.
#include "botfixture.h"

#include "backends/local/localbackend.h"
#include "backends/local/localservice.h"

#include "core/bot/botplugin.h"
#include "core/bot/pluginmanager.h"
#include "core/sendqueue.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>

using namespace Botdeck;

namespace {

class TestPlugin : public BotPlugin
{
public:
    QString name() const override { return QStringLiteral("Test"); }
    QString description() const override { return QStringLiteral("commands for the dispatcher tests"); }

    QList<BotCommand> commands() const override
    {
        QList<BotCommand> list;
        list.append(BotCommand::simple(QStringLiteral("args"), {}, {},
                                       [](const CommandCall &call) { return call.arguments().join(u'|'); }));
        BotCommand stream;
        stream.name = QStringLiteral("stream");
        stream.handler = [](const CommandCall &call) {
            for (int i = 1; i <= 3; ++i)
                call.reply(QString::number(i));
        };
        list.append(stream);
        BotCommand worker;
        worker.name = QStringLiteral("slow");
        worker.handler = [this](const CommandCall &call) {
            call.defer();
            QThread *thread = QThread::create([call, this] {
                release.acquire();
                call.reply(QStringLiteral("worker 1"));
                call.reply(QStringLiteral("worker 2"));
                call.finish();
            });
            QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
            thread->start();
        };
        list.append(worker);
        BotCommand never;
        never.name = QStringLiteral("never");
        never.handler = [this](const CommandCall &call) {
            call.defer();
            pending = call;
        };
        list.append(never);
        list.append(BotCommand::simple(QStringLiteral("long"), {}, {}, [](const CommandCall &call) {
            const QString word = call.arguments()
                                     .value(0, QStringLiteral("word"))
                                     .repeated(call.arguments().value(2, QStringLiteral("1")).toInt());
            QStringList words;
            for (int i = 0; i < call.arguments().value(1, QStringLiteral("1000")).toInt(); ++i)
                words.append(word);
            return words.join(u' ');
        }));
        list.append(BotCommand::simple(QStringLiteral("boom"), {}, {}, [](const CommandCall &) -> QString {
            throw std::runtime_error("the flux capacitor broke");
        }));
        list.append(BotCommand::simple(QStringLiteral("multi word"), {}, {}, [](const CommandCall &call) {
            return QStringLiteral("mw:") + call.argumentText();
        }));
        BotCommand ping;
        ping.name = QStringLiteral("ping");
        ping.pattern = QRegularExpression(QStringLiteral("\\bping\\b"));
        ping.handler = [](const CommandCall &call) { call.reply(QStringLiteral("pong")); };
        list.append(ping);
        return list;
    }

    void handleMessage(Backend *, const Message &message) override { seen.append(message.body()); }
    void handleRoomJoined(Room *room) override { joined.append(room->id()); }

    mutable QSemaphore release;
    mutable CommandCall pending;
    QStringList seen;
    QStringList joined;
};

} // namespace

class TestBotDispatch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BotFixture> f;
    TestPlugin *plugin = nullptr;

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<BotFixture>();
        f->bot.addBuiltinPlugins();
        plugin = new TestPlugin;
        QVERIFY(f->bot.plugins()->add(plugin).isOk());
        QVERIFY(f->start());
    }
    void cleanup() { f.reset(); }

    void prefixedCommandInRoom()
    {
        QCOMPARE(f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!echo hi there")),
                 QStringLiteral("hi there"));
        QVERIFY(f->sent.constLast().to().isRoom());
        QCOMPARE(f->sent.constLast().to().room(), QStringLiteral("#lobby"));
    }

    void alternativeAndCustomPrefixes()
    {
        f->bot.setPrefix(QStringLiteral("$"));
        f->bot.setAlternativePrefixes({QStringLiteral("?"), QStringLiteral("bot ")});
        QCOMPARE(f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("$echo a")),
                 QStringLiteral("a"));
        QCOMPARE(f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("?echo b")),
                 QStringLiteral("b"));
        QCOMPARE(f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("bot echo c")),
                 QStringLiteral("c"));
        // The old prefix means nothing now: only the marker is answered.
        const qsizetype before = f->sent.size();
        QVERIFY(f->say(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!echo old")));
        QCOMPARE(f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("$echo marker")),
                 QStringLiteral("marker"));
        QCOMPARE(f->sent.size(), before + 1);
    }

    void addressingByName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("answered");
        QTest::newRow("colon") << QStringLiteral("botdeck: echo hi") << true;
        QTest::newRow("comma") << QStringLiteral("botdeck, echo hi") << true;
        QTest::newRow("other case") << QStringLiteral("BotDeck: echo hi") << true;
        QTest::newRow("no separator") << QStringLiteral("botdeck echo hi") << false;
        QTest::newRow("someone else") << QStringLiteral("botdeckx: echo hi") << false;
        QTest::newRow("plain talk") << QStringLiteral("echo hi") << false;
    }

    void addressingByName()
    {
        QFETCH(QString, text);
        QFETCH(bool, answered);
        if (answered)
            QCOMPARE(f->ask(QStringLiteral("bob"), QStringLiteral("#lobby"), text), QStringLiteral("hi"));
        else
            QVERIFY(f->staysQuiet(QStringLiteral("bob"), QStringLiteral("#lobby"), text));
    }

    void directMessagesNeedNoPrefix()
    {
        QCOMPARE(f->ask(QStringLiteral("carol"), QString(), QStringLiteral("echo private")), QStringLiteral("private"));
        const Message reply = f->sent.constLast();
        QVERIFY(reply.isDirect());
        QCOMPARE(reply.to().person(), QStringLiteral("@carol"));
        QCOMPARE(f->ask(QStringLiteral("carol"), QString(), QStringLiteral("!echo prefixed")),
                 QStringLiteral("prefixed"));
    }

    void quotingFollowsTheShell()
    {
        QCOMPARE(f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"),
                        QStringLiteral("!args one \"two three\" 'four \"five\"' six\\ seven \"\"")),
                 QStringLiteral("one|two three|four \"five\"|six seven|"));
        const QString error = f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!args \"open"));
        QVERIFY2(error.contains(QStringLiteral("not closed")), qPrintable(error));
    }

    void multiWordCommandsWin()
    {
        QCOMPARE(f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!multi word  rest of it")),
                 QStringLiteral("mw:rest of it"));
    }

    void regexCommandsMatchAnywhere()
    {
        QCOMPARE(f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("so I said ping to him")),
                 QStringLiteral("pong"));
        QVERIFY(f->staysQuiet(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("pingpong")));
    }

    void streamedRepliesKeepTheirOrder()
    {
        const qsizetype before = f->sent.size();
        QVERIFY(f->say(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!stream")));
        QVERIFY(f->waitForSent(int(before + 3)));
        QCOMPARE(f->sent.at(before).body(), QStringLiteral("1"));
        QCOMPARE(f->sent.at(before + 1).body(), QStringLiteral("2"));
        QCOMPARE(f->sent.at(before + 2).body(), QStringLiteral("3"));
    }

    void slowCommandsDoNotBlockOthers()
    {
        QSignalSpy finished(&f->bot, &Bot::commandFinished);
        QVERIFY(f->say(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!slow")));
        // The worker waits; meanwhile the bot answers someone else.
        QCOMPARE(f->ask(QStringLiteral("bob"), QStringLiteral("#lobby"), QStringLiteral("!echo quick")),
                 QStringLiteral("quick"));
        const qsizetype before = f->sent.size();
        plugin->release.release();
        QVERIFY(f->waitForSent(int(before + 2)));
        QCOMPARE(f->sent.at(before).body(), QStringLiteral("worker 1"));
        QCOMPARE(f->sent.at(before + 1).body(), QStringLiteral("worker 2"));
        QTRY_VERIFY(std::any_of(finished.cbegin(), finished.cend(), [](const QList<QVariant> &args) {
            return args.at(1).toString() == QLatin1String("slow");
        }));
    }

    void commandsThatNeverFinishTimeOut()
    {
        f->bot.setCommandTimeout(std::chrono::milliseconds(200));
        QSignalSpy warnings(&f->bot, &Bot::warningIssued);
        const QString reply = f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!never"));
        QVERIFY2(reply.contains(QStringLiteral("timed out")), qPrintable(reply));
        QVERIFY(plugin->pending.isFinished());
        // A reply that comes too late is dropped, loudly.
        const qsizetype before = f->sent.size();
        plugin->pending.reply(QStringLiteral("too late"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.constFirst().constFirst().toString().contains(QStringLiteral("too late")));
        QCOMPARE(f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!echo after")),
                 QStringLiteral("after"));
        QCOMPARE(f->sent.size(), before + 1);
    }

    void longRepliesAreSplitAtWordsWithinTheLimit_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("count");
        QTest::newRow("ascii") << QStringLiteral("lorem") << 1000;
        QTest::newRow("three-byte characters") << QStringLiteral("日本語") << 700;
        QTest::newRow("emoji (surrogate pairs)") << QStringLiteral("🤖🤖🤖") << 400;
        QTest::newRow("one long word") << QStringLiteral("x") << 1;
    }

    void longRepliesAreSplitAtWordsWithinTheLimit()
    {
        QFETCH(QString, word);
        QFETCH(int, count);
        const qsizetype before = f->sent.size();
        // One word of 3 000 bytes has to be cut between characters.
        const int repeat = count == 1 ? 3000 : 1;
        QVERIFY(f->say(QStringLiteral("alice"), QStringLiteral("#lobby"),
                       QStringLiteral("!long %1 %2 %3").arg(word).arg(count).arg(repeat)));
        word = word.repeated(repeat);
        // Every piece within the limit, no word cut, nothing lost.
        const auto complete = [&] {
            QStringList words;
            for (qsizetype i = before; i < f->sent.size(); ++i)
                words += f->sent.at(i).body().split(u' ', Qt::SkipEmptyParts);
            return count == 1 ? words.join(QString()) == word : words.size() == count;
        };
        QVERIFY(QTest::qWaitFor(complete, 5000));
        QVERIFY(f->sent.size() - before >= 2);
        for (qsizetype i = before; i < f->sent.size(); ++i) {
            const QString body = f->sent.at(i).body();
            QVERIFY(body.toUtf8().size() <= f->backend->maxMessageSize());
            QVERIFY(!body.isEmpty() && !body.at(body.size() - 1).isHighSurrogate());
            if (count > 1) {
                const QStringList words = body.split(u' ');
                for (const QString &w : words)
                    QCOMPARE(w, word);
            }
        }
    }

    void unknownCommandsGetSuggestions()
    {
        const QString close = f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!ecko hi"));
        QVERIFY2(close.contains(QStringLiteral("!echo")), qPrintable(close));
        const QString far = f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!zzqqxx"));
        QVERIFY2(far.contains(QStringLiteral("!help")), qPrintable(far));
        f->bot.setRepliesToUnknownCommandsInRooms(false);
        QVERIFY(f->staysQuiet(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!ecko hi")));
        // Direct messages always get an answer.
        QVERIFY(f->ask(QStringLiteral("alice"), QString(), QStringLiteral("ecko")).contains(QStringLiteral("echo")));
    }

    void theBotIgnoresItself()
    {
        const qsizetype before = f->sent.size();
        f->backend->sendText(f->room(QStringLiteral("#lobby")), QStringLiteral("!echo myself"));
        QVERIFY(f->waitForSent(int(before + 1)));
        QCOMPARE(f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!echo marker")),
                 QStringLiteral("marker"));
        QCOMPARE(f->sent.size(), before + 2);
    }

    void aFailingHandlerIsReported()
    {
        const QString reply = f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!boom"));
        QVERIFY2(reply.contains(QStringLiteral("flux capacitor")), qPrintable(reply));
        QCOMPARE(f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!echo alive")),
                 QStringLiteral("alive"));
    }

    void adminOnlyCommandsAndSpoofing()
    {
        AccessControl acl;
        acl.setAdmins({QStringLiteral("@alice")});
        f->bot.setAccessControl(acl);
        const QString refused
            = f->ask(QStringLiteral("bob"), QStringLiteral("#lobby"), QStringLiteral("!plugin deactivate Utils"));
        QVERIFY2(refused.startsWith(QStringLiteral("You may not run plugin deactivate")), qPrintable(refused));
        QVERIFY(f->bot.plugins()->isActive(QStringLiteral("Utils")));

        // bob takes alice's nick once she has changed hers: the nick is the
        // same, the person is not.
        Local::LocalService *service = static_cast<Local::LocalBackend *>(f->backend)->service();
        QVERIFY(service->changeNick(QStringLiteral("alice"), QStringLiteral("alice|away")).isEmpty());
        QVERIFY(service->changeNick(QStringLiteral("bob"), QStringLiteral("alice")).isEmpty());
        const QString spoofed
            = f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!plugin deactivate Utils"));
        QVERIFY2(spoofed.startsWith(QStringLiteral("You may not run")), qPrintable(spoofed));
        QVERIFY2(spoofed.contains(QStringLiteral("@bob")), qPrintable(spoofed));
        QVERIFY(service->changeNick(QStringLiteral("bob"), QStringLiteral("bob")).isEmpty());
        QVERIFY(service->changeNick(QStringLiteral("alice"), QStringLiteral("alice")).isEmpty());

        const QString allowed
            = f->ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!plugin deactivate Test"));
        QCOMPARE(allowed, QStringLiteral("Test is inactive."));
        QVERIFY(!f->bot.plugins()->isActive(QStringLiteral("Test")));
    }

    void theOperatorIsAnAdminAndAnswersGoToTheConversation()
    {
        AccessControl acl;
        acl.setDenyByDefault(true);
        f->bot.setAccessControl(acl);
        const qsizetype before = f->sent.size();
        // Said in the room (the console's /say), the answer goes to the room.
        f->bot.runAsOperator(f->backend, f->room(QStringLiteral("#dev")), QStringLiteral("!echo from the console"),
                             Bot::OperatorAnswers::InConversation);
        QVERIFY(f->waitForSent(int(before + 1)));
        QCOMPARE(f->sent.at(before).body(), QStringLiteral("from the console"));
        QCOMPARE(f->sent.at(before).to().room(), QStringLiteral("#dev"));
        // By default it is the operator's alone: nothing is sent.
        QSignalSpy answered(&f->bot, &Bot::operatorAnswered);
        f->bot.runAsOperator(f->backend, f->room(QStringLiteral("#dev")), QStringLiteral("!whoami"));
        QTRY_COMPARE(answered.count(), 1);
        QCOMPARE(answered.first().at(1).value<Identifier>().room(), QStringLiteral("#dev"));
        QVERIFY(answered.first().at(2).toString().contains(QStringLiteral("console")));
        QCOMPARE(f->sent.size(), before + 1);
        // The same command from a person is denied by default.
        QVERIFY(f->ask(QStringLiteral("carol"), QStringLiteral("#dev"), QStringLiteral("!echo x"))
                    .startsWith(QStringLiteral("You may not run echo")));
    }

    void repliesArePacedByTheSendQueue()
    {
        f->bot.setSendRate(10);
        f->bot.setSendBurst(1);
        QElapsedTimer clock;
        const qsizetype before = f->sent.size();
        QVERIFY(f->say(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!stream")));
        QVERIFY(f->waitForSent(int(before + 1)));
        clock.start();
        QVERIFY(f->waitForSent(int(before + 3)));
        // Three replies at 10/s with a burst of 1: at least two gaps of 100 ms.
        QVERIFY2(clock.elapsed() >= 150, qPrintable(QString::number(clock.elapsed())));
    }

    void repliesWaitForAReconnect()
    {
        f->backend->disconnectFromService();
        QVERIFY(f->backend->state() == Backend::State::Disconnected);
        Message reply(f->backend->buildIdentifier(QStringLiteral("@dave")).value(), QStringLiteral("kept for later"));
        f->bot.send(f->backend, reply);
        // A reply to a room waits until the room is joined again, too.
        f->bot.send(f->backend, Message(f->room(QStringLiteral("#dev")), QStringLiteral("for the room")));
        QCOMPARE(f->backend->sendQueue()->pendingCount(), 2);
        const qsizetype before = f->sent.size();
        QVERIFY(f->start());
        QVERIFY(f->waitForSent(int(before + 2)));
        QCOMPARE(f->sent.at(before).body(), QStringLiteral("kept for later"));
        QCOMPARE(f->sent.at(before + 1).body(), QStringLiteral("for the room"));
        QCOMPARE(f->sent.at(before + 1).to().room(), QStringLiteral("#dev"));
    }

    void pluginsSeeMessagesAndRooms()
    {
        QVERIFY(plugin->joined.contains(QStringLiteral("#lobby")));
        QVERIFY(f->say(QStringLiteral("erin"), QStringLiteral("#lobby"), QStringLiteral("just chatting")));
        QTRY_VERIFY(plugin->seen.contains(QStringLiteral("just chatting")));
    }
};

QTEST_GUILESS_MAIN(TestBotDispatch)
#include "tst_botdispatch.moc"
