// The headless bot on a real ngircd, in exactly the form the README and the
// issue give: a person in #bench says "!echo hello" and gets "hello" back.
#include "ircserver.h"
#include "irctestclient.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Botdeck;

class TestIrcHeadlessEcho : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoInAChannel()
    {
        IrcServer server(IrcServer::Kind::Ngircd);
        if (!server.missingReason().isEmpty())
            QSKIP(qPrintable(server.missingReason()));
        QVERIFY2(server.start(), qPrintable(server.error()));

        QTemporaryDir data;
        QProcess bot;
        bot.start(QStringLiteral(BOTDECK_BINARY),
                  {QStringLiteral("--headless"), QStringLiteral("--backend"), QStringLiteral("irc"),
                   QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                   QString::number(server.port()), QStringLiteral("--nick"), QStringLiteral("echobot"),
                   QStringLiteral("--join"), QStringLiteral("#bench"), QStringLiteral("--send-rate"),
                   QStringLiteral("0"), QStringLiteral("--data-dir"), data.path()});
        QVERIFY(bot.waitForStarted());
        QString out;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (out += QString::fromUtf8(bot.readAllStandardOutput()), out.contains(QStringLiteral("#bench -- joined"))),
            qPrintable(out.right(2000) + QString::fromUtf8(bot.readAllStandardError())), 20000);

        IrcTestClient human;
        QVERIFY(human.connectAndRegister(server.port(), QStringLiteral("human")));
        human.send(QStringLiteral("JOIN #bench"));
        QVERIFY(!human.waitForCommand(QStringLiteral("366")).command.isEmpty());
        human.send(QStringLiteral("PRIVMSG #bench :!echo hello"));
        const Irc::IrcMessage reply = human.waitFor([](const Irc::IrcMessage &line) {
            return line.command == QLatin1String("PRIVMSG") && line.nick() == QLatin1String("echobot");
        });
        QCOMPARE(reply.param(0), QStringLiteral("#bench"));
        QCOMPARE(reply.param(1), QStringLiteral("hello"));

        bot.terminate();
        QVERIFY(bot.waitForFinished(15000));
        QCOMPARE(bot.exitCode(), 0);
        // Leaving politely: the person sees the bot quit.
        QVERIFY(!human.waitForCommand(QStringLiteral("QUIT")).command.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIrcHeadlessEcho)
#include "tst_ircheadlessecho.moc"
