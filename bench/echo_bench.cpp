// End-to-end echo benchmark against a real server: starts ngircd or
// Prosody with a throw-away configuration (the test fixtures), the headless
// bot as a separate process, and a client that plays a person in a room.
// It sends N "!echo" lines back to back (pipelined), then M one at a time,
// and prints replies per second, p50/p99 latency, and the bot's peak RSS
// and CPU seconds. Run through bench/irc-echo or bench/xmpp-echo.
#include "ircserver.h"
#include "prosodyfixture.h"

#include "backends/builtinbackends.h"
#include "core/backend.h"
#include "core/backendregistry.h"
#include "core/room.h"
#include "core/sendqueue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <unistd.h>

using namespace Botdeck;

namespace {

QTextStream out(stdout);

struct Target
{
    QStringList botArguments;
    QProcessEnvironment botEnvironment = QProcessEnvironment::systemEnvironment();
    QString backend;
    QVariantMap clientSettings;
    QString room;
};

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return double(values.at(index)) / 1000.0; // microseconds to milliseconds
}

// VmHWM (peak resident set) in KiB and user+system CPU seconds of pid.
std::pair<qint64, double> processCost(qint64 pid)
{
    qint64 peak = 0;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                peak = line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    double cpu = 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name.
        if (fields.size() > 13)
            cpu = double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return {peak, cpu};
}

// Waits in a real event loop (QTest::qWaitFor sleeps in 10 ms slices,
// which would swamp the latencies measured here); wake() ends the wait as
// soon as done() holds.
class Waiter
{
public:
    bool waitUntil(std::function<bool()> done, int timeoutMs)
    {
        if (done())
            return true;
        m_done = std::move(done);
        QTimer::singleShot(timeoutMs, &m_loop, &QEventLoop::quit);
        m_loop.exec();
        const bool result = m_done();
        m_done = nullptr;
        return result;
    }
    void wake()
    {
        if (m_done && m_done())
            m_loop.quit();
    }

private:
    QEventLoop m_loop;
    std::function<bool()> m_done;
};

int run(const Target &target, int pipelined, int sequential)
{
    QTemporaryDir data;
    QProcess bot;
    bot.setProcessEnvironment(target.botEnvironment);
    bot.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    bot.setStandardOutputFile(QProcess::nullDevice());
    bot.start(QStringLiteral(BOTDECK_BINARY),
              target.botArguments
                  + QStringList{QStringLiteral("--headless"), QStringLiteral("--send-rate"), QStringLiteral("0"),
                                QStringLiteral("--data-dir"), data.path(), QStringLiteral("--log-level"),
                                QStringLiteral("warning")});
    if (!bot.waitForStarted()) {
        out << "cannot start botdeck" << Qt::endl;
        return 1;
    }

    BackendRegistry registry;
    registerBuiltinBackends(registry);
    const Result<BackendSettings> settings = registry.settings(target.backend, target.clientSettings);
    if (!settings) {
        out << settings.error() << Qt::endl;
        return 1;
    }
    std::unique_ptr<Backend> client(registry.create(target.backend));
    client->sendQueue()->setRate(0);
    client->connectToService(settings.value());
    if (!QTest::qWaitFor([&] { return client->isConnected(); }, 20000)) {
        out << "the client could not connect" << Qt::endl;
        return 1;
    }
    const Result<Room *> room = client->joinRoom(target.room);
    if (!room || !QTest::qWaitFor([&] { return room.value()->isJoined(); }, 20000)
        || !QTest::qWaitFor([&] { return room.value()->hasOccupant(QStringLiteral("echobot")); }, 20000)) {
        out << "the client and the bot did not meet in " << target.room << Qt::endl;
        return 1;
    }

    Waiter waiter;
    QHash<QString, qint64> sentAt;
    QList<qint64> latencies;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(client.get(), &Backend::messageReceived, client.get(), [&](const Message &message) {
        if (message.from().nick() != QLatin1String("echobot"))
            return;
        const auto it = sentAt.constFind(message.body());
        if (it != sentAt.constEnd()) {
            latencies.append(clock.nsecsElapsed() / 1000 - *it);
            sentAt.erase(it);
            waiter.wake();
        }
    });
    const auto send = [&](const QString &token) {
        sentAt.insert(token, clock.nsecsElapsed() / 1000);
        client->sendText(room.value()->identifier(), QStringLiteral("!echo ") + token);
    };

    // Pipelined: everything at once, then wait for every reply.
    const qint64 pipelineStart = clock.nsecsElapsed();
    for (int i = 0; i < pipelined; ++i)
        send(QStringLiteral("p%1").arg(i));
    const bool allPipelined = waiter.waitUntil([&] { return latencies.size() == pipelined; }, 120000);
    const double pipelineSeconds = double(clock.nsecsElapsed() - pipelineStart) / 1e9;
    const QList<qint64> pipelineLatencies = latencies;

    // One at a time: the round trip a person sees.
    latencies.clear();
    for (int i = 0; i < sequential; ++i) {
        send(QStringLiteral("s%1").arg(i));
        if (!waiter.waitUntil([&] { return latencies.size() == i + 1; }, 10000))
            break;
    }
    const auto [peakKiB, cpuSeconds] = processCost(bot.processId());

    out << "backend: " << target.backend << Qt::endl;
    out << "pipelined: " << pipelineLatencies.size() << "/" << pipelined << " replies in " << pipelineSeconds
        << " s = " << double(pipelineLatencies.size()) / pipelineSeconds << " replies/s; latency p50 "
        << percentile(pipelineLatencies, 0.5) << " ms, p99 " << percentile(pipelineLatencies, 0.99) << " ms"
        << Qt::endl;
    out << "one at a time: " << latencies.size() << "/" << sequential << " replies; latency p50 "
        << percentile(latencies, 0.5) << " ms, p99 " << percentile(latencies, 0.99) << " ms" << Qt::endl;
    out << "bot: peak RSS " << double(peakKiB) / 1024.0 << " MiB, CPU " << cpuSeconds << " s" << Qt::endl;

    client->disconnectFromService();
    bot.terminate();
    bot.waitForFinished(15000);
    return allPipelined && latencies.size() == sequential ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 2 || (arguments.at(1) != QLatin1String("irc") && arguments.at(1) != QLatin1String("xmpp"))) {
        out << "usage: echo_bench irc|xmpp [pipelined=10000] [one-at-a-time=1000]" << Qt::endl;
        return 2;
    }
    const int pipelined = arguments.value(2, QStringLiteral("10000")).toInt();
    const int sequential = arguments.value(3, QStringLiteral("1000")).toInt();

    Target target;
    if (arguments.at(1) == QLatin1String("irc")) {
        IrcServer server(IrcServer::Kind::Ngircd);
        if (!server.missingReason().isEmpty() || !server.start()) {
            out << "cannot start ngircd: " << server.missingReason() << server.error() << Qt::endl;
            return 1;
        }
        target.backend = QStringLiteral("irc");
        target.room = QStringLiteral("#bench");
        target.botArguments = {QStringLiteral("--backend"), QStringLiteral("irc"),
                               QStringLiteral("--host"),    QStringLiteral("127.0.0.1"),
                               QStringLiteral("--port"),    QString::number(server.port()),
                               QStringLiteral("--nick"),    QStringLiteral("echobot"),
                               QStringLiteral("--join"),    target.room};
        target.clientSettings = {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                 {QStringLiteral("port"), server.port()},
                                 {QStringLiteral("nick"), QStringLiteral("human")},
                                 {QStringLiteral("rooms"), QString()}};
        return run(target, pipelined, sequential);
    }

    ProsodyFixture prosody;
    if (!ProsodyFixture::missing().isEmpty() || !prosody.start()
        || !prosody.registerUser(QStringLiteral("echobot"), QStringLiteral("bench-bot-pw"))
        || !prosody.registerUser(QStringLiteral("human"), QStringLiteral("bench-human-pw"))) {
        out << "cannot start prosody: " << ProsodyFixture::missing() << prosody.error() << Qt::endl;
        return 1;
    }
    target.backend = QStringLiteral("xmpp");
    target.room = QStringLiteral("bench@conference.localhost");
    target.botEnvironment.insert(QStringLiteral("BOTDECK_PASSWORD"), QStringLiteral("bench-bot-pw"));
    target.botArguments = {QStringLiteral("--backend"),
                           QStringLiteral("xmpp"),
                           QStringLiteral("--jid"),
                           QStringLiteral("echobot@localhost"),
                           QStringLiteral("--host"),
                           QStringLiteral("127.0.0.1"),
                           QStringLiteral("--port"),
                           QString::number(prosody.c2sPort()),
                           QStringLiteral("--trusted-fingerprint"),
                           prosody.fingerprint(),
                           QStringLiteral("--nick"),
                           QStringLiteral("echobot"),
                           QStringLiteral("--join"),
                           target.room};
    target.clientSettings = {{QStringLiteral("jid"), QStringLiteral("human@localhost")},
                             {QStringLiteral("password"), QStringLiteral("bench-human-pw")},
                             {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                             {QStringLiteral("port"), prosody.c2sPort()},
                             {QStringLiteral("trusted-fingerprint"), prosody.fingerprint()},
                             {QStringLiteral("nick"), QStringLiteral("human")}};
    return run(target, pipelined, sequential);
}
