// Flood control by wire line, against the server whose flood protection
// disconnects: InspIRCd with the connect class Debian ships (threshold 10,
// one command a second, fakelag, an 8 KiB receive queue). It holds a burst
// until its receive queue overflows and then cuts the client off with
// "RecvQ exceeded". A plugin answers three 3 000-character replies at once,
// about 24 lines: paced by line at the default rate the bot stays on and
// every line arrives in order, spaced at the rate; written in a burst (as
// when a reply cost one token however many lines it became) the server
// throws the bot out.
#include "ircintegration.h"

#include "core/bot/bot.h"
#include "core/bot/botplugin.h"
#include "core/bot/pluginmanager.h"
#include "core/sendqueue.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Botdeck;
using namespace Botdeck::Irc;

namespace {

constexpr int Replies = 3;
constexpr int ReplyLength = 3000;

// Reply i: numbered words, so order and completeness can be checked.
QString longReply(int i)
{
    QString text;
    for (int word = 0; text.size() < ReplyLength; ++word)
        text += QStringLiteral("r%1w%2 ").arg(i).arg(word, 4, 10, QLatin1Char('0'));
    return text.left(ReplyLength).trimmed();
}

class LongRepliesPlugin : public BotPlugin
{
public:
    QString name() const override { return QStringLiteral("LongReplies"); }
    QString description() const override { return QStringLiteral("Answers at length"); }
    QList<BotCommand> commands() const override
    {
        BotCommand command;
        command.name = QStringLiteral("long");
        command.description = QStringLiteral("three long replies at once");
        command.handler = [](const CommandCall &call) {
            for (int i = 0; i < Replies; ++i)
                call.reply(longReply(i));
        };
        return {command};
    }
};

} // namespace

class TestIrcPacing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void longRepliesArePacedByLine();
    void aBurstIsCutOff();

private:
    // A bot on the server in channel, answering !long.
    void startBot(const QString &nick, const QString &channel, bool paced);

    std::unique_ptr<IrcServer> m_server;
    std::unique_ptr<IrcBackend> m_backend;
    std::unique_ptr<Bot> m_bot;
};

void TestIrcPacing::initTestCase()
{
    m_server = std::make_unique<IrcServer>(IrcServer::Kind::Inspircd);
    if (const QString missing = m_server->missingReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    m_server->setDebianFloodProtection(true);
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestIrcPacing::cleanup()
{
    m_bot.reset();
    if (m_backend)
        m_backend->disconnectFromService();
    m_backend.reset();
}

void TestIrcPacing::startBot(const QString &nick, const QString &channel, bool paced)
{
    m_bot = std::make_unique<Bot>();
    if (!paced)
        m_bot->setSendRate(0);
    m_bot->addBuiltinPlugins();
    QVERIFY(m_bot->plugins()->add(new LongRepliesPlugin));
    QVariantMap fields = ircFields(m_server->port(), nick);
    fields.insert(QStringLiteral("rooms"), channel);
    m_backend = makeIrcBackend(fields);
    QVERIFY(m_backend);
    // One attempt: a bot the server threw out must not come back mid-test.
    m_backend->setReconnectDelays(std::chrono::minutes(5), std::chrono::minutes(5));
    m_bot->attach(m_backend.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->room(channel) && m_backend->room(channel)->isJoined(), 15000);
}

void TestIrcPacing::longRepliesArePacedByLine()
{
    const QString channel = QStringLiteral("#paced");
    startBot(QStringLiteral("pacedbot"), channel, true);
    const double rate = m_bot->sendRate();
    const int burst = m_bot->sendBurst();
    QVERIFY2(rate > 0 && rate <= 1, "the default must be safe on public networks: at most a line a second");

    IrcTestClient listener;
    QVERIFY(listener.connectAndRegister(m_server->port(), QStringLiteral("listener")));
    listener.send(QStringLiteral("JOIN ") + channel);
    QVERIFY(!listener.waitForCommand(QStringLiteral("JOIN"), channel).command.isEmpty());
    QSignalSpy states(m_backend.get(), &Backend::stateChanged);
    listener.send(QStringLiteral("PRIVMSG %1 :!long").arg(channel));

    QString expected;
    for (int i = 0; i < Replies; ++i)
        expected += longReply(i) + QLatin1Char(' ');
    expected = expected.trimmed();

    QElapsedTimer clock;
    QList<qint64> arrivals;
    QStringList received;
    QString joined;
    while (joined.size() < expected.size()) {
        const IrcMessage line = listener.waitFor(
            [&](const IrcMessage &m) { return m.command == QLatin1String("PRIVMSG") && m.param(0) == channel; }, 20000);
        QVERIFY2(!line.command.isEmpty(), qPrintable(QStringLiteral("after %1 lines: no more").arg(received.size())));
        if (arrivals.isEmpty())
            clock.start();
        arrivals.append(clock.elapsed());
        received.append(line.param(1));
        joined = received.join(u' ');
    }
    // Every line, in order, nothing lost or doubled; the bot still on.
    QCOMPARE(joined, expected);
    QVERIFY2(received.size() > 3 * burst, "the replies must take many lines, or the test shows nothing");
    QVERIFY(m_backend->isConnected());
    QVERIFY2(states.isEmpty(), "the bot was disconnected while answering");
    // Spaced at the rate: after the burst, each line waited for its token.
    // (The first line starts the clock; the bucket held `burst` tokens.)
    const int paced = int(received.size()) - burst;
    const qint64 least = qint64((paced * 1000.0 / rate) * 0.9);
    QVERIFY2(arrivals.last() >= least,
             qPrintable(QStringLiteral("%1 lines in %2 ms; paced at %3/s they need at least %4 ms")
                            .arg(received.size())
                            .arg(arrivals.last())
                            .arg(rate)
                            .arg(least)));
    for (int i = burst + 1; i < arrivals.size(); ++i) {
        const qint64 gap = arrivals.at(i) - arrivals.at(i - 1);
        QVERIFY2(gap >= qint64(1000.0 / rate * 0.5),
                 qPrintable(QStringLiteral("lines %1 and %2 only %3 ms apart").arg(i - 1).arg(i).arg(gap)));
    }
    // And the server is still talking to the bot afterwards.
    listener.send(QStringLiteral("PRIVMSG %1 :!echo still here").arg(channel));
    const IrcMessage echo = listener.waitFor(
        [&](const IrcMessage &m) {
            return m.command == QLatin1String("PRIVMSG") && m.param(1).contains(u"still here");
        },
        15000);
    QVERIFY(!echo.command.isEmpty());
}

void TestIrcPacing::aBurstIsCutOff()
{
    // What the server does to a bot that writes the same replies at once:
    // the proof that the test above would fail without the pacing.
    const QString channel = QStringLiteral("#burst");
    startBot(QStringLiteral("burstbot"), channel, false);
    QSignalSpy errors(m_backend.get(), &Backend::errorOccurred);
    QSignalSpy notices(m_backend.get(), &Backend::serviceNotice);
    IrcTestClient asker;
    QVERIFY(asker.connectAndRegister(m_server->port(), QStringLiteral("asker")));
    asker.send(QStringLiteral("PRIVMSG burstbot :!long"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_backend->isConnected(), 15000);
    QString said;
    for (const QList<QVariant> &e : std::as_const(errors))
        said += e.first().toString() + QLatin1Char('\n');
    for (const QList<QVariant> &n : std::as_const(notices))
        said += n.first().toString() + QLatin1Char('\n');
    QVERIFY2(said.contains(QStringLiteral("RecvQ exceeded")), qPrintable(said));
}

QTEST_GUILESS_MAIN(TestIrcPacing)
#include "tst_ircpacing.moc"
