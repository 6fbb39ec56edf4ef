// The real console window on the local backend, driven as an operator
// would: rooms, occupants coming and going, the inspector, typing as the
// bot, the Room and Connection menus, the login dialog, the traffic dock.
#include "../common/nextmenu.h"
#include "lagbackend.h"
#include "localfixture.h"
#include "testplugin.h"

#include "core/bot/accesscontrol.h"
#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"
#include "core/sendqueue.h"
#include "core/simulationcontrol.h"
#include "ui/accesspanel.h"
#include "ui/botmenu.h"
#include "ui/commandsdialog.h"
#include "ui/conversationdelegate.h"
#include "ui/conversationpanel.h"
#include "ui/inputline.h"
#include "ui/inspectorpanel.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/models/commandmodel.h"
#include "ui/models/connectionmodel.h"
#include "ui/models/messagemodel.h"
#include "ui/models/occupantmodel.h"
#include "ui/models/occupantproxymodel.h"
#include "ui/occupantdelegate.h"
#include "ui/occupantspanel.h"
#include "ui/profilestore.h"
#include "ui/quickswitcher.h"
#include "ui/settingsdialog.h"
#include "ui/trafficpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

using namespace Botdeck;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    BackendRegistry m_registry;
    int m_settingsSerial = 0;

    // A fresh settings file per test, so layouts and profiles do not leak.
    std::unique_ptr<QSettings> freshSettings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings%1.ini").arg(++m_settingsSerial)),
                                           QSettings::IniFormat);
    }

    struct Console
    {
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<MainWindow> window;
        Backend *backend = nullptr;
    };

    // A window on a quiet local backend, with #lobby selected.
    Console openConsole(const QString &rooms = QStringLiteral("#lobby,#dev"))
    {
        Console console;
        console.settings = freshSettings();
        console.window = std::make_unique<MainWindow>(m_registry, nullptr, console.settings.get());
        console.window->show();
        QList<Backend *> added;
        bool connectedYet = false;
        const QMetaObject::Connection watch = QObject::connect(
            console.window.get(), &MainWindow::backendAdded, console.window.get(), [&](Backend *backend) {
                added.append(backend);
                connectedYet = backend->state() != Backend::State::Disconnected;
            });
        console.backend = console.window->connectTo(QStringLiteral("local"), LocalFixture::quietSettings(rooms));
        // Announced before it connects, so the bot can attach in time.
        QObject::disconnect(watch);
        if (added != QList<Backend *>{console.backend} || connectedYet)
            qFatal("backendAdded was not emitted before connecting");
        return console;
    }

    static QStringList shownOccupants(MainWindow &window)
    {
        QStringList nicks;
        const QAbstractItemModel *model = window.occupants()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            nicks.append(model->index(row, 0).data(OccupantModel::NickRole).toString());
        return nicks;
    }

    static QModelIndex occupantIndex(MainWindow &window, const QString &nick)
    {
        const QAbstractItemModel *model = window.occupants()->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(OccupantModel::NickRole).toString() == nick)
                return model->index(row, 0);
        }
        return {};
    }

    static QInputDialog *askDialog(MainWindow &window)
    {
        // Answered dialogs linger until deleted later: take the open one.
        const QList<QInputDialog *> dialogs = window.findChildren<QInputDialog *>(QStringLiteral("ask-dialog"));
        for (QInputDialog *dialog : dialogs) {
            if (dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    static void answer(MainWindow &window, const QString &text)
    {
        QInputDialog *dialog = askDialog(window);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->setTextValue(text);
        dialog->accept();
    }

    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerBuiltinBackends(m_registry);
    }

    void opensOnTheFirstJoinedRoom()
    {
        Console c = openConsole();
        QVERIFY(c.backend);
        QTRY_VERIFY(c.window->currentRoom() && c.window->currentRoom() == c.backend->room(QStringLiteral("#lobby")));
        QTRY_COMPARE(shownOccupants(*c.window).size(), 7);
        // Owners first, then by nick.
        QCOMPARE(shownOccupants(*c.window).constFirst(), QStringLiteral("alice"));
        QCOMPARE(c.window->occupants()->countText(), QStringLiteral("7 people (1 operator)"));
        QVERIFY(c.window->conversation()->topicText().contains(QStringLiteral("Welcome")));
        QVERIFY(c.window->statusText().contains(QStringLiteral("connected")));
        QVERIFY(c.window->statusText().contains(QStringLiteral("@botdeck")));
        QCOMPARE(c.window->currentTarget(), Identifier::makeRoom(QStringLiteral("#lobby")));
        // Until someone is inspected, the inspector shows the bot.
        QCOMPARE(c.window->inspector()->value(QStringLiteral("person")), QStringLiteral("@botdeck"));
        // The application icon, drawn from its SVG.
        QVERIFY(!c.window->windowIcon().pixmap(64, 64).isNull());
    }

    void typingGoesToTheInputLine()
    {
        Console c = openConsole();
        QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
        c.window->activateWindow();
        auto *input = c.window->findChild<QWidget *>(QStringLiteral("input-line"));
        QVERIFY(input);
        QTRY_VERIFY(input->hasFocus());
        // Focus elsewhere, then pick a conversation in the tree: the input line has it again.
        auto *tree = c.window->findChild<QTreeView *>(QStringLiteral("connection-tree"));
        QTRY_VERIFY(c.window->currentRoom());
        tree->setFocus();
        QVERIFY(!input->hasFocus());
        const QModelIndex current = tree->currentIndex();
        QVERIFY(current.isValid());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(current).center());
        QTRY_VERIFY(input->hasFocus());
    }

    void shiftTabKeepsTheConversationWhereItIs()
    {
        Console c = openConsole();
        QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
        c.window->activateWindow();
        QTRY_VERIFY(c.window->currentRoom());
        MessageModel *lines = c.window->conversation()->messages();
        QVERIFY(lines);
        for (int i = 0; i < 200; ++i)
            lines->appendEvent(QStringLiteral("line %1").arg(i));
        QScrollBar *scroll = c.window->conversation()->view()->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        QTRY_COMPARE(scroll->value(), scroll->maximum());
        InputLine *input = c.window->inputLine();
        QTRY_VERIFY(input->hasFocus());
        QTest::keyClick(input, Qt::Key_Backtab, Qt::ShiftModifier);
        QCoreApplication::processEvents();
        // Focus moved back through the window, but nobody asked to read
        // the history from its start.
        QVERIFY(!input->hasFocus());
        QCOMPARE(scroll->value(), scroll->maximum());
        // And the way back lands on the newest line, not the oldest.
        QListView *view = c.window->conversation()->view();
        QVERIFY(view->hasFocus());
        QCOMPARE(view->currentIndex().row(), lines->rowCount() - 1);
        QTest::keyClick(view, Qt::Key_Up);
        QVERIFY(scroll->value() > scroll->maximum() / 2);
    }

    void mentionsLinksAndNewLinesStandOut()
    {
        Console c = openConsole();
        QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
        QTRY_VERIFY(c.window->currentRoom() && c.window->currentRoom()->id() == QLatin1String("#lobby"));
        auto *simulation = qobject_cast<SimulationControl *>(c.backend);
        const Identifier lobby = Identifier::makeRoom(QStringLiteral("#lobby"));
        const Identifier dev = Identifier::makeRoom(QStringLiteral("#dev"));

        // While the operator reads #lobby, #dev fills up; a line naming the
        // bot colours its row and is counted apart.
        QVERIFY(simulation->speakAs(QStringLiteral("dave"), dev, QStringLiteral("anyone around?")));
        QVERIFY(simulation->speakAs(QStringLiteral("carol"), dev, QStringLiteral("botdeck: are you there?")));
        const QModelIndex devRow = c.window->connections()->indexOf(c.backend->room(QStringLiteral("#dev")));
        QTRY_COMPARE(devRow.data(ConnectionModel::UnreadRole).toInt(), 2);
        QCOMPARE(devRow.data(ConnectionModel::HighlightsRole).toInt(), 1);
        QVERIFY(devRow.data(Qt::ForegroundRole).isValid());
        QVERIFY(devRow.data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 naming the bot")));

        // Seen once, then left: what comes after sits below the marker.
        QVERIFY(c.window->selectRoom(c.backend->room(QStringLiteral("#dev"))));
        QCOMPARE(devRow.data(ConnectionModel::HighlightsRole).toInt(), 0);
        MessageModel *devLines = c.window->conversation()->messages();
        QVERIFY(c.window->selectRoom(c.backend->room(QStringLiteral("#lobby"))));
        const int seen = devLines->rowCount();
        QVERIFY(simulation->speakAs(QStringLiteral("dave"), dev, QStringLiteral("see https://example.org/notes.")));
        QTRY_COMPARE(devLines->rowCount(), seen + 1);
        QCOMPARE(devLines->firstUnreadRow(), seen);
        QVERIFY(c.window->selectRoom(c.backend->room(QStringLiteral("#dev"))));

        // The link is drawn as one and opens when clicked.
        QListView *view = c.window->conversation()->view();
        auto *delegate = qobject_cast<ConversationDelegate *>(view->itemDelegate());
        QVERIFY(delegate);
        const QModelIndex line = devLines->index(seen);
        QTRY_VERIFY(view->visualRect(line).isValid());
        QStyleOptionViewItem option;
        option.initFrom(view->viewport());
        option.widget = view;
        option.font = view->font();
        option.fontMetrics = view->fontMetrics();
        option.rect = view->visualRect(line);
        QPoint onLink;
        for (int x = option.rect.left(); x < option.rect.right() && onLink.isNull(); x += 2) {
            const QPoint point(x, option.rect.bottom() - option.fontMetrics.height() / 2 - 2);
            if (delegate->linkAt(option, line, point) == QUrl(QStringLiteral("https://example.org/notes")))
                onLink = point;
        }
        QVERIFY2(!onLink.isNull(), "no link where the line's URL is drawn");
        // The sentence's full stop is not part of the link.
        QSignalSpy opened(delegate, &ConversationDelegate::linkActivated);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, onLink);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toUrl(), QUrl(QStringLiteral("https://example.org/notes")));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(option.rect.left() + 2, onLink.y()));
        QCOMPARE(opened.count(), 1);
    }

    void keyboardTravelsBetweenConversationsAndPanes()
    {
        Console c = openConsole();
        QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
        c.window->activateWindow();
        QTRY_VERIFY(c.window->currentRoom() && c.window->currentRoom()->id() == QLatin1String("#lobby"));
        Room *lobby = c.window->currentRoom();
        QTRY_VERIFY(c.backend->room(QStringLiteral("#dev")) && c.backend->room(QStringLiteral("#dev"))->isJoined());
        Room *dev = c.backend->room(QStringLiteral("#dev"));
        InputLine *input = c.window->inputLine();
        QTRY_VERIFY(input->hasFocus());

        // The next and previous rows, as tabs go; round the ends.
        QTest::keyClick(input, Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(c.window->currentRoom(), dev);
        QTest::keyClick(input, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(c.window->currentRoom(), lobby);
        QTest::keyClick(input, Qt::Key_PageUp, Qt::ControlModifier);
        QVERIFY(!c.window->currentRoom());
        QCOMPARE(c.window->currentBackend(), c.backend);
        QTest::keyClick(input, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(c.window->currentRoom(), dev);
        // Alt+n: the n-th conversation, ready to type in.
        QTest::keyClick(input, Qt::Key_1, Qt::AltModifier);
        QCOMPARE(c.window->currentRoom(), lobby);
        QTest::keyClick(input, Qt::Key_2, Qt::AltModifier);
        QCOMPARE(c.window->currentRoom(), dev);
        QTest::keyClick(input, Qt::Key_9, Qt::AltModifier);
        QCOMPARE(c.window->currentRoom(), dev);

        // Ctrl+K, a few letters, Enter. In the input line too, which would
        // otherwise take Ctrl+K for itself.
        input->setText(QStringLiteral("draft"));
        QTest::keyClick(input, Qt::Key_K, Qt::ControlModifier);
        auto *switcher = c.window->findChild<QuickSwitcher *>(QStringLiteral("quick-switcher"));
        QVERIFY(switcher);
        QTRY_VERIFY(switcher->isVisible());
        QCOMPARE(input->text(), QStringLiteral("draft"));
        QCOMPARE(switcher->shown().size(), 2);
        QTest::keyClicks(switcher->filter(), QStringLiteral("lob"));
        QCOMPARE(switcher->shown().size(), 1);
        QVERIFY(switcher->shown().constFirst().startsWith(QStringLiteral("#lobby")));
        QTest::keyClick(switcher->filter(), Qt::Key_Return);
        QCOMPARE(c.window->currentRoom(), lobby);
        QTRY_VERIFY(input->hasFocus());

        // F6 through the panes and back; Shift+Tab reaches the tree in two.
        auto *tree = c.window->connectionView();
        QTest::keyClick(input, Qt::Key_F6);
        QVERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_F6);
        QVERIFY(c.window->conversation()->view()->hasFocus());
        QTest::keyClick(c.window->conversation()->view(), Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(tree->hasFocus());
        QTest::keyClick(tree, Qt::Key_F6, Qt::ShiftModifier);
        QVERIFY(input->hasFocus());
        QTest::keyClick(input, Qt::Key_Backtab, Qt::ShiftModifier);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY(tree->hasFocus());
        // Every one of these is in the Go menu, for who looks there first.
        QVERIFY(c.window->findChild<QMenu *>(QStringLiteral("menu-go")));
    }

    void findInTheConversation()
    {
        Console c = openConsole();
        QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
        c.window->activateWindow();
        QTRY_VERIFY(c.window->currentRoom());
        MessageModel *lines = c.window->conversation()->messages();
        for (int i = 0; i < 120; ++i)
            lines->appendEvent(i % 40 == 5 ? QStringLiteral("the Deploy went out (%1)").arg(i)
                                           : QStringLiteral("chatter %1").arg(i));
        const int first = lines->rowCount() - 120;
        ConversationPanel *panel = c.window->conversation();
        QTRY_VERIFY(c.window->inputLine()->hasFocus());
        QTest::keyClick(c.window->inputLine(), Qt::Key_F, Qt::ControlModifier);
        QLineEdit *field = panel->findField();
        QTRY_VERIFY(field->isVisible() && field->hasFocus());
        // Typing finds the newest match, ignoring case.
        QTest::keyClicks(field, QStringLiteral("deploy"));
        QListView *view = panel->view();
        QCOMPARE(view->currentIndex().row(), first + 85);
        QCOMPARE(panel->findStatus(), QStringLiteral("3 of 3"));
        // Enter: older; Shift+Enter: newer; the ends say so.
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(view->currentIndex().row(), first + 45);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(view->currentIndex().row(), first + 5);
        QCOMPARE(panel->findStatus(), QStringLiteral("1 of 3"));
        QTRY_VERIFY(view->visualRect(view->currentIndex()).intersects(view->viewport()->rect()));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(view->currentIndex().row(), first + 5);
        QCOMPARE(panel->findStatus(), QStringLiteral("No older match"));
        QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(view->currentIndex().row(), first + 45);
        field->setText(QStringLiteral("nowhere to be seen"));
        QCOMPARE(panel->findStatus(), QStringLiteral("Not found"));
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!field->isVisible());
    }

    void settingsChangeTheConsoleAndAreKept()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.window->currentRoom());
        MessageModel *lines = c.window->conversation()->messages();
        lines->appendEvent(QStringLiteral("a line"), QDateTime(QDate(2026, 12, 3), QTime(9, 5, 7)));
        const QModelIndex line = lines->index(lines->rowCount() - 1);
        QVERIFY(line.data().toString().startsWith(QStringLiteral("09:05 ")));

        SettingsDialog *dialog = c.window->openSettings();
        QVERIFY(dialog);
        dialog->timeFormat()->setCurrentText(QStringLiteral("HH:mm:ss"));
        dialog->nickColours()->setChecked(false);
        dialog->fontSize()->setValue(15);
        dialog->quitMessage()->setText(QStringLiteral("back soon"));
        dialog->restoreConnections()->setChecked(false);
        dialog->accept();
        // At once, on what is already on screen.
        QVERIFY(line.data().toString().startsWith(QStringLiteral("09:05:07 ")));
        QVERIFY(!qobject_cast<ConversationDelegate *>(c.window->conversation()->view()->itemDelegate())->nickColours());
        QVERIFY(!qobject_cast<OccupantDelegate *>(c.window->occupants()->view()->itemDelegate())->nickColours());
        QCOMPARE(c.window->conversation()->view()->font().pointSize(), 15);
        QCOMPARE(c.window->inputLine()->font().pointSize(), 15);
        // A room joined later uses them too.
        QVERIFY(c.backend->joinRoom(QStringLiteral("#random")));
        QTRY_VERIFY(c.window->connections()->messages(
            c.window->connections()->indexOf(c.backend->room(QStringLiteral("#random")))));
        QCOMPARE(c.window->connections()
                     ->messages(c.window->connections()->indexOf(c.backend->room(QStringLiteral("#random"))))
                     ->timeFormat(),
                 QStringLiteral("HH:mm:ss"));
        // And the next start.
        MainWindow again(m_registry, nullptr, c.settings.get());
        QCOMPARE(again.consoleSettings().timeFormat, QStringLiteral("HH:mm:ss"));
        QCOMPARE(again.consoleSettings().quitMessage, QStringLiteral("back soon"));
        QCOMPARE(again.consoleSettings().restoreConnections, false);
        QCOMPARE(again.consoleSettings().fontSize, 15);
        QCOMPARE(again.consoleSettings().nickColours, false);
    }

    void aboutSaysWhatThisIs()
    {
        Console c = openConsole();
        QMessageBox *about = c.window->showAbout();
        QVERIFY(about);
        QTRY_VERIFY(about->isVisible());
        QVERIFY(about->text().contains(QStringLiteral(BOTDECK_VERSION)));
        QVERIFY(about->text().contains(QStringLiteral("MIT")));
        QVERIFY(about->text().contains(QStringLiteral("href=")));
        about->accept();
    }

    void occupantsFollowJoinsAndLeaves()
    {
        Console c = openConsole();
        QTRY_COMPARE(shownOccupants(*c.window).size(), 7);
        QListView *view = c.window->occupants()->view();
        view->setCurrentIndex(occupantIndex(*c.window, QStringLiteral("carol")));

        auto *service = LocalFixture::service(c.backend);
        QVERIFY(service->join(QStringLiteral("heidi"), QStringLiteral("#lobby")).isEmpty());
        QTRY_VERIFY(shownOccupants(*c.window).contains(QStringLiteral("heidi")));
        QCOMPARE(c.window->occupants()->countText(), QStringLiteral("8 people (1 operator)"));
        QVERIFY(service->leave(QStringLiteral("bob"), QStringLiteral("#lobby"), QStringLiteral("bye")).isEmpty());
        QTRY_VERIFY(!shownOccupants(*c.window).contains(QStringLiteral("bob")));
        QVERIFY(service->changeNick(QStringLiteral("dave"), QStringLiteral("zdave")).isEmpty());
        QTRY_COMPARE(shownOccupants(*c.window).constLast(), QStringLiteral("zdave"));
        // The selection stayed on carol throughout.
        QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("carol"));
        // And the conversation shows the quiet lines.
        MessageModel *lines = c.window->conversation()->messages();
        QTRY_VERIFY(lines->rowCount() >= 3);
        QCOMPARE(lines->index(lines->rowCount() - 1).data(MessageModel::TextRole).toString(),
                 QStringLiteral("dave is now known as zdave"));

        QCOMPARE(c.window->occupants()->countText(), QStringLiteral("7 people (1 operator)"));
        // The filter box narrows the list and the count says so.
        c.window->occupants()->filter()->setText(QStringLiteral("ar"));
        QCOMPARE(shownOccupants(*c.window), QStringList{QStringLiteral("carol")});
        QCOMPARE(c.window->occupants()->countText(), QStringLiteral("1 of 7 people (1 operator)"));
    }

    void inspectorShowsTheSelectedOccupantAndTheBot()
    {
        Console c = openConsole();
        QTRY_COMPARE(shownOccupants(*c.window).size(), 7);
        c.window->occupants()->view()->setCurrentIndex(occupantIndex(*c.window, QStringLiteral("erin")));
        InspectorPanel *inspector = c.window->inspector();
        QCOMPARE(inspector->value(QStringLiteral("kind")), InspectorPanel::describe(Identifier::Kind::Occupant));
        QCOMPARE(inspector->value(QStringLiteral("person")), QStringLiteral("@erin"));
        QCOMPARE(inspector->value(QStringLiteral("client")), QStringLiteral("laptop"));
        QCOMPARE(inspector->value(QStringLiteral("nick")), QStringLiteral("erin"));
        QCOMPARE(inspector->value(QStringLiteral("displayName")), QStringLiteral("Erin Evans"));
        QCOMPARE(inspector->value(QStringLiteral("aclAttr")), QStringLiteral("@erin"));
        QCOMPARE(inspector->value(QStringLiteral("room")), QStringLiteral("#lobby"));
        QCOMPARE(inspector->value(QStringLiteral("account")), QStringLiteral("erin"));

        action(*c.window, "action-inspect-bot")->trigger();
        QCOMPARE(inspector->value(QStringLiteral("person")), QStringLiteral("@botdeck"));
        QCOMPARE(inspector->value(QStringLiteral("kind")), InspectorPanel::describe(Identifier::Kind::Person));
        QCOMPARE(inspector->value(QStringLiteral("client")), QStringLiteral("botdeck"));
    }

    void inspectorIsReachableFromContextMenus()
    {
        Console c = openConsole();
        QTRY_COMPARE(shownOccupants(*c.window).size(), 7);
        auto *simulation = qobject_cast<SimulationControl *>(c.backend);
        QVERIFY(simulation->speakAs(QStringLiteral("frank"), Identifier::makeRoom(QStringLiteral("#lobby")),
                                    QStringLiteral("inspect me")));
        MessageModel *lines = c.window->conversation()->messages();
        QTRY_VERIFY(lines->rowCount() > 0
                    && lines->index(lines->rowCount() - 1).data(MessageModel::TextRole)
                        == QStringLiteral("inspect me"));

        // The first entry of each context menu inspects the person.
        const auto chooseFirst = [] { answerNextMenu([](QMenu *menu) { menu->actions().constFirst()->trigger(); }); };
        QListView *conversation = c.window->conversation()->view();
        conversation->scrollToBottom();
        const QRect lastLine = conversation->visualRect(lines->index(lines->rowCount() - 1));
        chooseFirst();
        Q_EMIT conversation->customContextMenuRequested(lastLine.center());
        QCOMPARE(c.window->inspector()->value(QStringLiteral("nick")), QStringLiteral("frank"));
        QCOMPARE(c.window->inspector()->value(QStringLiteral("displayName")), QStringLiteral("Frank Fischer"));

        QListView *occupants = c.window->occupants()->view();
        const QRect bob = occupants->visualRect(occupantIndex(*c.window, QStringLiteral("bob")));
        chooseFirst();
        Q_EMIT occupants->customContextMenuRequested(bob.center());
        QCOMPARE(c.window->inspector()->value(QStringLiteral("person")), QStringLiteral("@bob"));

        // The room actions are there, but the bot does not own #lobby: the
        // menu says so instead of offering what the service would refuse.
        QStringList offered;
        answerNextMenu([&offered](QMenu *menu) { offered = entriesOf(menu); });
        Q_EMIT occupants->customContextMenuRequested(bob.center());
        QVERIFY2(offered.contains(QStringLiteral("Kick bob (the bot is not an operator here) [off]")),
                 qPrintable(offered.join(u'|')));
        QVERIFY(!offered.join(u'|').contains(QStringLiteral("voice")));
    }

    // Selecting a room of another connection shows that connection's bot;
    // a left click on a line inspects who said it.
    void inspectorFollowsTheSelection()
    {
        Console c = openConsole();
        BackendSettings otherSettings = LocalFixture::quietSettings(QStringLiteral("#random"));
        otherSettings.setValue(QStringLiteral("nick"), QStringLiteral("otherbot"));
        Backend *second = c.window->connectTo(QStringLiteral("local"), otherSettings);
        QTRY_VERIFY(second->room(QStringLiteral("#random")) && second->room(QStringLiteral("#random"))->isJoined());
        QVERIFY(c.window->selectRoom(c.backend->room(QStringLiteral("#lobby"))));
        action(*c.window, "action-inspect-bot")->trigger();
        QCOMPARE(c.window->inspector()->value(QStringLiteral("nick")), QStringLiteral("botdeck"));
        QVERIFY(c.window->selectRoom(second->room(QStringLiteral("#random"))));
        QCOMPARE(c.window->inspector()->value(QStringLiteral("nick")), QStringLiteral("otherbot"));

        auto *simulation = qobject_cast<SimulationControl *>(second);
        QVERIFY(simulation->speakAs(QStringLiteral("bob"), Identifier::makeRoom(QStringLiteral("#random")),
                                    QStringLiteral("click me")));
        MessageModel *lines = c.window->conversation()->messages();
        QTRY_VERIFY(lines->rowCount() > 0
                    && lines->index(lines->rowCount() - 1).data(MessageModel::TextRole) == QStringLiteral("click me"));
        QListView *conversation = c.window->conversation()->view();
        conversation->scrollToBottom();
        const QRect lastLine = conversation->visualRect(lines->index(lines->rowCount() - 1));
        QTest::mouseClick(conversation->viewport(), Qt::LeftButton, {}, lastLine.center());
        QCOMPARE(c.window->inspector()->value(QStringLiteral("nick")), QStringLiteral("bob"));
    }

    void typingSendsAsTheBot()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.window->currentRoom());
        MessageModel *lines = c.window->conversation()->messages();
        const int before = lines->rowCount();
        QTest::keyClicks(c.window->inputLine(), QStringLiteral("hello from the console"));
        QTest::keyClick(c.window->inputLine(), Qt::Key_Return);
        QTRY_COMPARE(lines->rowCount(), before + 1);
        const QModelIndex sent = lines->index(before);
        QCOMPARE(sent.data(MessageModel::TextRole).toString(), QStringLiteral("hello from the console"));
        QCOMPARE(sent.data(MessageModel::OwnRole).toBool(), true);
        QCOMPARE(sent.data(MessageModel::SenderRole).value<Identifier>().nick(), QStringLiteral("botdeck"));
        // Until the bot is plugged in, a command line is sent as text.
        QTest::keyClicks(c.window->inputLine(), QStringLiteral("!echo hi"));
        QTest::keyClick(c.window->inputLine(), Qt::Key_Return);
        QTRY_COMPARE(lines->rowCount(), before + 2);
        QCOMPARE(lines->index(before + 1).data(MessageModel::TextRole).toString(), QStringLiteral("!echo hi"));
        // What simulated people say arrives in the same view.
        auto *simulation = qobject_cast<SimulationControl *>(c.backend);
        QVERIFY(simulation->speakAs(QStringLiteral("bob"), Identifier::makeRoom(QStringLiteral("#lobby")),
                                    QStringLiteral("hi bot")));
        QTRY_COMPARE(lines->rowCount(), before + 3);
        QCOMPARE(lines->index(before + 2).data(MessageModel::OwnRole).toBool(), false);
    }

    void commandLinesGoToTheBot()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.window->currentRoom());
        QStringList ran;
        Identifier where;
        // A bot whose one command records the line it was given and where.
        struct Recorder : BotPlugin
        {
            QString name() const override { return QStringLiteral("Recorder"); }
            QString description() const override { return QStringLiteral("Records command lines"); }
            QList<BotCommand> commands() const override
            {
                return {BotCommand::simple(QStringLiteral("echo"), QStringLiteral("<text>"), QString(),
                                           [this](const CommandCall &call) {
                                               *where = call.message().to();
                                               ran->append(call.message().body());
                                               return call.argumentText();
                                           })};
            }
            QStringList *ran = nullptr;
            Identifier *where = nullptr;
        };
        auto *recorder = new Recorder;
        recorder->ran = &ran;
        recorder->where = &where;
        Bot bot;
        QVERIFY(bot.plugins()->add(recorder));
        bot.attach(c.backend);
        c.window->setBot(&bot);
        MessageModel *lines = c.window->conversation()->messages();
        const int before = lines->rowCount();
        QTest::keyClicks(c.window->inputLine(), QStringLiteral("!echo hi"));
        QTest::keyClick(c.window->inputLine(), Qt::Key_Return);
        QCOMPARE(ran, QStringList{QStringLiteral("!echo hi")});
        QCOMPARE(where, Identifier::makeRoom(QStringLiteral("#lobby")));
        // Answered to the operator alone.
        QTRY_COMPARE(lines->rowCount(), before + 1);
        QCOMPARE(lines->index(before).data(MessageModel::TextRole).toString(),
                 QStringLiteral("botdeck (to you only): hi"));
        // Ordinary text does not go to the runner.
        QTest::keyClicks(c.window->inputLine(), QStringLiteral("plain"));
        QTest::keyClick(c.window->inputLine(), Qt::Key_Return);
        QCOMPARE(ran.size(), 1);
        c.window->setBot(nullptr);
    }

    void commandLinesReachTheRealBot()
    {
        Console c;
        c.settings = freshSettings();
        c.window = std::make_unique<MainWindow>(m_registry, nullptr, c.settings.get());
        // Wired as the application does; the bot goes before the backends.
        Bot bot;
        bot.setDataDir(m_dir.filePath(QStringLiteral("botdata")));
        bot.addBuiltinPlugins();
        connect(c.window.get(), &MainWindow::backendAdded, &bot, [&bot](Backend *backend) { bot.attach(backend); });
        c.window->setBot(&bot);
        c.window->show();
        c.backend = c.window->connectTo(QStringLiteral("local"), LocalFixture::quietSettings());
        QTRY_VERIFY(c.window->currentRoom() && c.window->currentRoom()->isJoined());
        MessageModel *lines = c.window->conversation()->messages();
        const int before = lines->rowCount();
        QTest::keyClicks(c.window->inputLine(), QStringLiteral("!echo hi"));
        QTest::keyClick(c.window->inputLine(), Qt::Key_Return);
        // The bot's reply, not the command line, appears; for the operator
        // only, so nothing went to the room.
        QSignalSpy sent(c.backend, &Backend::messageSent);
        QTRY_COMPARE(lines->rowCount(), before + 1);
        QCOMPARE(lines->index(before).data(MessageModel::TextRole).toString(),
                 QStringLiteral("botdeck (to you only): hi"));
        QCOMPARE(sent.count(), 0);
        // /say !cmd: the bot answers in the room, as its own line there.
        QTest::keyClicks(c.window->inputLine(), QStringLiteral("/say !echo for everyone"));
        QTest::keyClick(c.window->inputLine(), Qt::Key_Return);
        QTRY_COMPARE(sent.count(), 1);
        QCOMPARE(sent.first().first().value<Message>().body(), QStringLiteral("for everyone"));
        QTRY_COMPARE(lines->index(lines->rowCount() - 1).data(MessageModel::TextRole).toString(),
                     QStringLiteral("for everyone"));
        QCOMPARE(lines->index(lines->rowCount() - 1).data(MessageModel::OwnRole).toBool(), true);
        // A longer answer stays private too.
        const int beforeHelp = lines->rowCount();
        QTest::keyClicks(c.window->inputLine(), QStringLiteral("!help"));
        QTest::keyClick(c.window->inputLine(), Qt::Key_Return);
        QTRY_VERIFY(lines->rowCount() > beforeHelp);
        QVERIFY(lines->index(beforeHelp)
                    .data(MessageModel::TextRole)
                    .toString()
                    .startsWith(QStringLiteral("botdeck (to you only): ")));
        QCOMPARE(sent.count(), 1);
        c.window->setBot(nullptr);
    }

    void joinAndLeaveFromTheRoomMenu()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.window->currentRoom());
        action(*c.window, "action-join")->trigger();
        answer(*c.window, QStringLiteral("#random"));
        QTRY_COMPARE(c.window->currentRoom(), c.backend->room(QStringLiteral("#random")));
        QTRY_VERIFY(c.window->currentRoom()->isJoined());
        QTRY_COMPARE(shownOccupants(*c.window).size(), 4);
        QVERIFY(shownOccupants(*c.window).contains(QStringLiteral("heidi")));

        action(*c.window, "action-leave")->trigger();
        QTRY_VERIFY(!c.backend->room(QStringLiteral("#random"))->isJoined());
        QCOMPARE(shownOccupants(*c.window).size(), 0);
        QVERIFY(c.window->conversation()->topicText().contains(QStringLiteral("not joined")));
        const QModelIndex row = c.window->connections()->indexOf(c.backend->room(QStringLiteral("#random")));
        QCOMPARE(row.data(ConnectionModel::JoinedRole).toBool(), false);

        // Typing into a room the bot left says why nothing was sent.
        QTest::keyClicks(c.window->inputLine(), QStringLiteral("anyone?"));
        QTest::keyClick(c.window->inputLine(), Qt::Key_Return);
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("join it first")));
    }

    static void type(MainWindow &window, const QString &line)
    {
        QTest::keyClicks(window.inputLine(), line);
        QTest::keyClick(window.inputLine(), Qt::Key_Return);
    }

    void slashCommandsAreRunNotSent()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.window->currentRoom());
        QSignalSpy sent(c.backend, &Backend::messageSent);
        MessageModel *lines = c.window->conversation()->messages();

        // Unknown and misused commands stay local and say why.
        type(*c.window, QStringLiteral("/frob the channel"));
        type(*c.window, QStringLiteral("/kick"));
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("/kick nick [reason]")));
        const int rows = lines->rowCount();
        QVERIFY(lines->index(rows - 2).data(MessageModel::TextRole).toString().contains(QStringLiteral("/frob")));
        QVERIFY(!lines->index(rows - 2).data(MessageModel::OwnRole).toBool());
        QCOMPARE(sent.size(), 0);

        // "//" sends the literal slash; /me sends an action.
        type(*c.window, QStringLiteral("//hi"));
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).at(0).value<Message>().body(), QStringLiteral("/hi"));
        type(*c.window, QStringLiteral("/ME waves"));
        QTRY_COMPARE(sent.size(), 2);
        QCOMPARE(sent.at(1).at(0).value<Message>().body(), QStringLiteral("waves"));
        QCOMPARE(sent.at(1).at(0).value<Message>().type(), Message::Type::Action);

        // /topic sets the topic, and shows it without an argument.
        type(*c.window, QStringLiteral("/topic fresh paint"));
        QTRY_COMPARE(c.window->currentRoom()->topic(), QStringLiteral("fresh paint"));
        type(*c.window, QStringLiteral("/topic"));
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("fresh paint")));

        // /join joins and shows the room; /part leaves it.
        type(*c.window, QStringLiteral("/join #random"));
        QTRY_COMPARE(c.window->currentRoom(), c.backend->room(QStringLiteral("#random")));
        QTRY_VERIFY(c.window->currentRoom()->isJoined());
        type(*c.window, QStringLiteral("/part"));
        QTRY_VERIFY(!c.backend->room(QStringLiteral("#random"))->isJoined());

        // /clear empties the view.
        QVERIFY(c.window->selectRoom(c.backend->room(QStringLiteral("#lobby"))));
        QTRY_VERIFY(c.window->conversation()->messages()->rowCount() > 0);
        type(*c.window, QStringLiteral("/clear"));
        QCOMPARE(c.window->conversation()->messages()->rowCount(), 0);
        QCOMPARE(sent.size(), 2);
    }

    void slashCommandsReachPeopleAndExplainThemselves()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.window->currentRoom());
        QSignalSpy sent(c.backend, &Backend::messageSent);
        type(*c.window, QStringLiteral("/help"));
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("/invite nick [#room]")));
        type(*c.window, QStringLiteral("/help /KICK"));
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("Removes someone")));

        // /msg sends elsewhere without moving; /query opens the conversation.
        Room *lobby = c.window->currentRoom();
        type(*c.window, QStringLiteral("/msg @bob psst"));
        QTRY_COMPARE(sent.size(), 1);
        QCOMPARE(sent.at(0).at(0).value<Message>().to().nick(), QStringLiteral("bob"));
        QCOMPARE(c.window->currentRoom(), lobby);
        type(*c.window, QStringLiteral("/query @bob hello"));
        QTRY_COMPARE(sent.size(), 2);
        QCOMPARE(c.window->currentRoom(), nullptr);
        QCOMPARE(c.window->currentTarget().nick(), QStringLiteral("bob"));
    }

    static QStringList eventTexts(MainWindow &window)
    {
        QStringList texts;
        MessageModel *lines = window.conversation()->messages();
        for (int row = 0; row < lines->rowCount(); ++row)
            texts.append(lines->index(row).data(MessageModel::TextRole).toString());
        return texts;
    }

    void slashCommandsActOnPeople()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.window->currentRoom());
        QSignalSpy sent(c.backend, &Backend::messageSent);

        // /nick renames the bot on the service.
        type(*c.window, QStringLiteral("/nick botty"));
        QTRY_COMPARE(c.backend->botIdentifier().nick(), QStringLiteral("botty"));

        // /whois shows the service's facts as event lines where it was asked.
        type(*c.window, QStringLiteral("/whois alice"));
        QTRY_VERIFY(eventTexts(*c.window).contains(QStringLiteral("alice is in #lobby")));
        QVERIFY(eventTexts(*c.window).filter(QStringLiteral("alice is @alice")).size() == 1);

        // Only a room's owner kicks on the local service: the service says so.
        type(*c.window, QStringLiteral("/kick bob"));
        QTRY_VERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("only the owner of #lobby")));
        QVERIFY(c.window->currentRoom()->hasOccupant(QStringLiteral("bob")));

        // In a room the bot made, it is the owner.
        type(*c.window, QStringLiteral("/join #mine"));
        QTRY_VERIFY(c.backend->room(QStringLiteral("#mine")) && c.backend->room(QStringLiteral("#mine"))->isJoined());
        Room *mine = c.backend->room(QStringLiteral("#mine"));
        QTRY_COMPARE(c.window->currentRoom(), mine);
        QVERIFY(LocalFixture::service(c.backend)->join(QStringLiteral("bob"), QStringLiteral("#mine")).isEmpty());
        QTRY_VERIFY(mine->hasOccupant(QStringLiteral("bob")));
        QSignalSpy left(mine, &Room::occupantLeft);
        type(*c.window, QStringLiteral("/kick bob spamming the room"));
        QTRY_COMPARE(left.size(), 1);
        QCOMPARE(left.at(0).at(0).value<Identifier>().nick(), QStringLiteral("bob"));
        QCOMPARE(left.at(0).at(1).toString(), QStringLiteral("kicked by botty: spamming the room"));
        type(*c.window, QStringLiteral("/kick nobody"));
        QCOMPARE(c.window->statusBar()->currentMessage(), QStringLiteral("Nobody called nobody is in #mine."));

        // What the local service does not model is refused locally, in words.
        QVERIFY(mine->supportedActions() == Room::Actions(Room::Action::Kick));
        type(*c.window, QStringLiteral("/mode +o botty"));
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("cannot do /mode +o in #mine")));
        type(*c.window, QStringLiteral("/mode +m"));
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("understands /mode +o, -o")));
        type(*c.window, QStringLiteral("/quote PRIVMSG #mine :hi"));
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("takes no raw protocol lines")));
        QVERIFY(!c.window->findChild<QMessageBox *>(QStringLiteral("raw-confirmation")));
        QCOMPARE(sent.size(), 0);
    }

    void topicCreateAndDestroyFromTheRoomMenu()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.window->currentRoom());
        action(*c.window, "action-topic")->trigger();
        QCOMPARE(askDialog(*c.window)->textValue(), c.window->currentRoom()->topic());
        answer(*c.window, QStringLiteral("Set from the console"));
        QTRY_VERIFY(c.window->conversation()->topicText().contains(QStringLiteral("Set from the console")));

        action(*c.window, "action-create")->trigger();
        answer(*c.window, QStringLiteral("#fresh"));
        Room *fresh = c.backend->room(QStringLiteral("#fresh"));
        QVERIFY(fresh);
        QTRY_VERIFY(fresh->exists());
        QCOMPARE(c.window->currentRoom(), fresh);
        fresh->join();
        QTRY_VERIFY(fresh->isJoined());

        // Destroying asks for the name: a wrong one does nothing.
        action(*c.window, "action-destroy")->trigger();
        answer(*c.window, QStringLiteral("#lobby"));
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("Not destroyed")));
        action(*c.window, "action-destroy")->trigger();
        answer(*c.window, QStringLiteral("#fresh"));
        QTRY_VERIFY(!fresh->exists());
    }

    void inviteFromTheRoomMenu()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.window->currentRoom());
        action(*c.window, "action-invite")->trigger();
        answer(*c.window, QStringLiteral("grace"));
        // Simulated people accept invitations.
        QTRY_VERIFY(shownOccupants(*c.window).contains(QStringLiteral("grace")));
        action(*c.window, "action-invite")->trigger();
        answer(*c.window, QStringLiteral("no body"));
        QVERIFY(!c.window->statusBar()->currentMessage().isEmpty());
        // The backend's own reason, not just any message.
        QCOMPARE(c.window->statusBar()->currentMessage(),
                 QStringLiteral("\"no body\" is not an identifier: write @account, nick, #room or #room/nick"));
    }

    void loginThroughTheDialog()
    {
        auto settings = freshSettings();
        MainWindow window(m_registry, nullptr, settings.get());
        window.show();
        QVERIFY(window.statusText().contains(QStringLiteral("Not connected")));
        action(window, "action-connect")->trigger();
        auto *dialog = window.findChild<LoginDialog *>(QStringLiteral("login-dialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->setBackend(QStringLiteral("local"));
        qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("nick")))->setText(QStringLiteral("operator"));
        qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("event-rate")))->setText(QStringLiteral("0"));
        qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("rooms")))->setText(QStringLiteral("#dev"));
        dialog->findChild<QLineEdit *>(QStringLiteral("profile-name"))->setText(QStringLiteral("quiet local"));
        dialog->accept();
        QTRY_COMPARE(window.connections()->rowCount(), 1);
        Backend *backend = window.currentBackend();
        QTRY_VERIFY(backend->isConnected());
        QCOMPARE(backend->botIdentifier().nick(), QStringLiteral("operator"));
        QTRY_COMPARE(window.currentRoom(), backend->room(QStringLiteral("#dev")));

        // Next time, the remembered profile connects by itself.
        MainWindow next(m_registry, nullptr, settings.get());
        QVERIFY(next.connectLastProfile());
        QTRY_VERIFY(next.currentBackend() && next.currentBackend()->isConnected());
        QCOMPARE(next.currentBackend()->botIdentifier().nick(), QStringLiteral("operator"));
    }

    void refusedConnectionSaysWhyEverywhere()
    {
        // A port that was just closed: nothing listens there.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const int port = closed.serverPort();
        closed.close();
        auto settings = freshSettings();
        MainWindow window(m_registry, nullptr, settings.get());
        window.show();
        action(window, "action-connect")->trigger();
        auto *dialog = window.findChild<LoginDialog *>(QStringLiteral("login-dialog"));
        QVERIFY(dialog);
        dialog->setBackend(QStringLiteral("irc"));
        qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("host")))->setText(QStringLiteral("127.0.0.1"));
        qobject_cast<QSpinBox *>(dialog->editor(QStringLiteral("port")))->setValue(port);
        dialog->accept();
        QCOMPARE(window.connections()->rowCount(), 1);
        // The dialog stays open and says why.
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(QStringLiteral("refused")), 10000);
        QVERIFY(dialog->isVisible());
        const QModelIndex row = window.connections()->index(0, 0);
        const QString expectedName = QStringLiteral("127.0.0.1:%1").arg(port);
        QVERIFY2(row.data().toString().startsWith(expectedName + QStringLiteral(" — ")),
                 qPrintable(row.data().toString()));
        QVERIFY2(row.data().toString().contains(QStringLiteral("refused")), qPrintable(row.data().toString()));
        // Said once, short: the row's name already says where.
        QVERIFY2(row.data().toString().count(expectedName) == 2, qPrintable(row.data().toString()));
        QVERIFY(row.data().toString().contains(QStringLiteral("Reconnecting in")));
        // The traffic dock names it as the tree does.
        QCOMPARE(window.traffic()->sourceNames(), QStringList{expectedName});
        // Its status view tells the story.
        window.connectionView()->setCurrentIndex(row);
        MessageModel *status = window.conversation()->messages();
        QVERIFY(status);
        bool saysRefused = false;
        for (int i = 0; i < status->rowCount(); ++i)
            saysRefused = saysRefused || status->index(i).data(MessageModel::TextRole).toString().contains(u"refused");
        QVERIFY(saysRefused);
        dialog->reject();

        // Close from the row's menu: the row and its status-bar entry go.
        std::unique_ptr<QMenu> menu(window.contextMenuFor(row));
        QVERIFY(menu);
        auto *close = menu->findChild<QAction *>(QStringLiteral("action-close-connection"));
        QVERIFY(close);
        close->trigger();
        QCOMPARE(window.connections()->rowCount(), 0);
        QVERIFY(window.statusText().contains(QStringLiteral("Not connected")));
        QVERIFY(window.traffic()->sourceNames().isEmpty());
    }

    void connectionsAreNamedApart()
    {
        Console c = openConsole();
        Backend *second = c.window->connectTo(QStringLiteral("local"), LocalFixture::quietSettings());
        QTRY_VERIFY(second->isConnected());
        c.window->connections()->setProfileName(second, QStringLiteral("second local"));
        // One traffic source per connection, renamed with it.
        QCOMPARE(c.window->traffic()->sourceNames(),
                 (QStringList{c.window->connections()->connectionName(c.backend), QStringLiteral("second local")}));
        QVERIFY(c.window->connections()->indexOf(second).data().toString().startsWith(QStringLiteral("second local")));
        QVERIFY(c.window->statusText().contains(QStringLiteral("second local")));
    }

    void aSignalClosesWithoutAsking()
    {
        // SIGTERM (systemd stopping the console) and --screenshot: nobody is
        // there to answer, and the window must close all the same.
        Console c = openConsole();
        QTRY_VERIFY(c.backend->isConnected());
        c.window->closeWithoutAsking();
        QVERIFY(!c.window->isVisible());
        QVERIFY(c.window->findChildren<QMessageBox *>(QStringLiteral("quit-question")).isEmpty());
        QCOMPARE(c.backend->state(), Backend::State::Disconnected);
    }

    void quitAsksThenSignsOffWithTheQuitMessage()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.backend->isConnected());
        c.window->setQuitMessage(QStringLiteral("off to lunch"));
        QSignalSpy traffic(c.backend, &Backend::trafficLogged);
        // A live connection: the window asks first, and Cancel keeps it.
        const auto question = [&c]() -> QMessageBox * {
            const QList<QMessageBox *> boxes = c.window->findChildren<QMessageBox *>(QStringLiteral("quit-question"));
            for (QMessageBox *box : boxes) {
                if (box->isVisible())
                    return box;
            }
            return nullptr;
        };
        QVERIFY(!c.window->close());
        QTRY_VERIFY(question());
        question()->button(QMessageBox::Cancel)->click();
        QVERIFY(c.window->isVisible());
        QVERIFY(c.backend->isConnected());
        c.window->close();
        QTRY_VERIFY(question());
        question()->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!c.window->isVisible());
        QCOMPARE(c.backend->state(), Backend::State::Disconnected);
        QStringList sent;
        for (const QList<QVariant> &line : std::as_const(traffic))
            sent.append(line.at(1).toString());
        QVERIFY2(sent.contains(QStringLiteral("QUIT :off to lunch")), qPrintable(sent.join(u'|')));
        // The setting outlives the window.
        MainWindow next(m_registry, nullptr, c.settings.get());
        QCOMPARE(next.quitMessage(), QStringLiteral("off to lunch"));
    }

    void editReplacesTheConnection()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.backend->isConnected());
        c.window->connections()->setProfileName(c.backend, QStringLiteral("mine"));
        std::unique_ptr<QMenu> menu(c.window->contextMenuFor(c.window->connections()->indexOf(c.backend)));
        QVERIFY(menu);
        menu->findChild<QAction *>(QStringLiteral("action-edit-connection"))->trigger();
        QPointer<LoginDialog> dialog = c.window->findChild<LoginDialog *>(QStringLiteral("login-dialog"));
        QVERIFY(dialog);
        // The form shows what the connection logged in with.
        QCOMPARE(dialog->backend(), QStringLiteral("local"));
        QCOMPARE(dialog->profileName(), QStringLiteral("mine"));
        auto *nick = qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("nick")));
        QCOMPARE(qobject_cast<QLineEdit *>(dialog->editor(QStringLiteral("rooms")))->text(),
                 LocalFixture::quietSettings().text(QStringLiteral("rooms")));
        nick->setText(QStringLiteral("edited"));
        QPointer<Backend> old = c.backend;
        dialog->accept();
        QTRY_VERIFY(old.isNull());
        QCOMPARE(c.window->connections()->rowCount(), 1);
        Backend *replacement = c.window->connections()->backends().constFirst();
        QTRY_VERIFY(replacement->isConnected());
        QCOMPARE(replacement->botIdentifier().nick(), QStringLiteral("edited"));
        // Connected: the dialog closed by itself.
        QTRY_VERIFY(!dialog || !dialog->isVisible());
    }

    void finishedConversationsCanBeClosed()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.backend->isConnected());
        const Identifier bob = c.backend->buildIdentifier(QStringLiteral("bob")).value();
        const QModelIndex parent = c.window->connections()->indexOf(c.backend);
        const int before = c.window->connections()->rowCount(parent);
        const QModelIndex conversation = c.window->connections()->openConversation(c.backend, bob);
        QCOMPARE(c.window->connections()->rowCount(parent), before + 1);
        std::unique_ptr<QMenu> menu(c.window->contextMenuFor(conversation));
        QVERIFY(menu);
        menu->findChild<QAction *>(QStringLiteral("action-close-conversation"))->trigger();
        QCOMPARE(c.window->connections()->rowCount(parent), before);
    }

    void loginErrorsShowOnTheConnection()
    {
        Console c;
        c.settings = freshSettings();
        c.window = std::make_unique<MainWindow>(m_registry, nullptr, c.settings.get());
        Backend *backend = c.window->connectTo(
            QStringLiteral("local"),
            m_registry.settings(QStringLiteral("local"), {{QStringLiteral("nick"), QStringLiteral("9lives")}}).value());
        QTRY_COMPARE(backend->state(), Backend::State::Failed);
        const QModelIndex row = c.window->connections()->indexOf(backend);
        QVERIFY(row.data(ConnectionModel::ErrorRole).toString().contains(QStringLiteral("not a valid nick")));
        QVERIFY(c.window->statusText().contains(QStringLiteral("failed")));
        QVERIFY(c.window->statusBar()->currentMessage().contains(QStringLiteral("not a valid nick")));
    }

    void severalConnectionsAtOnce()
    {
        Console c = openConsole();
        Backend *second
            = c.window->connectTo(QStringLiteral("local"), LocalFixture::quietSettings(QStringLiteral("#random")));
        QTRY_VERIFY(c.backend->isConnected() && second->isConnected());
        QCOMPARE(c.window->connections()->rowCount(), 2);
        QTRY_VERIFY(second->room(QStringLiteral("#random")) && second->room(QStringLiteral("#random"))->isJoined());
        QVERIFY(c.window->selectRoom(second->room(QStringLiteral("#random"))));
        QCOMPARE(c.window->currentBackend(), second);
        QTRY_COMPARE(shownOccupants(*c.window).size(), 4);
        // Disconnect applies to the selected connection only.
        action(*c.window, "action-disconnect")->trigger();
        QCOMPARE(second->state(), Backend::State::Disconnected);
        QVERIFY(c.backend->isConnected());
        action(*c.window, "action-reconnect")->trigger();
        QTRY_VERIFY(second->isConnected());
    }

    void trafficDockIsHiddenAndFilterable()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.window->currentRoom());
        QVERIFY(c.window->trafficDock()->isHidden());
        c.window->trafficDock()->toggleViewAction()->trigger();
        QVERIFY(c.window->trafficDock()->isVisible());
        const QStringList all = c.window->traffic()->visibleLines();
        QVERIFY(all.size() >= 4);
        c.window->traffic()->filter()->setText(QStringLiteral("JOINED"));
        const QStringList joined = c.window->traffic()->visibleLines();
        QCOMPARE(joined.size(), 2);
        QVERIFY(joined.constFirst().contains(QStringLiteral("<< JOINED #lobby")));
    }

    void layoutIsRestored()
    {
        auto settings = freshSettings();
        {
            MainWindow window(m_registry, nullptr, settings.get());
            window.show();
            window.resize(760, 540);
            window.findChild<QDockWidget *>(QStringLiteral("inspector-dock"))->hide();
            window.trafficDock()->show();
            window.close();
        }
        MainWindow again(m_registry, nullptr, settings.get());
        again.show();
        QCOMPARE(again.size(), QSize(760, 540));
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("inspector-dock"))->isHidden());
        QVERIFY(!again.trafficDock()->isHidden());
    }

    void windowFitsItsScreen()
    {
        // ctest gives this test a 1024x700 screen, a small laptop's.
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY(available.width() < 1200 && available.height() < 760);
        Console c = openConsole();
        QVERIFY(QTest::qWaitForWindowExposed(c.window.get()));
        QVERIFY(available.contains(c.window->frameGeometry()));
        // What matters on it is on screen, and no panel is crushed.
        QTRY_VERIFY(c.window->inputLine()->isVisible());
        const QRect input(c.window->inputLine()->mapTo(c.window.get(), QPoint(0, 0)), c.window->inputLine()->size());
        QVERIFY(c.window->rect().contains(input));
        const int character = c.window->fontMetrics().averageCharWidth();
        for (const char *name : {"connections-dock", "occupants-dock", "inspector-dock"})
            QTRY_VERIFY2(c.window->findChild<QDockWidget *>(QLatin1String(name))->width() >= 16 * character, name);
        // The inspector's values stay readable: under their labels if need be.
        QTRY_VERIFY(!c.window->inspector()->value(QStringLiteral("person")).isEmpty());
        const QList<QLineEdit *> values = c.window->inspector()->findChildren<QLineEdit *>();
        QVERIFY(!values.isEmpty());
        for (const QLineEdit *value : values) {
            if (value->isVisible())
                QVERIFY2(value->width() >= 16 * character, qPrintable(value->objectName()));
        }

        // A window saved on a bigger screen comes back on this one.
        auto settings = freshSettings();
        {
            MainWindow big(m_registry, nullptr, settings.get());
            big.show();
            big.setGeometry(QRect(available.topLeft(), QSize(1600, 1000)));
            big.close();
        }
        MainWindow again(m_registry, nullptr, settings.get());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(available.contains(again.frameGeometry()));
    }

    void inspectorExplainsTheBotsAccess()
    {
        Console c = openConsole();
        Bot bot;
        AccessControl acl;
        acl.setAdmins({QStringLiteral("@erin")});
        bot.setAccessControl(acl);
        bot.addBuiltinPlugins();
        QVERIFY(bot.plugins()->add(new TestPlugin));
        c.window->setBot(&bot);
        QTRY_COMPARE(shownOccupants(*c.window).size(), 7);
        AccessPanel *access = c.window->inspector()->access();

        // An admin, in the room on screen.
        c.window->occupants()->view()->setCurrentIndex(occupantIndex(*c.window, QStringLiteral("erin")));
        QVERIFY(access->isVisible());
        QCOMPARE(access->matchedField(), QStringLiteral("aclAttr = @erin"));
        QVERIFY(access->adminText().startsWith(QStringLiteral("yes")));
        QCOMPARE(access->whereText(), QStringLiteral("in #lobby"));
        QVERIFY(access->setCommand(QStringLiteral("wipe")));
        QVERIFY(access->isAllowed());
        const Identifier erin = c.window->inspector()->identifier();
        QVERIFY(access->explanation().contains(
            bot.explain(QStringLiteral("wipe"), erin, QStringLiteral("#lobby"), c.backend).reason));

        // Someone else: the same command is refused, with the reason.
        const QStringList others = shownOccupants(*c.window);
        const QString other = others.constFirst() == QStringLiteral("erin") ? others.at(1) : others.constFirst();
        c.window->occupants()->view()->setCurrentIndex(occupantIndex(*c.window, other));
        QCOMPARE(access->command(), QStringLiteral("wipe"));
        QCOMPARE(access->adminText(), QStringLiteral("no"));
        QVERIFY(!access->isAllowed());
        const Identifier who = c.window->inspector()->identifier();
        QVERIFY2(access->explanation().startsWith(
                     QStringLiteral("Denied: ")
                     + bot.explain(QStringLiteral("wipe"), who, QStringLiteral("#lobby"), c.backend).reason),
                 qPrintable(access->explanation()));
        c.window->setBot(nullptr);
        QVERIFY(!access->isVisible());
    }

    void pluginsAreSwitchedFromTheBotMenu()
    {
        Console c = openConsole();
        Bot bot;
        bot.addBuiltinPlugins();
        QVERIFY(bot.plugins()->add(new TestPlugin));
        c.window->setBot(&bot);
        QTRY_COMPARE(shownOccupants(*c.window).size(), 7);
        c.window->occupants()->view()->setCurrentIndex(occupantIndex(*c.window, QStringLiteral("erin")));
        AccessPanel *access = c.window->inspector()->access();
        QVERIFY(access->commands().contains(QStringLiteral("gizmo")));

        action(*c.window, "action-commands")->trigger();
        auto *commands = c.window->findChild<CommandsDialog *>(QStringLiteral("commands-dialog"));
        QVERIFY(commands);
        QTRY_VERIFY(commands->isVisible());
        commands->setFilter(QStringLiteral("gizmo"));
        QCOMPARE(commands->shown()->rowCount(), 1);

        QAction *gadgets = c.window->botMenu()->pluginAction(QStringLiteral("Gadgets"));
        QVERIFY(gadgets && gadgets->isChecked());
        gadgets->trigger();
        QVERIFY(!bot.plugins()->isActive(QStringLiteral("Gadgets")));
        QVERIFY(!access->commands().contains(QStringLiteral("gizmo")));
        QVERIFY(!access->commands().contains(QStringLiteral("wipe")));
        QCOMPARE(commands->shown()->rowCount(), 0);
        QVERIFY(!commands->model()->names().contains(QStringLiteral("wipe")));

        gadgets->trigger();
        QVERIFY(access->commands().contains(QStringLiteral("gizmo")));
        QCOMPARE(commands->shown()->rowCount(), 1);
        c.window->setBot(nullptr);
    }

    void botWarningsReachTheStatusBar()
    {
        Console c = openConsole();
        QTRY_VERIFY(c.window->currentRoom() && c.window->currentRoom()->isJoined());
        Bot bot;
        bot.addBuiltinPlugins();
        bot.attach(c.backend);
        c.window->setBot(&bot);
        // The real condition: the backend's send queue is full when the bot
        // has a reply to queue. Paused and one place long, the first reply
        // fills it and the second is refused.
        SendQueue *queue = c.backend->sendQueue();
        queue->setPaused(true);
        queue->setCapacity(1);
        QSignalSpy warnings(&bot, &Bot::warningIssued);
        const Identifier lobby = Identifier::makeRoom(QStringLiteral("#lobby"));
        bot.runAsOperator(c.backend, lobby, QStringLiteral("!echo first"), Bot::OperatorAnswers::InConversation);
        QCOMPARE(queue->pendingCount(), 1);
        QCOMPARE(warnings.count(), 0);
        bot.runAsOperator(c.backend, lobby, QStringLiteral("!echo second"), Bot::OperatorAnswers::InConversation);
        QCOMPARE(warnings.count(), 1);
        const QString warning = QStringLiteral("The send queue of local service is full (1 waiting); "
                                               "not queued: reply to %1: second")
                                    .arg(lobby.toString());
        QCOMPARE(warnings.at(0).at(0).toString(), warning);

        QCOMPARE(c.window->statusBar()->currentMessage(), QStringLiteral("Bot: ") + warning);
        QVERIFY(
            c.window->statusBar()->currentMessage().contains(QStringLiteral("send queue of local service is full")));
        QCOMPARE(c.window->warnings(), QStringList{warning});
        auto *count = c.window->findChild<QLabel *>(QStringLiteral("bot-warnings"));
        QVERIFY(count && count->isVisible());
        QCOMPARE(count->text(), QStringLiteral("1 bot warning(s)"));
        QVERIFY(count->toolTip().contains(QStringLiteral("queue of local service is full")));
        c.window->setBot(nullptr);
        queue->clear();
    }

    void latencyIsShownWhereMeasured()
    {
        auto settings = freshSettings();
        MainWindow window(m_registry, nullptr, settings.get());
        window.show();
        auto *lagged = new LagBackend(&window);
        window.addBackend(lagged);
        lagged->connectToService({});
        QVERIFY(window.statusText().contains(QStringLiteral("lagged: connected")));
        QVERIFY(!window.statusText().contains(QStringLiteral("lag ")));
        lagged->setLatencyMs(42);
        QVERIFY2(window.statusText().contains(QStringLiteral("lagged: connected, lag 42 ms")),
                 qPrintable(window.statusText()));
        lagged->setLatencyMs(180);
        QVERIFY(window.statusText().contains(QStringLiteral("lag 180 ms")));
        // Per connection: a second one that measures nothing shows none.
        Backend *local = window.connectTo(QStringLiteral("local"), LocalFixture::quietSettings());
        QTRY_VERIFY(local->isConnected());
        QVERIFY(window.statusText().contains(QStringLiteral("lag 180 ms")));
        QCOMPARE(window.statusText().count(QStringLiteral(" lag ")), 1);
        // Gone while disconnected: an old figure would be a lie.
        lagged->disconnectFromService();
        QVERIFY(!window.statusText().contains(QStringLiteral("lag 180 ms")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
