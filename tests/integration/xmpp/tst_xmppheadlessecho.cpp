// The headless bot on a real XMPP server, exactly as the README shows it: a
// person in the room says "!echo hello" and gets "hello" back in the room.
#include "xmpptesthelpers.h"

#include "core/room.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Botdeck;

class TestXmppHeadlessEcho : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoInARoom()
    {
        const std::unique_ptr<XmppServerFixture> server = XmppServerFixture::make();
        if (!server->missingPrograms().isEmpty())
            QSKIP(qPrintable(server->missingPrograms()));
        QVERIFY2(server->start(), qPrintable(server->error()));
        const QString botPassword = QStringLiteral("echobot-Secret-8472");
        QVERIFY(server->registerUser(QStringLiteral("echobot"), botPassword));
        QVERIFY(server->registerUser(QStringLiteral("alice"), QStringLiteral("alice-pw")));

        QTemporaryDir data;
        QProcess bot;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BOTDECK_PASSWORD"), botPassword);
        bot.setProcessEnvironment(environment);
        const QString room = QStringLiteral("bench@conference.localhost");
        bot.start(QStringLiteral(BOTDECK_BINARY),
                  {QStringLiteral("--headless"),
                   QStringLiteral("--backend"),
                   QStringLiteral("xmpp"),
                   QStringLiteral("--jid"),
                   QStringLiteral("echobot@localhost"),
                   QStringLiteral("--host"),
                   QStringLiteral("127.0.0.1"),
                   QStringLiteral("--port"),
                   QString::number(server->c2sPort()),
                   QStringLiteral("--trusted-fingerprint"),
                   server->fingerprint(),
                   QStringLiteral("--join"),
                   room,
                   QStringLiteral("--nick"),
                   QStringLiteral("echobot"),
                   QStringLiteral("--send-rate"),
                   QStringLiteral("0"),
                   QStringLiteral("--data-dir"),
                   data.path(),
                   QStringLiteral("--log-level"),
                   QStringLiteral("debug")});
        QVERIFY(bot.waitForStarted());
        QString out;
        QString err;
        const auto readBot = [&] {
            out += QString::fromUtf8(bot.readAllStandardOutput());
            err += QString::fromUtf8(bot.readAllStandardError());
        };
        QTRY_VERIFY2_WITH_TIMEOUT((readBot(), out.contains(room + QStringLiteral(" -- joined"))),
                                  qPrintable(out.right(2000) + err), 20000);

        TestClient alice;
        XMPP_CONNECT(alice, xmppSettings(*server, QStringLiteral("alice"), QStringLiteral("alice-pw")));
        const Result<Room *> joined = alice->joinRoom(room);
        QVERIFY(joined.isOk());
        QTRY_VERIFY_WITH_TIMEOUT(joined.value()->isJoined(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(joined.value()->hasOccupant(QStringLiteral("echobot")), 10000);

        QSignalSpy heard(alice.get(), &Backend::messageReceived);
        alice->sendText(joined.value()->identifier(), QStringLiteral("!echo hello"));
        const auto answered = [&] {
            for (const QList<QVariant> &arguments : std::as_const(heard)) {
                const Message message = arguments.constFirst().value<Message>();
                if (message.from().nick() == QLatin1String("echobot") && message.body() == QLatin1String("hello")
                    && message.isGroup() && message.room() == room)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(answered(), qPrintable(out.right(2000)), 10000);

        QSignalSpy botLeft(joined.value(), &Room::occupantLeft);
        bot.terminate();
        QVERIFY(bot.waitForFinished(15000));
        readBot();
        QCOMPARE(bot.exitCode(), 0);
        // SIGTERM's goodbye reached the wire before the process ended:
        // the server, which keeps a silently dropped session for resumption,
        // lets the bot out of the room at once.
        QTRY_VERIFY_WITH_TIMEOUT(!botLeft.isEmpty(), 5000);
        QCOMPARE(botLeft.first().first().value<Identifier>().nick(), QStringLiteral("echobot"));
        // Even at --log-level debug, with the protocol traffic printed, the
        // password appears nowhere.
        QVERIFY(out.contains(QStringLiteral("<< ")));
        QVERIFY(!out.contains(botPassword));
        QVERIFY(!err.contains(botPassword));
        QVERIFY(!out.contains(QString::fromLatin1(botPassword.toUtf8().toBase64())));
    }
};

QTEST_GUILESS_MAIN(TestXmppHeadlessEcho)
#include "tst_xmppheadlessecho.moc"
