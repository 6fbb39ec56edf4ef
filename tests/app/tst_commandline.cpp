#include "app/commandline.h"
#include "backends/builtinbackends.h"
#include "core/backendregistry.h"

#include <QTest>

using namespace Botdeck;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerBuiltinBackends(m_registry); }

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
        const Result<LaunchOptions> options = CommandLine(m_registry).parse(
            {QStringLiteral("botdeck"), QStringLiteral("--headless"), QStringLiteral("--nick"), QStringLiteral("r2d2"),
             QStringLiteral("--crowd=10000"), QStringLiteral("--seed"), QStringLiteral("42")});
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
        const Result<LaunchOptions> options =
            CommandLine(m_registry).parse({QStringLiteral("botdeck"), QStringLiteral("--help")});
        const QList<BackendDescriptor> descriptors = m_registry.descriptors();
        for (const BackendDescriptor &descriptor : descriptors) {
            for (const LoginField &field : descriptor.fields)
                QVERIFY2(options.value().helpText.contains(QStringLiteral("--") + field.key), qPrintable(field.key));
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
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
