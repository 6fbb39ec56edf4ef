// The botdeck program as a user runs it: the options that print and exit,
// errors, and a headless run on the local backend.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestBotdeckCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        // No display: everything tested here must work on a server.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
        environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BOTDECK_BINARY), arguments);
        if (!process.waitForFinished(20000))
            process.kill();
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void version()
    {
        const Run result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("botdeck ")), qPrintable(result.out));
    }

    void help()
    {
        const Run result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("--headless")));
        QVERIFY(result.out.contains(QStringLiteral("--backend")));
    }

    void listBackends()
    {
        const Run result = run({QStringLiteral("--list-backends")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("local - ")));
    }

    void badOptionSaysWhatIsWrong()
    {
        const Run result = run({QStringLiteral("--headless"), QStringLiteral("--crowd"), QStringLiteral("many")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("many")), qPrintable(result.err));
    }

    void invalidNickFailsHeadless()
    {
        const Run result = run({QStringLiteral("--headless"), QStringLiteral("--nick"), QStringLiteral("9 lives")});
        QCOMPARE(result.exitCode, 1);
        // Errors go to standard error, the conversation to standard output.
        QVERIFY2(result.err.contains(QStringLiteral("error: Cannot log in")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("not a valid nick")), qPrintable(result.err));
        QVERIFY(!result.out.contains(QStringLiteral("not a valid nick")));
    }

    void headlessLogsTheSimulatedPeopleTalking()
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BOTDECK_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--backend"), QStringLiteral("local"),
                       QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--event-rate"),
                       QStringLiteral("50")});
        QVERIFY(process.waitForStarted());
        // "12:00:01 [local] #lobby <alice> hello": someone said something in a room.
        static const QRegularExpression spoke(QStringLiteral("\\[local\\] #\\w+ <\\w+(\\|away)?> \\S"));
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += QString::fromUtf8(process.readAllStandardOutput()), spoke.match(out).hasMatch()), 15000);
        QVERIFY(out.contains(QStringLiteral("[local] state: connected")));
        // The bot answers the simulated people's commands ("!echo ...", "!help").
        static const QRegularExpression answered(QStringLiteral("\\[local\\] #\\w+ <botdeck> \\S"));
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += QString::fromUtf8(process.readAllStandardOutput()), answered.match(out).hasMatch()), 15000);
        QVERIFY(out.contains(QStringLiteral("[local] #lobby -- joined")));
        // SIGTERM ends a headless run cleanly.
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        out += QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("state: disconnected")), qPrintable(out.right(300)));
    }

    void aScreenshotRunEndsByItself()
    {
        // The console, connected (so closing would ask), takes its picture
        // and quits: nobody is there to answer a question.
        QTemporaryDir home;
        const QString picture = home.filePath(QStringLiteral("console.png"));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(BOTDECK_BINARY),
                      {QStringLiteral("--backend"), QStringLiteral("local"), QStringLiteral("--screenshot"), picture});
        QVERIFY(process.waitForStarted());
        QVERIFY2(process.waitForFinished(30000), "the console did not quit after its screenshot");
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(QFileInfo::exists(picture));
    }

    void theExampleConfigurationIsClean()
    {
        QTemporaryDir data;
        QProcess process;
        process.start(QStringLiteral(BOTDECK_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--config"),
                       QStringLiteral(BOTDECK_SOURCE_DIR "/examples/botdeck.ini"), QStringLiteral("--data-dir"),
                       data.path()});
        QVERIFY(process.waitForStarted());
        QString out;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(process.readAllStandardOutput()),
                                  out.contains(QStringLiteral("#random -- joined"))),
                                 15000);
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void configurationFileAndJoin()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath(QStringLiteral("botdeck.ini")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[bot]\nbackend=local\nprefix=?\njoin=#vault\n[backend]\nrooms=#dev\nevent-rate=0\n"
                     "[acl]\nadmins=@alice, bogus pattern \n");
        config.close();
        QProcess process;
        process.start(QStringLiteral(BOTDECK_BINARY),
                      {QStringLiteral("--headless"), QStringLiteral("--config"), config.fileName(),
                       QStringLiteral("--join"), QStringLiteral("#random"), QStringLiteral("--data-dir"), dir.path()});
        QVERIFY(process.waitForStarted());
        QString out;
        QString err;
        QTRY_VERIFY_WITH_TIMEOUT((out += QString::fromUtf8(process.readAllStandardOutput()),
                                  out.contains(QStringLiteral("#random -- joined"))),
                                 15000);
        QVERIFY(out.contains(QStringLiteral("#dev -- joined")));
        // The command line's --join replaced the file's: #vault (which needs a
        // password) was never tried.
        QVERIFY(!out.contains(QStringLiteral("#vault")));
        process.terminate();
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        err = QString::fromUtf8(process.readAllStandardError());
        // A pattern that can never match is worth a warning at start-up.
        QVERIFY2(err.contains(QStringLiteral("warning")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestBotdeckCli)
#include "tst_botdeckcli.moc"
