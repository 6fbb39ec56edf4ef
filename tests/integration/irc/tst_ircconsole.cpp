// The console against a real ngircd, in the scene a person meets on a lively
// network: #lobby with 40 people, a topic, one operator, three voiced people
// and some chatter. The console is driven as a person drives it (typing in
// the input line) and checked through its models and what the other people
// see on the wire.
//
// With BOTDECK_SCREENSHOTS=<folder> it also saves the screenshots the
// README shows (console at 1400x900 and 1024x700, the IRC login dialog).
#include "ircintegration.h"

#include "../../common/nextmenu.h"

#include "backends/builtinbackends.h"
#include "core/backendregistry.h"
#include "ui/conversationpanel.h"
#include "ui/inputline.h"
#include "ui/inspectorpanel.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/models/connectionmodel.h"
#include "ui/models/messagemodel.h"
#include "ui/models/occupantmodel.h"
#include "ui/models/occupantproxymodel.h"
#include "ui/occupantspanel.h"

#include <QApplication>
#include <QDir>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>
#include <vector>

using namespace Botdeck;

namespace {
constexpr int CrowdSize = 36; // with ops and three voiced people: 40
}

class TestIrcConsole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nickListShowsRanks();
    void operatorCommandsChangeTheRoom();
    void occupantMenuActsOnTheRoom();
    void inspectorFollowsThePerson();
    void typedCommandsReachTheServer();
    void theConversationSaysWhoDidWhat();
    void screenshots();
    void cleanupTestCase();

private:
    QStringList shownRows() const;
    void type(const QString &line);

    std::unique_ptr<IrcServer> m_server;
    std::unique_ptr<IrcTestClient> m_ops;
    std::vector<std::unique_ptr<IrcTestClient>> m_people;
    BackendRegistry m_registry;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    Backend *m_bot = nullptr;
};

void TestIrcConsole::initTestCase()
{
    m_server = std::make_unique<IrcServer>(IrcServer::Kind::Ngircd);
    if (const QString missing = m_server->missingReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    QVERIFY(m_dir.isValid());

    // The first to join a channel on ngircd is its operator.
    m_ops = std::make_unique<IrcTestClient>();
    QVERIFY(m_ops->connectAndRegister(m_server->port(), QStringLiteral("ops")));
    m_ops->send(QStringLiteral("JOIN #lobby"));
    QVERIFY(!m_ops->waitForCommand(QStringLiteral("366")).command.isEmpty());
    m_ops->send(QStringLiteral("TOPIC #lobby :Welcome to the lobby: be kind, stay on topic"));
    QVERIFY(!m_ops->waitForCommand(QStringLiteral("TOPIC")).command.isEmpty());

    const QStringList voiced{QStringLiteral("vera"), QStringLiteral("victor"), QStringLiteral("viola")};
    for (const QString &nick : voiced) {
        auto person = std::make_unique<IrcTestClient>();
        person->connectWithoutWaiting(m_server->port(), nick, "JOIN #lobby\r\n");
        m_people.push_back(std::move(person));
    }
    for (int i = 0; i < CrowdSize; ++i) {
        auto person = std::make_unique<IrcTestClient>();
        person->setDiscarding(true);
        person->connectWithoutWaiting(m_server->port(), QStringLiteral("guest%1").arg(i, 2, 10, QLatin1Char('0')),
                                      "JOIN #lobby\r\n");
        m_people.push_back(std::move(person));
    }
    QVERIFY(QTest::qWaitFor(
        [&] { return std::all_of(m_people.begin(), m_people.end(), [](const auto &p) { return p->isRegistered(); }); },
        20000));
    for (const QString &nick : voiced)
        QVERIFY(!m_ops
                     ->waitFor([&](const Irc::IrcMessage &m) {
                         return m.command == QLatin1String("JOIN") && m.sourceParts().nick == nick;
                     })
                     .command.isEmpty());
    m_ops->send(QStringLiteral("MODE #lobby +vvv vera victor viola"));
    QVERIFY(!m_ops->waitForCommand(QStringLiteral("MODE")).command.isEmpty());
    m_people.at(0)->send(QStringLiteral("PRIVMSG #lobby :morning all"));
    m_people.at(1)->send(QStringLiteral("PRIVMSG #lobby :morning vera, coffee is on"));

    registerBuiltinBackends(m_registry);
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("console.ini")), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(m_registry, nullptr, m_settings.get());
    m_window->show();
    const Result<BackendSettings> settings = m_registry.settings(QStringLiteral("irc"),
                                                                 {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                                                  {QStringLiteral("port"), m_server->port()},
                                                                  {QStringLiteral("nick"), QStringLiteral("botdeck")},
                                                                  {QStringLiteral("rooms"), QStringLiteral("#lobby")}});
    QVERIFY2(settings, qPrintable(settings ? QString() : settings.error()));
    m_bot = m_window->connectTo(QStringLiteral("irc"), settings.value());
    QVERIFY(m_bot);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->currentRoom() && m_window->currentRoom()->id() == QLatin1String("#lobby"),
                             10000);
}

QStringList TestIrcConsole::shownRows() const
{
    QStringList rows;
    const QAbstractItemModel *model = m_window->occupants()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        rows.append(model->index(row, 0).data().toString());
    return rows;
}

void TestIrcConsole::type(const QString &line)
{
    InputLine *input = m_window->inputLine();
    input->setText(line);
    QTest::keyClick(input, Qt::Key_Return);
}

void TestIrcConsole::nickListShowsRanks()
{
    OccupantsPanel *occupants = m_window->occupants();
    QTRY_COMPARE_WITH_TIMEOUT(occupants->countText(), QStringLiteral("41 people (1 operator, 3 voiced)"), 10000);
    QStringList rows = shownRows();
    QCOMPARE(rows.mid(0, 4),
             (QStringList{QStringLiteral("@ops"), QStringLiteral("+vera"), QStringLiteral("+victor"),
                          QStringLiteral("+viola")}));
    QVERIFY(rows.contains(QStringLiteral("botdeck")));
    QVERIFY(rows.contains(QStringLiteral("guest00")));

    // Ops makes the bot an operator and takes vera's voice: the list and
    // its header follow at once.
    m_ops->send(QStringLiteral("MODE #lobby +o-v botdeck vera"));
    QTRY_COMPARE(occupants->countText(), QStringLiteral("41 people (2 operators, 2 voiced)"));
    rows = shownRows();
    QCOMPARE(rows.mid(0, 4),
             (QStringList{QStringLiteral("@botdeck"), QStringLiteral("@ops"), QStringLiteral("+victor"),
                          QStringLiteral("+viola")}));
    QVERIFY(rows.contains(QStringLiteral("vera")));
    const QModelIndex bot = m_window->occupants()->view()->model()->index(0, 0);
    QCOMPARE(bot.data(OccupantModel::StandingRole).toInt(), int(Standing::Operator));
    QCOMPARE(bot.data(OccupantModel::RankSymbolRole).toString(), QStringLiteral("@"));

    // Someone leaves, someone joins: the count moves, the ranks stay.
    m_people.back()->send(QStringLiteral("PART #lobby :lunch"));
    QTRY_COMPARE(occupants->countText(), QStringLiteral("40 people (2 operators, 2 voiced)"));
    m_people.back()->send(QStringLiteral("JOIN #lobby"));
    QTRY_COMPARE(occupants->countText(), QStringLiteral("41 people (2 operators, 2 voiced)"));
}

void TestIrcConsole::operatorCommandsChangeTheRoom()
{
    // The bot is an operator in #lobby now: what the operator types there
    // acts on the room, everyone sees it, and the list follows.
    QVERIFY(m_window->selectRoom(m_bot->room(QStringLiteral("#lobby"))));
    type(QStringLiteral("/mode +v guest00"));
    const Irc::IrcMessage voiced = m_ops->waitFor([](const Irc::IrcMessage &m) {
        return m.command == QLatin1String("MODE") && m.sourceParts().nick == QLatin1String("botdeck");
    });
    QCOMPARE(voiced.params.mid(0, 3),
             (QStringList{QStringLiteral("#lobby"), QStringLiteral("+v"), QStringLiteral("guest00")}));
    QTRY_COMPARE(m_window->occupants()->countText(), QStringLiteral("41 people (2 operators, 3 voiced)"));
    QVERIFY(shownRows().contains(QStringLiteral("+guest00")));

    type(QStringLiteral("/kick guest01 spamming the lobby"));
    const Irc::IrcMessage kicked = m_ops->waitForCommand(QStringLiteral("KICK"), QStringLiteral("#lobby"));
    QCOMPARE(kicked.param(1), QStringLiteral("guest01"));
    QCOMPARE(kicked.param(2), QStringLiteral("spamming the lobby"));
    QTRY_COMPARE(m_window->occupants()->countText(), QStringLiteral("40 people (2 operators, 3 voiced)"));
    QVERIFY(!shownRows().contains(QStringLiteral("guest01")));
}

void TestIrcConsole::occupantMenuActsOnTheRoom()
{
    QVERIFY(m_window->selectRoom(m_bot->room(QStringLiteral("#lobby"))));
    QListView *list = m_window->occupants()->view();
    QModelIndex victor;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        if (list->model()->index(row, 0).data(OccupantModel::NickRole) == QLatin1String("victor"))
            victor = list->model()->index(row, 0);
    }
    QVERIFY(victor.isValid());
    // Opens the menu on victor, notes what it offers and chooses one entry.
    QStringList offered;
    const auto choose = [&offered](const QString &wanted) {
        answerNextMenu([&offered, wanted](QMenu *menu) {
            offered = entriesOf(menu);
            const QList<QAction *> actions = menu->actions();
            for (QAction *action : actions) {
                if (action->text() == wanted)
                    action->trigger();
            }
        });
    };
    choose(QStringLiteral("Take voice"));
    Q_EMIT list->customContextMenuRequested(list->visualRect(victor).center());
    for (const char *entry :
         {"Give operator status", "Take voice", "Kick victor", "Ban victor", "Who is victor? (whois)"})
        QVERIFY2(offered.contains(QLatin1String(entry)), qPrintable(offered.join(u'|')));
    const Irc::IrcMessage devoiced = m_ops->waitFor([](const Irc::IrcMessage &m) {
        return m.command == QLatin1String("MODE") && m.param(1) == QLatin1String("-v");
    });
    QCOMPARE(devoiced.param(2), QStringLiteral("victor"));
    QTRY_COMPARE(m_window->occupants()->countText(), QStringLiteral("40 people (2 operators, 2 voiced)"));
}

void TestIrcConsole::inspectorFollowsThePerson()
{
    QVERIFY(m_window->selectRoom(m_bot->room(QStringLiteral("#lobby"))));
    QListView *list = m_window->occupants()->view();
    const auto rowOf = [list](const QString &nick) {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data(OccupantModel::NickRole) == nick)
                return list->model()->index(row, 0);
        }
        return QModelIndex();
    };
    list->setCurrentIndex(rowOf(QStringLiteral("guest00")));
    InspectorPanel *inspector = m_window->inspector();
    QCOMPARE(inspector->value(QStringLiteral("nick")), QStringLiteral("guest00"));
    QCOMPARE(inspector->value(QStringLiteral("rankName")), QStringLiteral("voice"));
    // -v guest00 from ops, then a new nick: what is shown follows.
    m_ops->send(QStringLiteral("MODE #lobby -v guest00"));
    QTRY_COMPARE(inspector->value(QStringLiteral("rankName")), QString());
    m_people.at(3)->send(QStringLiteral("NICK guest00_away"));
    QTRY_COMPARE(inspector->value(QStringLiteral("nick")), QStringLiteral("guest00_away"));
    m_people.at(3)->send(QStringLiteral("PART #lobby :bye"));
    QTRY_VERIFY2(inspector->about().contains(QStringLiteral("no longer in #lobby")),
                 qPrintable(inspector->about() + u'|' + inspector->value(QStringLiteral("nick"))));
    m_people.at(3)->send(QStringLiteral("JOIN #lobby"));

    // A click on a message shows its sender.
    MessageModel *lines = m_window->conversation()->messages();
    m_people.at(1)->send(QStringLiteral("PRIVMSG #lobby :click on me"));
    QTRY_VERIFY(lines->index(lines->rowCount() - 1).data(MessageModel::TextRole) == QLatin1String("click on me"));
    QListView *view = m_window->conversation()->view();
    view->scrollToBottom();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(lines->index(lines->rowCount() - 1)).center());
    QTRY_COMPARE(inspector->value(QStringLiteral("nick")), QStringLiteral("victor"));
}

void TestIrcConsole::typedCommandsReachTheServer()
{
    m_ops->send(QStringLiteral("JOIN #second"));
    QVERIFY(!m_ops->waitForCommand(QStringLiteral("366"), QStringLiteral("ops")).command.isEmpty());
    type(QStringLiteral("/join #second"));
    const Irc::IrcMessage joined = m_ops->waitFor([](const Irc::IrcMessage &m) {
        return m.command == QLatin1String("JOIN") && m.param(0) == QLatin1String("#second")
            && m.sourceParts().nick == QLatin1String("botdeck");
    });
    QVERIFY(!joined.command.isEmpty());
    QTRY_VERIFY(m_window->currentRoom() && m_window->currentRoom()->id() == QLatin1String("#second"));
    QTRY_COMPARE(m_window->occupants()->countText(), QStringLiteral("2 people (1 operator)"));

    // What the operator types goes out as the bot; a slash command never does.
    type(QStringLiteral("hello from the console"));
    QCOMPARE(m_ops->waitForCommand(QStringLiteral("PRIVMSG"), QStringLiteral("#second")).param(1),
             QStringLiteral("hello from the console"));
    type(QStringLiteral("/help"));
    type(QStringLiteral("/me waves"));
    const Irc::IrcMessage action = m_ops->waitForCommand(QStringLiteral("PRIVMSG"), QStringLiteral("#second"));
    QCOMPARE(action.param(1),
             QStringLiteral("\x01"
                            "ACTION waves\x01"));

    type(QStringLiteral("/part"));
    const Irc::IrcMessage parted = m_ops->waitFor([](const Irc::IrcMessage &m) {
        return m.command == QLatin1String("PART") && m.sourceParts().nick == QLatin1String("botdeck");
    });
    QCOMPARE(parted.param(0), QStringLiteral("#second"));
    QVERIFY(m_window->selectRoom(m_bot->room(QStringLiteral("#lobby"))));
}

void TestIrcConsole::theConversationSaysWhoDidWhat()
{
    const auto lines = [this](const QString &room) {
        QStringList texts;
        MessageModel *messages = m_window->connections()->messages(m_window->connections()->indexOf(m_bot->room(room)));
        for (int row = 0; messages && row < messages->rowCount(); ++row)
            texts.append(messages->index(row).data(MessageModel::TextRole).toString());
        return texts;
    };
    // What happened in #lobby so far, as a person reads it.
    const QStringList lobby = lines(QStringLiteral("#lobby"));
    const auto has = [&lobby](const QString &text) { return lobby.contains(text); };
    QVERIFY2(std::any_of(lobby.begin(), lobby.end(),
                         [](const QString &line) {
                             return line.startsWith(QLatin1String(
                                 "The topic is: Welcome to the lobby: be kind, stay on topic (set by ops on "));
                         }),
             qPrintable(lobby.join(u'\n')));
    QVERIFY2(has(QStringLiteral("ops gives operator status to botdeck")), qPrintable(lobby.join(u'\n')));
    QVERIFY(has(QStringLiteral("ops takes voice from vera")));
    QVERIFY(has(QStringLiteral("botdeck gives voice to guest00")));
    QVERIFY(has(QStringLiteral("botdeck takes voice from victor")));
    QVERIFY(has(QStringLiteral("guest01 was kicked by botdeck: spamming the lobby")));
    QVERIFY(!has(QStringLiteral("guest01 left (kicked by botdeck: spamming the lobby)")));
    QVERIFY(std::any_of(lobby.begin(), lobby.end(), [](const QString &line) {
        return line.startsWith(QLatin1String("guest35 (~guest35@127.0.0.1"))
            || line.startsWith(QLatin1String("guest35 (guest35@127.0.0.1"));
    }));

    // The bot itself, kicked: by whom and why, not "You left".
    type(QStringLiteral("/join #third"));
    QTRY_VERIFY(m_bot->room(QStringLiteral("#third")) && m_bot->room(QStringLiteral("#third"))->isJoined());
    m_ops->send(QStringLiteral("JOIN #third"));
    QTRY_VERIFY(m_bot->room(QStringLiteral("#third"))->hasOccupant(QStringLiteral("ops")));
    // ngircd made the bot, who came first, the operator of #third.
    type(QStringLiteral("/mode +o ops"));
    QTRY_COMPARE(standingOf(m_bot->room(QStringLiteral("#third"))->occupant(QStringLiteral("ops"))),
                 Standing::Operator);
    m_ops->send(QStringLiteral("KICK #third botdeck :enough for today"));
    QTRY_VERIFY(!m_bot->room(QStringLiteral("#third"))->isJoined());
    const QStringList third = lines(QStringLiteral("#third"));
    QVERIFY2(third.contains(QStringLiteral("You were kicked from #third by ops: enough for today")),
             qPrintable(third.join(u'\n')));
    QVERIFY(!third.contains(QStringLiteral("You left #third")));
    QVERIFY(m_window->selectRoom(m_bot->room(QStringLiteral("#lobby"))));
}

void TestIrcConsole::screenshots()
{
    const QString folder = qEnvironmentVariable("BOTDECK_SCREENSHOTS");
    if (folder.isEmpty())
        QSKIP("set BOTDECK_SCREENSHOTS=<folder> to save the README's screenshots");
    QVERIFY(QDir().mkpath(folder));
    QTRY_VERIFY(m_window->occupants()->countText().contains(QStringLiteral(" people")));
    const int before = m_window->conversation()->messages()->rowCount();
    m_people.at(0)->send(QStringLiteral("PRIVMSG #lobby :the release notes are at https://botdeck.example.org/notes."));
    m_people.at(1)->send(QStringLiteral("PRIVMSG #lobby :\x01"
                                        "ACTION reads them over coffee\x01"));
    m_people.at(3)->send(QStringLiteral("PRIVMSG #lobby :has anyone tried the new login dialog?"));
    m_people.at(2)->send(QStringLiteral("PRIVMSG #lobby :botdeck: can you say who is here?"));
    QTRY_COMPARE(m_window->conversation()->messages()->rowCount(), before + 4);
    type(QStringLiteral("41 of you, and two operators"));
    QTRY_COMPARE(m_window->conversation()->messages()->rowCount(), before + 5);
    m_people.at(4)->send(QStringLiteral("PRIVMSG #lobby :thanks botdeck"));
    QTRY_COMPARE(m_window->conversation()->messages()->rowCount(), before + 6);
    for (const QSize size : {QSize(1400, 900), QSize(1024, 700)}) {
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        QCoreApplication::processEvents();
        const QString file
            = QDir(folder).filePath(QStringLiteral("console-irc-%1x%2.png").arg(size.width()).arg(size.height()));
        QVERIFY2(m_window->grab().save(file), qPrintable(file));
    }
    LoginDialog *dialog = m_window->openLoginDialog();
    QVERIFY(dialog);
    dialog->setBackend(QStringLiteral("irc"));
    QTRY_VERIFY(dialog->isVisible());
    QCoreApplication::processEvents();
    QVERIFY(dialog->grab().save(QDir(folder).filePath(QStringLiteral("login-irc.png"))));
    dialog->reject();
}

void TestIrcConsole::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestIrcConsole)
#include "tst_ircconsole.moc"
