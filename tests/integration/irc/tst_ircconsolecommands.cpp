// The console's slash commands about people on a real ngircd: the bot, as
// channel operator, voices and kicks someone who sees MODE and KICK on the
// wire, asks WHOIS and shows the facts, sends a raw line only after the
// operator confirms it, and is told in words when it lacks the rights.
#include "ircintegration.h"

#include "ui/conversationpanel.h"
#include "ui/inputline.h"
#include "ui/mainwindow.h"
#include "ui/models/messagemodel.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace Botdeck;
using namespace Botdeck::Irc;

class TestIrcConsoleCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<IrcServer>(IrcServer::Kind::Ngircd);
        if (const QString missing = m_server->missingReason(); !missing.isEmpty())
            QSKIP(qPrintable(missing));
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void operatorCommandsReachTheWire()
    {
        std::unique_ptr<IrcBackend> bot = makeIrcBackend(ircFields(m_server->port(), QStringLiteral("opbot")));
        QVERIFY(bot);
        QTRY_VERIFY_WITH_TIMEOUT(bot->isConnected(), 10000);
        // First in the channel, so the server makes the bot its operator.
        Room *room = bot->joinRoom(QStringLiteral("#ops")).value();
        QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 10000);
        IrcTestClient alice;
        QVERIFY(alice.connectAndRegister(m_server->port(), QStringLiteral("alice")));
        alice.send(QStringLiteral("JOIN #ops"));
        QVERIFY(!alice.waitForCommand(QStringLiteral("366")).command.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(room->hasOccupant(QStringLiteral("alice")), 10000);

        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(m_registry, nullptr, &settings);
        window.show();
        window.addBackend(bot.get());
        QVERIFY(window.selectRoom(room));
        QVERIFY(room->supportedActions().testFlag(Room::Action::GrantVoice));

        type(window, QStringLiteral("/mode +v alice"));
        const IrcMessage voiced = alice.waitForCommand(QStringLiteral("MODE"), QStringLiteral("#ops"));
        QCOMPARE(voiced.params.mid(1), QStringList({QStringLiteral("+v"), QStringLiteral("alice")}));

        type(window, QStringLiteral("/whois alice"));
        QTRY_VERIFY_WITH_TIMEOUT(events(window).contains(QStringLiteral("alice is in +#ops")), 10000);
        QVERIFY2(!events(window).filter(QRegularExpression(QStringLiteral("^alice is \\S+@"))).isEmpty(),
                 qPrintable(events(window).join(u'\n')));
        type(window, QStringLiteral("/whois nobody-here"));
        QTRY_VERIFY_WITH_TIMEOUT(
            events(window).contains(QStringLiteral("Nobody is called nobody-here on this network")), 10000);

        // A raw line goes only once the operator says yes: the cancelled
        // one never reaches the channel, so the first TOPIC seen is the next.
        type(window, QStringLiteral("/quote TOPIC #ops :never sent"));
        auto *cancelled = window.findChild<QMessageBox *>(QStringLiteral("raw-confirmation"));
        QVERIFY(cancelled);
        QCOMPARE(cancelled->defaultButton(), cancelled->button(QMessageBox::Cancel));
        cancelled->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("raw-confirmation")));
        type(window, QStringLiteral("/quote TOPIC #ops :set raw"));
        auto *confirm = window.findChild<QMessageBox *>(QStringLiteral("raw-confirmation"));
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        QCOMPARE(confirm->informativeText(), QStringLiteral("TOPIC #ops :set raw"));
        confirm->findChild<QPushButton *>(QStringLiteral("raw-send"))->click();
        const IrcMessage topic = alice.waitForCommand(QStringLiteral("TOPIC"), QStringLiteral("#ops"));
        QCOMPARE(topic.param(1), QStringLiteral("set raw"));
        QVERIFY(events(window).contains(
            QStringLiteral("Sent to the server as a raw line: TOPIC … (the traffic panel shows it)")));

        // Other mode strings are the channel's own MODE.
        type(window, QStringLiteral("/mode +m"));
        const IrcMessage moderated = alice.waitForCommand(QStringLiteral("MODE"), QStringLiteral("#ops"));
        QCOMPARE(moderated.param(1), QStringLiteral("+m"));

        type(window, QStringLiteral("/kick alice out you go"));
        const IrcMessage kicked = alice.waitForCommand(QStringLiteral("KICK"), QStringLiteral("#ops"));
        QCOMPARE(kicked.params.mid(1), QStringList({QStringLiteral("alice"), QStringLiteral("out you go")}));
        QTRY_VERIFY_WITH_TIMEOUT(!room->hasOccupant(QStringLiteral("alice")), 10000);

        // /nick renames the bot through the server.
        type(window, QStringLiteral("/nick opbot2"));
        QTRY_COMPARE_WITH_TIMEOUT(bot->currentNick(), QStringLiteral("opbot2"), 10000);
    }

    void notAnOperatorIsSaid()
    {
        IrcTestClient carol;
        QVERIFY(carol.connectAndRegister(m_server->port(), QStringLiteral("carol")));
        carol.send(QStringLiteral("JOIN #carols"));
        QVERIFY(!carol.waitForCommand(QStringLiteral("366")).command.isEmpty());
        std::unique_ptr<IrcBackend> bot = makeIrcBackend(ircFields(m_server->port(), QStringLiteral("plainbot")));
        QTRY_VERIFY_WITH_TIMEOUT(bot->isConnected(), 10000);
        Room *room = bot->joinRoom(QStringLiteral("#carols")).value();
        QTRY_VERIFY_WITH_TIMEOUT(room->isJoined() && room->hasOccupant(QStringLiteral("carol")), 10000);
        QSignalSpy errors(room, &Room::errorOccurred);
        room->kick(room->occupant(QStringLiteral("carol")), QStringLiteral("no right"));
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
        QVERIFY2(errors.first().first().toString().startsWith(QStringLiteral("the bot is not an operator in #carols")),
                 qPrintable(errors.first().first().toString()));
    }

private:
    static void type(MainWindow &window, const QString &line)
    {
        QTest::keyClicks(window.inputLine(), line);
        QTest::keyClick(window.inputLine(), Qt::Key_Return);
    }

    static QStringList events(MainWindow &window)
    {
        QStringList texts;
        MessageModel *lines = window.conversation()->messages();
        for (int row = 0; row < lines->rowCount(); ++row)
            texts.append(lines->index(row).data(MessageModel::TextRole).toString());
        return texts;
    }

    std::unique_ptr<IrcServer> m_server;
    BackendRegistry m_registry;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestIrcConsoleCommands)
#include "tst_ircconsolecommands.moc"
