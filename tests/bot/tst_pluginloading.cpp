// Dynamic plugins: the example plugin is found, loaded and used (storage
// included, across a restart); broken ones are refused with the reason and
// the bot carries on.
#include "botfixture.h"

#include "core/bot/botplugin.h"
#include "core/bot/pluginmanager.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Botdeck;

class TestPluginLoading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theExamplePluginLoadsAndWorks()
    {
        QTemporaryDir data;
        BotFixture f;
        f.bot.setDataDir(data.path());
        f.bot.addBuiltinPlugins();
        const QStringList errors = f.bot.plugins()->loadFrom({QStringLiteral(EXAMPLE_PLUGIN_DIR)});
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(f.bot.plugins()->isActive(QStringLiteral("Hello")));
        QVERIFY(f.start());

        QCOMPARE(f.ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!hello")),
                 QStringLiteral("Hello, alice!"));
        QCOMPARE(f.ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!hello Ada Lovelace")),
                 QStringLiteral("Hello, Ada Lovelace!"));
        QCOMPARE(f.ask(QStringLiteral("bob"), QStringLiteral("#lobby"), QStringLiteral("well, good morning all")),
                 QStringLiteral("Good morning, bob!"));
        QCOMPARE(f.ask(QStringLiteral("bob"), QString(), QStringLiteral("count")), QStringLiteral("Count: 1"));
        QCOMPARE(f.ask(QStringLiteral("bob"), QString(), QStringLiteral("count")), QStringLiteral("Count: 2"));
        QVERIFY(
            f.ask(QStringLiteral("bob"), QString(), QStringLiteral("plugin list")).contains(QStringLiteral("Hello")));
    }

    void storageSurvivesARestart()
    {
        QTemporaryDir data;
        for (int run = 1; run <= 3; ++run) {
            BotFixture f;
            f.bot.setDataDir(data.path());
            QVERIFY(f.bot.plugins()->loadFrom({QStringLiteral(EXAMPLE_PLUGIN_DIR)}).isEmpty());
            QVERIFY(f.start());
            QCOMPARE(f.ask(QStringLiteral("carol"), QString(), QStringLiteral("count")),
                     QStringLiteral("Count: %1").arg(run));
        }
    }

    void brokenPluginsAreRefusedWithTheReason()
    {
        QTemporaryDir folder;
        const QStringList built = QDir(QStringLiteral(BROKEN_PLUGIN_DIR)).entryList(QDir::Files);
        for (const QString &file : built)
            QVERIFY(QFile::copy(QStringLiteral(BROKEN_PLUGIN_DIR "/") + file, folder.filePath(file)));
        // A file that only looks like a library.
        QFile fake(folder.filePath(QStringLiteral("libnotaplugin.so")));
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("this is not a shared library\n");
        fake.close();

        BotFixture f;
        f.bot.addBuiltinPlugins();
        QSignalSpy failed(f.bot.plugins(), &PluginManager::loadFailed);
        const QStringList errors = f.bot.plugins()->loadFrom({folder.path()});
        QCOMPARE(errors.size(), 4);
        QCOMPARE(failed.size(), 4);
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("built for plugin interface org.botdeck.BotPlugin/0")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("ThrowsOnActivate failed to start: cannot find its configuration")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("botdeck_symbol_that_does_not_exist")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("libnotaplugin.so is not a Botdeck plugin")), qPrintable(all));
        QVERIFY(!f.bot.plugins()->isActive(QStringLiteral("ThrowsOnActivate")));

        // The bot is unharmed.
        QVERIFY(f.start());
        QCOMPARE(f.ask(QStringLiteral("alice"), QStringLiteral("#lobby"), QStringLiteral("!echo still here")),
                 QStringLiteral("still here"));
    }

    void aMissingFolderIsReported()
    {
        BotFixture f;
        const QStringList errors = f.bot.plugins()->loadFrom({QStringLiteral("/nonexistent/botdeck/plugins")});
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.constFirst().contains(QStringLiteral("does not exist")));
    }

    void aSecondPluginWithTheSameNameIsRefused()
    {
        BotFixture f;
        f.bot.addBuiltinPlugins();
        QVERIFY(f.bot.plugins()->loadFrom({QStringLiteral(EXAMPLE_PLUGIN_DIR)}).isEmpty());
        const QStringList again = f.bot.plugins()->loadFrom({QStringLiteral(EXAMPLE_PLUGIN_DIR)});
        QCOMPARE(again.size(), 1);
        QVERIFY(again.constFirst().contains(QStringLiteral("already loaded")));
    }
};

QTEST_GUILESS_MAIN(TestPluginLoading)
#include "tst_pluginloading.moc"
