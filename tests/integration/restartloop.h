#pragma once

// The fault-injection loop shared by the IRC and XMPP restart suites: a real
// server is killed with SIGKILL mid-conversation and started again on the
// same port, over and over, while a client keeps sending commands to an
// in-process Bot on the real backend. The bot must reconnect, rejoin, and
// answer every command exactly once.
//
// Every command carries a unique tag (b: burst, d: deferred, s: stream,
// f: final) and its reply is the tag itself, so each tag can be counted at
// five points: sent by the client; received by the bot (messageReceived);
// replied by the bot (Bot::replyQueued: one reply made); written by the bot
// (messageSent: handed to the connection, or with IRCv3 echo-message
// confirmed by the server's echo, which can reach the bot after the client
// heard the reply: a burst is over when both have happened); heard by the
// client.
//
// "Exactly one reply" means:
//  1. Nothing twice: no tag is received, replied, written or heard more
//     than once.
//  2. Every command the bot received got exactly one reply: replied ==
//     received for every tag, replies made while offline included; and
//     written == replied, except that a server echo (echo-message) that a
//     kill swallowed may leave written at 0 for a reply that could be lost
//     anyway (not for the ones that must arrive).
//  3. Nothing heard that the bot did not reply: heard <= replied.
//  4. Must arrive (heard == 1):
//     - every command sent while the bot and the client were both in the
//       room, up to the last command of that cycle's burst (whose reply
//       coming back shows the path was whole);
//     - every deferred command (!later): received by the bot before the
//       kill, answered while the bot was offline (the reply waits in the
//       paused send queue), delivered once the bot is back in the room;
//     - in the last cycle (no kill follows), everything.
//  What may be lost, and only that: commands sent while the bot was not in
//  the room (the server has nobody to give them to), and stream traffic
//  between a cycle's burst and the kill: a command the server held when it
//  died never reaches the bot, and a reply written just before the kill (or
//  into the dead connection before the bot noticed) dies with the server.
//  Nobody can tell such a reply was lost, so neither side may make up for
//  it by sending it again: that is how duplicates are born. These losses
//  are counted and printed.
//
// Deterministic order after a restart: the client must be back in the room
// before the bot, or it would miss the queued replies. The bot reaches the
// server through a TcpGate that holds its new connections until the client
// has rejoined, so no timing decides who comes first; the kill still reaches
// the bot as it is (the gate closes the bot's side the moment the server's
// side dies).

#include "core/backend.h"
#include "core/bot/bot.h"
#include "core/bot/botplugin.h"
#include "core/bot/pluginmanager.h"
#include "core/room.h"
#include "core/sendqueue.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

// A TCP relay in front of the server for the bot's connections. While held,
// new connections are accepted but not passed on (what the bot writes waits
// in the relay); released, they go through. When either side closes, so
// does the other, after what was already read has been passed on.
class TcpGate
{
public:
    explicit TcpGate(quint16 upstreamPort)
        : m_upstreamPort(upstreamPort)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    // Holds what the server sends the bot back this long (in order): the
    // bot then hears the server later than a client connected straight to
    // it, as on a real network, so nothing may assume the bot is first.
    void setDelayToBot(std::chrono::milliseconds delay) { m_delayToBot = delay; }
    quint16 port() const { return m_server.serverPort(); }
    void hold() { m_open = false; }
    void release()
    {
        m_open = true;
        const QList<std::shared_ptr<Link>> held = std::exchange(m_held, {});
        for (const std::shared_ptr<Link> &link : held) {
            if (link->scope)
                connectUpstream(link);
        }
    }

private:
    struct Link
    {
        QObject *scope = nullptr; // owns both sockets; null once closed
        QTcpSocket *down = nullptr;
        QTcpSocket *up = nullptr;
        QByteArray pending;      // from the bot, before the server side is up
        QList<QByteArray> toBot; // from the server, delayed (setDelayToBot)
    };

    void toBot(const std::shared_ptr<Link> &link, const QByteArray &data)
    {
        if (m_delayToBot.count() == 0) {
            link->down->write(data);
            return;
        }
        link->toBot.append(data);
        QTimer::singleShot(m_delayToBot, link->scope, [link] {
            if (link->scope && !link->toBot.isEmpty()) // close() may have flushed it
                link->down->write(link->toBot.takeFirst());
        });
    }

    void accept()
    {
        while (QTcpSocket *down = m_server.nextPendingConnection()) {
            auto link = std::make_shared<Link>();
            link->scope = new QObject(&m_root);
            link->down = down;
            down->setParent(link->scope);
            down->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            QObject::connect(down, &QTcpSocket::readyRead, link->scope, [link] {
                const QByteArray data = link->down->readAll();
                if (link->up && link->up->state() == QAbstractSocket::ConnectedState)
                    link->up->write(data);
                else
                    link->pending += data;
            });
            QObject::connect(down, &QTcpSocket::disconnected, link->scope, [link] { close(link); });
            if (m_open)
                connectUpstream(link);
            else
                m_held.append(link);
        }
    }

    void connectUpstream(const std::shared_ptr<Link> &link)
    {
        link->up = new QTcpSocket(link->scope);
        link->up->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        QObject::connect(link->up, &QTcpSocket::connected, link->scope,
                         [link] { link->up->write(std::exchange(link->pending, {})); });
        QObject::connect(link->up, &QTcpSocket::readyRead, link->scope,
                         [this, link] { toBot(link, link->up->readAll()); });
        QObject::connect(link->up, &QTcpSocket::disconnected, link->scope, [link] { close(link); });
        // Refused (the server is not up): the bot sees a closed connection.
        QObject::connect(link->up, &QTcpSocket::errorOccurred, link->scope, [link] {
            if (link->up->state() == QAbstractSocket::UnconnectedState)
                close(link);
        });
        link->up->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }

    static void close(const std::shared_ptr<Link> &link)
    {
        QObject *scope = std::exchange(link->scope, nullptr);
        if (!scope)
            return;
        if (link->up) {
            for (const QByteArray &delayed : std::exchange(link->toBot, {}))
                link->down->write(delayed);
            link->down->write(link->up->readAll());
            link->up->abort();
        }
        link->down->flush();
        link->down->disconnectFromHost();
        scope->deleteLater();
    }

    QTcpServer m_server;
    QObject m_root;
    quint16 m_upstreamPort;
    bool m_open = true;
    std::chrono::milliseconds m_delayToBot{0};
    QList<std::shared_ptr<Link>> m_held;
};

// !later TAG: a command that answers only when the test says so, as a slow
// lookup would; the calls wait here until then.
class LaterPlugin : public Botdeck::BotPlugin
{
public:
    QString name() const override { return QStringLiteral("Later"); }
    QString description() const override { return QStringLiteral("Answers when the test says so"); }
    QList<Botdeck::BotCommand> commands() const override
    {
        Botdeck::BotCommand later;
        later.name = QStringLiteral("later");
        later.arguments = QStringLiteral("<tag>");
        later.description = QStringLiteral("Says the tag back, later");
        later.rawArguments = true;
        later.handler = [held = m_held](const Botdeck::CommandCall &call) {
            call.defer();
            held->append(call);
        };
        return {later};
    }

    QList<Botdeck::CommandCall> takeHeld() { return std::exchange(*m_held, {}); }
    qsizetype heldCount() const { return m_held->size(); }

private:
    std::shared_ptr<QList<Botdeck::CommandCall>> m_held = std::make_shared<QList<Botdeck::CommandCall>>();
};

// What the loop needs from one kind of server.
struct RestartTarget
{
    QString name;
    std::function<void()> killServer;    // SIGKILL
    std::function<bool()> restartServer; // on the same ports
    std::function<void()> connectBot;    // through the gate
    std::function<void()> connectClient; // straight to the server
    // messageSent comes with the server's echo (IRCv3 echo-message).
    bool serverEchoesSends = false;
};

class RestartLoop
{
public:
    static constexpr int BurstSize = 8;
    static constexpr int DeferredCount = 3;
    static constexpr int StreamIntervalMs = 40;
    static constexpr int WaitMs = 20000;

    RestartLoop(Botdeck::Backend *bot, Botdeck::Backend *client, const QString &roomId, TcpGate *gate,
                RestartTarget target)
        : m_botBackend(bot)
        , m_client(client)
        , m_roomId(roomId)
        , m_gate(gate)
        , m_target(std::move(target))
    {
        m_bot.setSendRate(0);
        m_bot.addBuiltinPlugins();
        m_later = new LaterPlugin;
        m_bot.plugins()->add(m_later);
        m_bot.attach(bot);
        QObject::connect(bot, &Botdeck::Backend::errorOccurred, &m_bot,
                         [this](const QString &error) { m_botErrors.append(error); });
        QObject::connect(&m_bot, &Botdeck::Bot::warningIssued, &m_bot,
                         [this](const QString &warning) { m_warnings.append(warning); });
        QObject::connect(bot, &Botdeck::Backend::messageReceived, &m_bot, [this](const Botdeck::Message &message) {
            static const QRegularExpression command(QStringLiteral("^!(?:echo|later) (\\S+)$"));
            const QRegularExpressionMatch match = command.match(message.body());
            if (match.hasMatch())
                ++m_ledger[match.captured(1)].received;
        });
        QObject::connect(&m_bot, &Botdeck::Bot::replyQueued, &m_bot,
                         [this](Botdeck::Backend *, const Botdeck::Message &reply) {
                             Entry &entry = m_ledger[reply.body()];
                             ++entry.replied;
                             entry.repliedAfterKill = m_killed;
                         });
        QObject::connect(bot, &Botdeck::Backend::messageSent, &m_bot, [this](const Botdeck::Message &message) {
            if (m_ledger.contains(message.body()))
                ++m_ledger[message.body()].written;
            else
                m_strays.append(QStringLiteral("bot said: ") + message.body());
        });
        QObject::connect(client, &Botdeck::Backend::messageReceived, &m_bot, [this](const Botdeck::Message &message) {
            // Server notices and the like are no concern here; the room is.
            if (!message.isGroup())
                return;
            if (m_ledger.contains(message.body()))
                ++m_ledger[message.body()].heard;
            else
                m_strays.append(QStringLiteral("client heard: ") + message.body());
        });
        m_stream.setInterval(StreamIntervalMs);
        QObject::connect(&m_stream, &QTimer::timeout, &m_bot, [this] {
            if (clientInRoom())
                say(QStringLiteral("echo"), QStringLiteral("s%1-%2").arg(m_cycle).arg(m_streamSerial++), m_windowOpen);
        });
    }

    // Runs restarts kill-and-restart cycles between conversations; reports
    // failures through QTest (check QTest::currentTestFailed()).
    void run(int restarts)
    {
        QElapsedTimer clock;
        clock.start();
        m_target.connectBot();
        QTRY_VERIFY2_WITH_TIMEOUT(botInRoom(), qPrintable(describe()), WaitMs);
        m_target.connectClient();
        m_stream.start();
        for (m_cycle = 0; m_cycle <= restarts; ++m_cycle) {
            converse(m_cycle < restarts);
            if (QTest::currentTestFailed())
                return;
            if (m_cycle < restarts) {
                crash();
                if (QTest::currentTestFailed())
                    return;
            }
        }
        checkLedger(true);
        if (QTest::currentTestFailed())
            return;
        report(clock.elapsed());
        QCOMPARE(m_restartsSurvived, restarts);
    }

private:
    struct Entry
    {
        int sent = 0;
        int received = 0;
        int replied = 0;
        int written = 0;
        int heard = 0;
        bool mustArrive = false;
        bool repliedAfterKill = false;
    };

    Botdeck::Room *botRoom() const { return m_botBackend->room(m_roomId); }
    Botdeck::Room *clientRoom() const { return m_client->room(m_roomId); }
    bool botInRoom() const { return m_botBackend->isConnected() && botRoom() && botRoom()->isJoined(); }
    bool clientInRoom() const { return m_client->isConnected() && clientRoom() && clientRoom()->isJoined(); }

    void say(const QString &command, const QString &tag, bool mustArrive)
    {
        Entry &entry = m_ledger[tag];
        ++entry.sent;
        entry.mustArrive = mustArrive;
        m_client->sendText(Botdeck::Identifier::makeRoom(m_roomId), QStringLiteral("!%1 %2").arg(command, tag));
    }

    // Both in the room: a burst whose replies must all come back, then
    // (unless this is the last cycle) deferred commands the bot holds.
    void converse(bool crashFollows)
    {
        // The bot is in the room once the server has processed its join, so
        // whatever the client says from now on reaches it.
        QTRY_VERIFY2_WITH_TIMEOUT(botInRoom() && clientInRoom(), qPrintable(describe()), WaitMs);
        m_killed = false;
        if (m_cycle > 0) {
            ++m_restartsSurvived;
            m_outages.append(m_outage.elapsed());
        }
        m_windowOpen = true;
        for (int i = 0; i < BurstSize; ++i)
            say(QStringLiteral("echo"), QStringLiteral("b%1-%2").arg(m_cycle).arg(i), true);
        if (crashFollows) {
            // Stream traffic from here on may be caught by the kill.
            m_windowOpen = false;
        } else {
            m_stream.stop();
            say(QStringLiteral("echo"), QStringLiteral("f%1-0").arg(m_cycle), true);
        }
        // Heard by the client is not yet written by the bot: with
        // echo-message the bot learns what it wrote from the server's echo,
        // which travels to the bot on another connection than the copy the
        // client hears, and may come later.
        QTRY_VERIFY2_WITH_TIMEOUT(missing().isEmpty() && unconfirmed().isEmpty(), qPrintable(describe()), WaitMs);
        checkLedger(false);
        if (QTest::currentTestFailed() || !crashFollows)
            return;
        for (int i = 0; i < DeferredCount; ++i)
            say(QStringLiteral("later"), QStringLiteral("d%1-%2").arg(m_cycle).arg(i), false);
        QTRY_VERIFY2_WITH_TIMEOUT(m_later->heldCount() == DeferredCount, qPrintable(describe()), WaitMs);
    }

    // Kills the server under both, answers the deferred commands while the
    // bot is offline, restarts the server, and lets the client back in
    // before the bot.
    void crash()
    {
        m_gate->hold();
        m_outage.start();
        m_killed = true;
        m_target.killServer();
        QTRY_VERIFY2_WITH_TIMEOUT(!m_botBackend->isConnected() && !m_client->isConnected(), qPrintable(describe()),
                                  WaitMs);
        // The client comes back when the test says, not on its own backoff.
        m_client->disconnectFromService();
        const QList<Botdeck::CommandCall> held = m_later->takeHeld();
        for (const Botdeck::CommandCall &call : held) {
            m_ledger[call.argumentText()].mustArrive = true;
            call.reply(call.argumentText());
            call.finish();
        }
        for (const Botdeck::CommandCall &call : held)
            QCOMPARE(m_ledger.value(call.argumentText()).written, 0);
        QVERIFY2(m_botBackend->sendQueue()->pendingCount() >= DeferredCount,
                 "the replies made while offline are not waiting in the send queue");
        QVERIFY2(m_target.restartServer(), "the server did not come back");
        m_target.connectClient();
        QTRY_VERIFY2_WITH_TIMEOUT(clientInRoom(), qPrintable(describe()), WaitMs);
        m_gate->release();
    }

    // The tags whose entry matches, sorted.
    QStringList tagsWhere(const std::function<bool(const Entry &)> &matches) const
    {
        QStringList tags;
        for (auto it = m_ledger.cbegin(); it != m_ledger.cend(); ++it) {
            if (matches(*it))
                tags.append(it.key());
        }
        tags.sort();
        return tags;
    }

    QStringList missing() const
    {
        return tagsWhere([](const Entry &e) { return e.mustArrive && e.heard == 0; });
    }

    // Replies that must arrive, heard by the client, whose writing the bot
    // has not reported yet (the others may have lost their echo to a kill).
    QStringList unconfirmed() const
    {
        return tagsWhere([](const Entry &e) { return e.mustArrive && e.heard > e.written; });
    }

    // The counting rules of the header comment; at the end every deferred
    // command has been answered too.
    void checkLedger(bool atEnd)
    {
        QStringList broken;
        for (auto it = m_ledger.cbegin(); it != m_ledger.cend(); ++it) {
            const Entry &e = *it;
            const bool stillHeld = !atEnd && it.key().startsWith(u'd') && e.replied == 0;
            const bool echoLost = m_target.serverEchoesSends && !e.mustArrive && e.written == 0;
            if (e.sent != 1 || e.received > e.sent || e.replied > 1 || e.written > 1 || e.heard > 1
                || e.heard > e.replied || (e.replied != e.received && !stillHeld)
                || (e.written != e.replied && !echoLost) || (atEnd && e.mustArrive && e.heard != 1))
                broken.append(QStringLiteral("%1 sent %2 received %3 replied %4 written %5 heard %6")
                                  .arg(it.key())
                                  .arg(e.sent)
                                  .arg(e.received)
                                  .arg(e.replied)
                                  .arg(e.written)
                                  .arg(e.heard));
        }
        broken.sort();
        QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QStringLiteral("; "))));
        QVERIFY2(m_strays.isEmpty(), qPrintable(m_strays.join(QStringLiteral("; "))));
        QVERIFY2(m_warnings.isEmpty(), qPrintable(m_warnings.join(QStringLiteral("; "))));
    }

    QString describe() const
    {
        return QStringLiteral("%1, cycle %2: bot %3 (in room: %4), client %5 (in room: %6), held %7, missing: %8; "
                              "heard but not reported written: %9; the bot's last errors: %10")
            .arg(m_target.name)
            .arg(m_cycle)
            .arg(Botdeck::Backend::describe(m_botBackend->state()))
            .arg(int(botRoom() && botRoom()->isJoined()))
            .arg(Botdeck::Backend::describe(m_client->state()))
            .arg(int(clientRoom() && clientRoom()->isJoined()))
            .arg(m_later->heldCount())
            .arg(missing().mid(0, 10).join(u' '), unconfirmed().mid(0, 10).join(u' '),
                 m_botErrors.mid(m_botErrors.size() - 5).join(QStringLiteral(" | ")));
    }

    void report(qint64 elapsedMs) const
    {
        int sent = 0;
        int received = 0;
        int replied = 0;
        int written = 0;
        int heard = 0;
        int lostBeforeKill = 0;
        int lostAfterKill = 0;
        QHash<QChar, int> byKind;
        for (auto it = m_ledger.cbegin(); it != m_ledger.cend(); ++it) {
            sent += it->sent;
            received += it->received;
            replied += it->replied;
            written += it->written;
            heard += it->heard;
            if (it->replied > it->heard)
                ++(it->repliedAfterKill ? lostAfterKill : lostBeforeKill);
            ++byKind[it.key().at(0)];
        }
        qint64 longest = 0;
        qint64 total = 0;
        for (qint64 outage : m_outages) {
            longest = std::max(longest, outage);
            total += outage;
        }
        qInfo("%s: survived %d restarts in %.1f s (kill to both back in the room: mean %lld ms, longest %lld ms)",
              qPrintable(m_target.name), m_restartsSurvived, double(elapsedMs) / 1000.0,
              m_outages.isEmpty() ? 0 : total / m_outages.size(), longest);
        qInfo("%s: client sent %d commands (%d burst, %d deferred, %d stream, %d final); bot received %d, replied "
              "%d, wrote %d; client heard %d; none twice",
              qPrintable(m_target.name), sent, byKind.value(u'b'), byKind.value(u'd'), byKind.value(u's'),
              byKind.value(u'f'), received, replied, written, heard);
        qInfo("%s: lost to the kills or to the bot's absence: %d commands never reached the bot; %d replies died "
              "with the server (%d written before the kill, %d after it, before the bot noticed)",
              qPrintable(m_target.name), sent - received, lostBeforeKill + lostAfterKill, lostBeforeKill,
              lostAfterKill);
    }

    Botdeck::Bot m_bot;
    LaterPlugin *m_later = nullptr;
    Botdeck::Backend *m_botBackend;
    Botdeck::Backend *m_client;
    QString m_roomId;
    TcpGate *m_gate;
    RestartTarget m_target;
    QHash<QString, Entry> m_ledger; // by tag
    QStringList m_strays;
    QStringList m_warnings;
    QStringList m_botErrors;
    QTimer m_stream;
    QElapsedTimer m_outage;
    QList<qint64> m_outages;
    int m_cycle = 0;
    int m_streamSerial = 0;
    int m_restartsSurvived = 0;
    bool m_windowOpen = false;
    bool m_killed = false;
};
