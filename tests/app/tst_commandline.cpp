#include "app/commandline.h"
#include "backends/builtinbackends.h"
#include "core/backendregistry.h"

#include <QTemporaryFile>
#include <QTest>

#include <memory>

using namespace Botdeck;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        registerBuiltinBackends(m_registry);
        // A backend with a password, whatever the real ones have.
        BackendDescriptor fake;
        fake.name = QStringLiteral("fake");
        fake.displayName = QStringLiteral("Fake");
        LoginField host;
        host.key = QStringLiteral("host");
        host.label = QStringLiteral("Host");
        LoginField password;
        password.key = QStringLiteral("password");
        password.label = QStringLiteral("Password");
        password.kind = LoginField::Kind::Password;
        fake.fields = {host, password};
        fake.create = [](QObject *) -> Backend * { return nullptr; };
        m_registry.add(fake);
    }

    Result<LaunchOptions> parseWithConfig(const QString &ini, QStringList arguments = {})
    {
        m_config = std::make_unique<QTemporaryFile>();
        if (!m_config->open())
            return Result<LaunchOptions>::failure(QStringLiteral("cannot write a temporary file"));
        m_config->write(ini.toUtf8());
        m_config->flush();
        arguments.prepend(m_config->fileName());
        arguments.prepend(QStringLiteral("--config"));
        arguments.prepend(QStringLiteral("botdeck"));
        return CommandLine(m_registry).parse(arguments);
    }

    void configurationFileAndCommandLine()
    {
        const Result<LaunchOptions> options = parseWithConfig(
            QStringLiteral("[bot]\nprefix=?\njoin=#a, #b\nsend_rate=0\nsend_burst=9\nlog_level=debug\n"
                           "alternative_prefixes=., bot:\nunknown_commands_in_rooms=silent\ncommand_timeout=7\n"
                           "[backend]\nnick=fromfile\nevent-rate=3\n"),
            {QStringLiteral("--nick"), QStringLiteral("fromcli"), QStringLiteral("--join"), QStringLiteral("#c")});
        QVERIFY2(options.isOk(), qPrintable(options.error()));
        const LaunchOptions &o = options.value();
        QCOMPARE(o.settings.text(QStringLiteral("nick")), QStringLiteral("fromcli")); // the command line wins
        QCOMPARE(o.settings.number(QStringLiteral("event-rate")), 3.0);
        QCOMPARE(o.bot.prefix, QStringLiteral("?"));
        QCOMPARE(o.bot.alternativePrefixes, (QStringList{QStringLiteral("."), QStringLiteral("bot:")}));
        QCOMPARE(o.bot.join, QStringList{QStringLiteral("#c")});
        QCOMPARE(o.bot.sendRate, 0.0);
        QCOMPARE(o.bot.sendBurst, 9);
        QCOMPARE(o.bot.logLevel, QStringLiteral("debug"));
        QVERIFY(!o.bot.repliesToUnknownCommandsInRooms);
        QCOMPARE(o.bot.commandTimeoutSeconds, 7);
        QCOMPARE(o.bot.configFile, m_config->fileName());
    }

    void theExampleConfigurationsParse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("backend");
        QTest::newRow("local") << QStringLiteral("botdeck.ini") << QStringLiteral("local");
        QTest::newRow("irc") << QStringLiteral("irc.ini") << QStringLiteral("irc");
        QTest::newRow("xmpp") << QStringLiteral("xmpp.ini") << QStringLiteral("xmpp");
    }

    void theExampleConfigurationsParse()
    {
        QFETCH(QString, file);
        QFETCH(QString, backend);
        const Result<LaunchOptions> options = CommandLine(m_registry)
                                                  .parse({QStringLiteral("botdeck"), QStringLiteral("--config"),
                                                          QStringLiteral(BOTDECK_SOURCE_DIR "/examples/") + file});
        QVERIFY2(options.isOk(), qPrintable(options.error()));
        QCOMPARE(options.value().backend, backend);
        QVERIFY(!options.value().bot.join.isEmpty());
    }

    void configurationMistakesAreErrors_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown bot key") << QStringLiteral("[bot]\nprefx=!\n") << QStringLiteral("bot/prefx");
        QTest::newRow("unknown backend key") << QStringLiteral("[backend]\nhots=x\n") << QStringLiteral("backend/hots");
        QTest::newRow("bad rate") << QStringLiteral("[bot]\nsend_rate=fast\n") << QStringLiteral("fast");
        QTest::newRow("bad level") << QStringLiteral("[bot]\nlog_level=loud\n") << QStringLiteral("loud");
        QTest::newRow("password in the file")
            << QStringLiteral("[bot]\nbackend=fake\n[backend]\npassword=hunter2\n") << QStringLiteral("Password");
    }

    void configurationMistakesAreErrors()
    {
        QFETCH(QString, ini);
        QFETCH(QString, mentions);
        const Result<LaunchOptions> options = parseWithConfig(ini);
        QVERIFY(!options.isOk());
        QVERIFY2(options.error().contains(mentions), qPrintable(options.error()));
        QVERIFY(!options.error().contains(QStringLiteral("hunter2")));
    }

    void passwordsComeFromAFileOrTheEnvironment()
    {
        QTemporaryFile secret;
        QVERIFY(secret.open());
        secret.write("s3cret-from-file\n");
        secret.flush();
        Result<LaunchOptions> options
            = CommandLine(m_registry)
                  .parse({QStringLiteral("botdeck"), QStringLiteral("--backend"), QStringLiteral("fake"),
                          QStringLiteral("--password-file"), secret.fileName()});
        QVERIFY2(options.isOk(), qPrintable(options.error()));
        QCOMPARE(options.value().settings.text(QStringLiteral("password")), QStringLiteral("s3cret-from-file"));

        qputenv("BOTDECK_PASSWORD", "s3cret-from-env");
        options = CommandLine(m_registry).parse({QStringLiteral("botdeck"), QStringLiteral("--backend=fake")});
        qunsetenv("BOTDECK_PASSWORD");
        QVERIFY2(options.isOk(), qPrintable(options.error()));
        QCOMPARE(options.value().settings.text(QStringLiteral("password")), QStringLiteral("s3cret-from-env"));

        options = CommandLine(m_registry)
                      .parse({QStringLiteral("botdeck"), QStringLiteral("--backend=fake"),
                              QStringLiteral("--password-file"), QStringLiteral("/nonexistent")});
        QVERIFY(!options.isOk());
        QVERIFY(options.error().contains(QStringLiteral("/nonexistent")));

        // There is no --password option at all.
        options = CommandLine(m_registry)
                      .parse({QStringLiteral("botdeck"), QStringLiteral("--backend=fake"), QStringLiteral("--password"),
                              QStringLiteral("visible")});
        QVERIFY(!options.isOk());
    }

    void defaultsToLocalWithWindow()
    {
        const Result<LaunchOptions> options = CommandLine(m_registry).parse({QStringLiteral("botdeck")});
        QVERIFY2(options.isOk(), qPrintable(options.error()));
        QCOMPARE(options.value().action, LaunchOptions::Action::Run);
        QCOMPARE(options.value().backend, QStringLiteral("local"));
        QVERIFY(!options.value().headless);
        // Defaults of the login fields are filled in.
        QCOMPARE(options.value().settings.text(QStringLiteral("nick")), QStringLiteral("botdeck"));
        QCOMPARE(options.value().settings.number(QStringLiteral("event-rate")), 0.5);
    }

    void loginFieldsBecomeOptions()
    {
        const Result<LaunchOptions> options
            = CommandLine(m_registry)
                  .parse({QStringLiteral("botdeck"), QStringLiteral("--headless"), QStringLiteral("--nick"),
                          QStringLiteral("r2d2"), QStringLiteral("--crowd=10000"), QStringLiteral("--seed"),
                          QStringLiteral("42")});
        QVERIFY2(options.isOk(), qPrintable(options.error()));
        QVERIFY(options.value().headless);
        QCOMPARE(options.value().settings.text(QStringLiteral("nick")), QStringLiteral("r2d2"));
        QCOMPARE(options.value().settings.integer(QStringLiteral("crowd")), 10000);
        QCOMPARE(options.value().settings.integer(QStringLiteral("seed")), 42);
    }

    void actions_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<LaunchOptions::Action>("action");
        QTest::newRow("help") << QStringLiteral("--help") << LaunchOptions::Action::ShowHelp;
        QTest::newRow("h") << QStringLiteral("-h") << LaunchOptions::Action::ShowHelp;
        QTest::newRow("version") << QStringLiteral("--version") << LaunchOptions::Action::ShowVersion;
        QTest::newRow("list-backends") << QStringLiteral("--list-backends") << LaunchOptions::Action::ListBackends;
    }

    void actions()
    {
        QFETCH(QString, argument);
        QFETCH(LaunchOptions::Action, action);
        const Result<LaunchOptions> options = CommandLine(m_registry).parse({QStringLiteral("botdeck"), argument});
        QVERIFY2(options.isOk(), qPrintable(options.error()));
        QCOMPARE(options.value().action, action);
    }

    void helpListsEveryLoginField()
    {
        const Result<LaunchOptions> options
            = CommandLine(m_registry).parse({QStringLiteral("botdeck"), QStringLiteral("--help")});
        const QList<BackendDescriptor> descriptors = m_registry.descriptors();
        for (const BackendDescriptor &descriptor : descriptors) {
            for (const LoginField &field : descriptor.fields) {
                // Passwords are never options: the process list would show them.
                // They have a file option instead.
                QCOMPARE(options.value().helpText.contains(QStringLiteral("--") + field.key + u' '), !field.isSecret());
                if (field.isSecret())
                    QVERIFY(
                        options.value().helpText.contains(QStringLiteral("--") + field.key + QStringLiteral("-file")));
            }
        }
        const QString listing = CommandLine(m_registry).describeBackends();
        QVERIFY(listing.contains(QStringLiteral("local - ")));
        QVERIFY(listing.contains(QStringLiteral("--event-rate (default: 0.5)")));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown backend") << QStringList{QStringLiteral("--backend"), QStringLiteral("smoke-signals")}
                                         << QStringLiteral("smoke-signals");
        QTest::newRow("bad number") << QStringList{QStringLiteral("--crowd"), QStringLiteral("lots")}
                                    << QStringLiteral("lots");
        QTest::newRow("out of range") << QStringList{QStringLiteral("--event-rate"), QStringLiteral("-3")}
                                      << QStringLiteral("between");
        QTest::newRow("stray argument") << QStringList{QStringLiteral("hello")} << QStringLiteral("hello");
        QTest::newRow("missing value") << QStringList{QStringLiteral("--nick")} << QStringLiteral("nick");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        arguments.prepend(QStringLiteral("botdeck"));
        const Result<LaunchOptions> options = CommandLine(m_registry).parse(arguments);
        QVERIFY(!options.isOk());
        QVERIFY2(options.error().contains(mentions), qPrintable(options.error()));
    }

private:
    BackendRegistry m_registry;
    std::unique_ptr<QTemporaryFile> m_config;
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
