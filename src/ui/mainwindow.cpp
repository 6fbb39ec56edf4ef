#include "mainwindow.h"

#include "botmenu.h"
#include "conversationdelegate.h"
#include "conversationpanel.h"
#include "inputline.h"
#include "inspectorpanel.h"
#include "logindialog.h"
#include "models/connectionmodel.h"
#include "models/messagemodel.h"
#include "occupantdelegate.h"
#include "occupantspanel.h"
#include "passwordvault.h"
#include "profilestore.h"
#include "quickswitcher.h"
#include "settingsdialog.h"
#include "slashcommand.h"
#include "trafficpanel.h"

#include "core/backend.h"
#include "core/backendregistry.h"
#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"
#include "core/presence.h"
#include "core/room.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Botdeck {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
constexpr int StatusMessageTimeout = 10000;
// Enough to read back what went wrong lately, not a log file.
constexpr qsizetype WarningLogSize = 50;

// How the room actions' questions name what they are about.
QString nameOf(const Backend *backend)
{
    return backend->serviceName();
}

QString nameOf(const Room *room)
{
    return room->name();
}
} // namespace

MainWindow::MainWindow(const BackendRegistry &registry, QWidget *parent, QSettings *settings)
    : QMainWindow(parent)
    , m_registry(registry)
    , m_settings(settings ? settings : new QSettings)
    , m_ownsSettings(settings == nullptr)
    , m_connections(new ConnectionModel(this))
    , m_tree(new QTreeView(this))
    , m_conversation(new ConversationPanel(this))
    , m_input(new InputLine(this))
    , m_occupants(new OccupantsPanel(this))
    , m_inspector(new InspectorPanel(this))
    , m_traffic(new TrafficPanel(this))
    , m_state(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_vault(new PasswordVault(this))
{
    setWindowTitle(tr("Botdeck"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.botdeck.Botdeck.svg")));
    setDockNestingEnabled(true);

    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_conversation, 1);
    m_input->setObjectName(QStringLiteral("input-line"));
    layout->addWidget(m_input);
    setCentralWidget(centre);
    // Typing goes to the input line from the start, as in HexChat and Konversation.
    centre->setFocusProxy(m_input);
    m_input->setFocus();

    m_tree->setObjectName(QStringLiteral("connection-tree"));
    m_tree->setModel(m_connections);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::currentChanged);
    // A conversation picked with the mouse or Enter is one to type in; arrowing through the tree keeps focus there.
    const auto typeInPicked = [this](const QModelIndex &index) {
        if (ConnectionModel::ItemKind(index.data(ConnectionModel::ItemKindRole).toInt())
            != ConnectionModel::ItemKind::Connection)
            m_input->setFocus(Qt::OtherFocusReason);
    };
    connect(m_tree, &QAbstractItemView::activated, this, typeInPicked);
    connect(m_tree, &QAbstractItemView::clicked, this, typeInPicked);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &where) {
        if (QMenu *menu = contextMenuFor(m_tree->indexAt(where))) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(m_tree->viewport()->mapToGlobal(where));
        }
    });
    connect(m_connections, &ConnectionModel::connectionNameChanged, this,
            [this](Backend *backend, const QString &name) {
                m_traffic->setSourceName(backend, name);
                showStatus();
            });
    connect(m_connections, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first) {
        m_tree->expand(parent.isValid() ? parent : m_connections->index(first, 0));
    });

    m_treeDock = addPanel(m_tree, tr("Connections"), QStringLiteral("connections-dock"), Qt::LeftDockWidgetArea);
    m_occupantsDock = addPanel(m_occupants, tr("Occupants"), QStringLiteral("occupants-dock"), Qt::RightDockWidgetArea);
    m_inspectorDock = addPanel(m_inspector, tr("Inspector"), QStringLiteral("inspector-dock"), Qt::RightDockWidgetArea);
    splitDockWidget(m_occupantsDock, m_inspectorDock, Qt::Vertical);
    m_trafficDock
        = addPanel(m_traffic, tr("Protocol traffic"), QStringLiteral("traffic-dock"), Qt::BottomDockWidgetArea);
    m_trafficDock->hide();

    m_state->setObjectName(QStringLiteral("connection-state"));
    statusBar()->addPermanentWidget(m_state, 1);
    m_warnings->setObjectName(QStringLiteral("bot-warnings"));
    m_warnings->hide();
    statusBar()->addPermanentWidget(m_warnings);
    // The keyring answers after the login dialog has closed: its word on a
    // remembered password lands here.
    connect(m_vault, &PasswordVault::failed, this,
            [this](const QString &, const QString &error) { reportError(error); });
    connect(m_vault, &PasswordVault::stored, this, [this] {
        statusBar()->showMessage(tr("The password is saved in the system keyring."), StatusMessageTimeout);
    });

    connect(m_occupants, &OccupantsPanel::occupantSelected, this, &MainWindow::inspect);
    connect(m_occupants, &OccupantsPanel::inspectRequested, this, &MainWindow::inspect);
    connect(m_occupants, &OccupantsPanel::conversationRequested, this, &MainWindow::openConversation);
    connect(m_occupants, &OccupantsPanel::whoisRequested, this, [this](const Identifier &occupant) {
        if (Room *room = m_occupants->room())
            askWhois(room->backend(), occupant);
    });
    connect(m_conversation, &ConversationPanel::inspectRequested, this, &MainWindow::inspect);
    connect(m_input, &InputLine::submitted, this, &MainWindow::submit);
    m_input->setCompletionSource([this] { return m_occupants->nicks(); });

    // From the input line, Shift+Tab reaches the conversation and then the
    // tree: two keys, not a walk through every panel.
    setTabOrder(m_tree, m_conversation->view());
    setTabOrder(m_conversation->view(), m_input);

    buildMenus();
    restoreLayout();
    applySettings(ConsoleSettings::load(*m_settings));
    showStatus();
}

MainWindow::~MainWindow()
{
    // The backends this window made go first, while everything that
    // observes them is still alive.
    disconnect(m_tree->selectionModel(), nullptr, this, nullptr);
    const QList<Backend *> owned = findChildren<Backend *>(QString(), Qt::FindDirectChildrenOnly);
    for (Backend *backend : owned) {
        disconnect(backend, nullptr, this, nullptr);
        delete backend;
    }
    m_occupants->setRoom(nullptr);
    m_conversation->showConversation(nullptr, nullptr, QString());
    if (m_ownsSettings)
        delete m_settings;
}

void MainWindow::addBackend(Backend *backend)
{
    m_connections->addBackend(backend);
    m_traffic->addBackend(backend, m_connections->connectionName(backend));
    backend->setQuitMessage(quitMessage());
    connect(backend, &Backend::stateChanged, this, &MainWindow::showStatus);
    connect(backend, &Backend::botIdentifierChanged, this, &MainWindow::showStatus);
    connect(backend, &Backend::latencyChanged, this, &MainWindow::showStatus);
    // Until the operator inspects someone, the inspector shows the bot.
    connect(backend, &Backend::botIdentifierChanged, this, [this, backend](const Identifier &bot) {
        if (m_inspector->identifier().isNull() || m_inspector->identifier().person() == bot.person()) {
            Room *room = currentRoom();
            m_inspector->setContext(backend, room && room->backend() == backend ? room->id() : QString());
            m_inspector->setIdentifier(bot, tr("The bot itself on %1").arg(backend->serviceName()));
        }
    });
    connect(backend, &Backend::errorOccurred, this, [this, backend](const QString &error) {
        reportError(tr("%1: %2").arg(m_connections->connectionName(backend), error));
    });
    connect(backend, &Backend::whoisReceived, this,
            [this, backend](const Identifier &person, const QStringList &facts) { showWhois(backend, person, facts); });
    const auto watch
        = [this](Room *room) { connect(room, &Room::joinedChanged, this, &MainWindow::selectFirstJoinedRoom); };
    connect(backend, &Backend::roomAdded, this, watch);
    const QList<Room *> rooms = backend->rooms();
    for (Room *room : rooms)
        watch(room);
    connect(backend, &QObject::destroyed, this, [this, backend] {
        m_loginSettings.remove(backend);
        m_whoisAsked.remove(backend);
        showStatus();
    });
    showStatus();
    selectFirstJoinedRoom();
    Q_EMIT backendAdded(backend);
}

Backend *MainWindow::connectTo(const QString &name, const BackendSettings &settings)
{
    Backend *backend = m_registry.create(name, this);
    if (!backend) {
        reportError(tr("There is no backend called \"%1\"").arg(name));
        return nullptr;
    }
    m_loginSettings.insert(backend, settings);
    addBackend(backend);
    backend->connectToService(settings);
    return backend;
}

bool MainWindow::connectLastProfile()
{
    ProfileStore profiles(m_settings);
    const Profile profile = profiles.load(profiles.lastUsed());
    const BackendDescriptor *descriptor = profile.isValid() ? m_registry.find(profile.backend) : nullptr;
    if (!descriptor)
        return false;
    const Result<BackendSettings> settings = m_registry.settings(profile.backend, profile.values);
    bool needsSecret = false;
    for (const LoginField &field : descriptor->fields)
        needsSecret = needsSecret || (field.isSecret() && field.required);
    if (!settings || needsSecret) {
        // Passwords are not in the profile: the dialog asks for them, or
        // fills them in from the keyring when the operator had it remember.
        LoginDialog *dialog = openLoginDialog();
        dialog->loadProfile(profile.name);
        return true;
    }
    if (Backend *backend = connectTo(profile.backend, settings.value()))
        m_connections->setProfileName(backend, profile.name);
    return true;
}

void MainWindow::setBot(Bot *bot)
{
    if (m_bot) {
        disconnect(m_bot, nullptr, this, nullptr);
        disconnect(m_bot->plugins(), nullptr, this, nullptr);
    }
    m_bot = bot;
    m_inspector->setBot(bot);
    m_botMenu->setBot(bot);
    if (!bot)
        return;
    connect(bot, &Bot::warningIssued, this, &MainWindow::showWarning);
    connect(bot, &Bot::operatorAnswered, this, &MainWindow::showOperatorAnswer);
    connect(bot->plugins(), &PluginManager::loadFailed, this, [this](const QString &file, const QString &error) {
        showWarning(tr("The plugin %1 could not be loaded: %2").arg(file, error));
    });
}

Bot *MainWindow::bot() const
{
    return m_bot;
}

void MainWindow::showWarning(const QString &warning)
{
    m_warningLog.append(warning);
    if (m_warningLog.size() > WarningLogSize)
        m_warningLog.removeFirst();
    statusBar()->showMessage(tr("Bot: %1").arg(warning), StatusMessageTimeout);
    // The message goes away; the count and the list on hover stay.
    m_warnings->setText(tr("%n bot warning(s)", nullptr, int(m_warningLog.size())));
    m_warnings->setToolTip(m_warningLog.join(u'\n'));
    m_warnings->setStyleSheet(QStringLiteral("color: #b35c00"));
    m_warnings->show();
}

Backend *MainWindow::currentBackend() const
{
    if (m_current.isValid())
        return m_current.data(ConnectionModel::BackendRole).value<Backend *>();
    const QList<Backend *> all = m_connections->backends();
    return all.isEmpty() ? nullptr : all.constFirst();
}

Room *MainWindow::currentRoom() const
{
    return m_current.isValid() ? m_current.data(ConnectionModel::RoomRole).value<Room *>() : nullptr;
}

Identifier MainWindow::currentTarget() const
{
    if (!m_current.isValid()
        || m_current.data(ConnectionModel::ItemKindRole).toInt() == int(ConnectionModel::ItemKind::Connection))
        return {};
    return m_current.data(ConnectionModel::TargetRole).value<Identifier>();
}

bool MainWindow::selectRoom(Room *room)
{
    const QModelIndex index = m_connections->indexOf(room);
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    return true;
}

QString MainWindow::statusText() const
{
    return m_state->text();
}

LoginDialog *MainWindow::openLoginDialog()
{
    auto *dialog = new LoginDialog(m_registry, this, m_settings, m_vault);
    dialog->setObjectName(QStringLiteral("login-dialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog stays open while the connection is made, to say why it
    // failed; another try replaces the attempt that failed.
    connect(dialog, &LoginDialog::connectRequested, this,
            [this, dialog](const QString &name, const BackendSettings &settings) {
                if (Backend *previous = dialog->followedConnection())
                    closeConnection(previous);
                if (Backend *backend = connectTo(name, settings)) {
                    m_connections->setProfileName(backend, dialog->profileName());
                    dialog->followConnection(backend);
                }
            });
    dialog->open();
    return dialog;
}

QMenu *MainWindow::contextMenuFor(const QModelIndex &index)
{
    const auto kind = ConnectionModel::ItemKind(index.data(ConnectionModel::ItemKindRole).toInt());
    auto *backend = index.data(ConnectionModel::BackendRole).value<Backend *>();
    if (!index.isValid() || !backend || kind == ConnectionModel::ItemKind::Room)
        return nullptr;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("connection-menu"));
    const QPointer<Backend> target(backend);
    if (kind == ConnectionModel::ItemKind::Direct) {
        const QPersistentModelIndex row(index);
        menu->addAction(tr("&Close the conversation"), this, [this, row] { m_connections->closeConversation(row); })
            ->setObjectName(QStringLiteral("action-close-conversation"));
        return menu;
    }
    // The connection may go while the menu is open.
    const auto add
        = [this, menu, target](const QString &text, const QString &name, const std::function<void(Backend *)> &act) {
              menu->addAction(text, this,
                              [target, act] {
                                  if (target)
                                      act(target);
                              })
                  ->setObjectName(name);
          };
    add(tr("&Reconnect"), QStringLiteral("action-reconnect-connection"), [this](Backend *b) { reconnect(b); });
    add(tr("&Edit…"), QStringLiteral("action-edit-connection"), [this](Backend *b) { editConnection(b); });
    add(tr("&Close"), QStringLiteral("action-close-connection"), [this](Backend *b) { closeConnection(b); });
    return menu;
}

LoginDialog *MainWindow::editConnection(Backend *backend)
{
    LoginDialog *dialog = openLoginDialog();
    const QString name = m_connections->connectionName(backend);
    dialog->loadSettings(backend->name(), m_loginSettings.value(backend).values(),
                         name == backend->serviceName() ? QString() : name);
    // Connect replaces the connection edited.
    dialog->followConnection(backend);
    return dialog;
}

void MainWindow::closeConnection(Backend *backend)
{
    const Backend::State state = backend->state();
    if (state != Backend::State::Disconnected && state != Backend::State::Failed)
        backend->disconnectFromService();
    disconnect(backend, nullptr, this, nullptr);
    m_traffic->removeBackend(backend);
    m_connections->removeBackend(backend);
    m_loginSettings.remove(backend);
    if (backend->parent() == this)
        backend->deleteLater();
    showStatus();
}

QString MainWindow::quitMessage() const
{
    return m_consoleSettings.quitMessage;
}

void MainWindow::setQuitMessage(const QString &message)
{
    ConsoleSettings changed = m_consoleSettings;
    changed.quitMessage = message;
    applySettings(changed);
}

void MainWindow::closeWithoutAsking()
{
    m_quitConfirmed = true;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<Backend *> live = m_connections->backends();
    live.removeIf([](const Backend *backend) {
        return backend->state() == Backend::State::Disconnected || backend->state() == Backend::State::Failed;
    });
    if (!live.isEmpty() && !m_quitConfirmed) {
        // Asked without blocking the event loop: the connections go on
        // meanwhile, and tests can answer the question.
        event->ignore();
        auto *question
            = new QMessageBox(QMessageBox::Question, tr("Quit Botdeck"),
                              tr("%n connection(s) are still live. Sign off and quit?", nullptr, int(live.size())),
                              QMessageBox::Yes | QMessageBox::Cancel, this);
        question->setObjectName(QStringLiteral("quit-question"));
        question->setAttribute(Qt::WA_DeleteOnClose);
        connect(question, &QMessageBox::finished, this, [this](int answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_quitConfirmed = true;
            close();
        });
        question->open();
        return;
    }
    // Signing off while the sockets are still there: the quit message
    // reaches the service instead of a dropped connection.
    for (Backend *backend : std::as_const(live))
        backend->disconnectFromService();
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus()
{
    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->setObjectName(QStringLiteral("menu-connection"));
    QAction *connectAction = connection->addAction(tr("&Connect…"), this, [this] { openLoginDialog(); });
    connectAction->setObjectName(QStringLiteral("action-connect"));
    connectAction->setShortcut(QKeySequence::New);
    QAction *disconnectAction = connection->addAction(tr("&Disconnect"), this, [this] {
        if (Backend *backend = currentBackend())
            backend->disconnectFromService();
    });
    disconnectAction->setObjectName(QStringLiteral("action-disconnect"));
    QAction *reconnectAction = connection->addAction(tr("&Reconnect"), this, [this] {
        if (Backend *backend = currentBackend())
            reconnect(backend);
    });
    reconnectAction->setObjectName(QStringLiteral("action-reconnect"));
    connection->addSeparator();
    QAction *preferences = connection->addAction(tr("&Settings…"), this, [this] { openSettings(); });
    preferences->setObjectName(QStringLiteral("action-settings"));
    preferences->setShortcut(QKeySequence::Preferences);
    connection->addSeparator();
    QAction *quit = connection->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *room = menuBar()->addMenu(tr("&Room"));
    room->setObjectName(QStringLiteral("menu-room"));
    const auto add = [room](const QString &text, const QString &name, auto slot, QObject *receiver) {
        QAction *action = room->addAction(text, receiver, slot);
        action->setObjectName(name);
        return action;
    };
    add(
        tr("&Join…"), QStringLiteral("action-join"), [this] { joinRoom(); }, this)
        ->setShortcut(tr("Ctrl+J"));
    add(
        tr("&Leave"), QStringLiteral("action-leave"), [this] { leaveRoom(); }, this);
    room->addSeparator();
    add(
        tr("&Create…"), QStringLiteral("action-create"), [this] { createRoom(); }, this);
    add(
        tr("&Destroy…"), QStringLiteral("action-destroy"), [this] { destroyRoom(); }, this);
    room->addSeparator();
    add(
        tr("Set &topic…"), QStringLiteral("action-topic"), [this] { setTopic(); }, this)
        ->setShortcut(tr("Ctrl+T"));
    add(
        tr("&Invite…"), QStringLiteral("action-invite"), [this] { invite(); }, this);

    m_botMenu = new BotMenu(this);
    menuBar()->addMenu(m_botMenu);
    connect(m_botMenu, &BotMenu::errorReported, this, &MainWindow::reportError);

    buildGoMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menu-view"));
    for (QDockWidget *dock : {m_treeDock, m_occupantsDock, m_inspectorDock, m_trafficDock})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find in conversation…"), this, [this] { m_conversation->showFindBar(); });
    find->setObjectName(QStringLiteral("action-find"));
    find->setShortcut(QKeySequence::Find);
    QAction *bot = view->addAction(tr("Inspect the &bot"), this, &MainWindow::inspectBot);
    bot->setObjectName(QStringLiteral("action-inspect-bot"));
    bot->setShortcut(tr("Ctrl+I"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menu-help"));
    help->addAction(tr("&About Botdeck"), this, [this] { showAbout(); })->setObjectName(QStringLiteral("action-about"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

SettingsDialog *MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_consoleSettings, this);
    dialog->setObjectName(QStringLiteral("settings-dialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettings(dialog->settings()); });
    dialog->open();
    return dialog;
}

QMessageBox *MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("about-dialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Botdeck"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Botdeck %1</h3>"
                    "<p>A chat bot with a desktop console, for IRC, XMPP and a built-in local service.</p>"
                    "<p>Built with Qt %2. Free software under the MIT licence.</p>"
                    "<p><a href=\"https://example.org/botdeck\">Home page</a> · "
                    "<a href=\"https://errbot.readthedocs.io/en/latest/user_guide/backend_development.html\">"
                    "The backend model it follows (Errbot)</a></p>")
                     .arg(QStringLiteral(BOTDECK_VERSION), QString::fromLatin1(qVersion())));
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->open();
    return box;
}

void MainWindow::applySettings(const ConsoleSettings &settings)
{
    m_consoleSettings = settings;
    settings.save(*m_settings);
    m_connections->setTimeFormat(settings.timeFormat);
    const QList<Backend *> backends = m_connections->backends();
    for (Backend *backend : backends)
        backend->setQuitMessage(settings.quitMessage);
    if (auto *occupants = qobject_cast<OccupantDelegate *>(m_occupants->view()->itemDelegate()))
        occupants->setNickColours(settings.nickColours);
    if (auto *lines = qobject_cast<ConversationDelegate *>(m_conversation->view()->itemDelegate()))
        lines->setNickColours(settings.nickColours);
    QFont font = QApplication::font();
    if (settings.fontSize > 0)
        font.setPointSize(settings.fontSize);
    for (QWidget *text : std::initializer_list<QWidget *>{m_conversation->view(), m_occupants->view(), m_input})
        text->setFont(font);
    // Row heights depend on the font; colours on the setting.
    m_conversation->view()->doItemsLayout();
    m_occupants->view()->viewport()->update();
}

void MainWindow::buildGoMenu()
{
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("menu-go"));
    const auto add = [this, go](const QString &text, const QString &name, const QList<QKeySequence> &keys,
                                std::function<void()> slot) {
        QAction *action = go->addAction(text, this, std::move(slot));
        action->setObjectName(name);
        action->setShortcuts(keys);
        return action;
    };
    add(tr("&Next conversation"), QStringLiteral("action-next"),
        {QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(Qt::ALT | Qt::Key_Down)},
        [this] { selectAdjacent(1); });
    add(tr("&Previous conversation"), QStringLiteral("action-previous"),
        {QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(Qt::ALT | Qt::Key_Up)}, [this] { selectAdjacent(-1); });
    add(tr("&Switch to…"), QStringLiteral("action-switch"), {QKeySequence(Qt::CTRL | Qt::Key_K)},
        [this] { openQuickSwitcher(); });
    go->addSeparator();
    add(tr("Next p&ane"), QStringLiteral("action-next-pane"), {QKeySequence(Qt::Key_F6)},
        [this] { focusAdjacentPane(1); });
    add(tr("Previous pa&ne"), QStringLiteral("action-previous-pane"), {QKeySequence(Qt::SHIFT | Qt::Key_F6)},
        [this] { focusAdjacentPane(-1); });
    add(tr("&Type a message"), QStringLiteral("action-input"), {QKeySequence(Qt::CTRL | Qt::Key_L)},
        [this] { m_input->setFocus(Qt::ShortcutFocusReason); });
    // Alt+1..9 as in HexChat and Konversation: not worth nine menu rows.
    for (int number = 1; number <= 9; ++number) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("action-go-%1").arg(number));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        connect(action, &QAction::triggered, this, [this, number] { selectNumbered(number); });
        addAction(action);
    }
}

QList<QModelIndex> MainWindow::treeRows() const
{
    QList<QModelIndex> rows;
    for (int row = 0; row < m_connections->rowCount(); ++row) {
        const QModelIndex connection = m_connections->index(row, 0);
        rows.append(connection);
        for (int child = 0; child < m_connections->rowCount(connection); ++child)
            rows.append(m_connections->index(child, 0, connection));
    }
    return rows;
}

void MainWindow::selectAdjacent(int step)
{
    const QList<QModelIndex> rows = treeRows();
    if (rows.isEmpty())
        return;
    const qsizetype at = rows.indexOf(m_tree->currentIndex());
    // Round the ends, as tabs do.
    const qsizetype next = at < 0 ? 0 : (at + step + rows.size()) % rows.size();
    m_tree->setCurrentIndex(rows.at(next));
}

void MainWindow::selectNumbered(int number)
{
    QList<QModelIndex> conversations = treeRows();
    conversations.removeIf([](const QModelIndex &index) { return !index.parent().isValid(); });
    if (number >= 1 && number <= conversations.size()) {
        m_tree->setCurrentIndex(conversations.at(number - 1));
        m_input->setFocus(Qt::ShortcutFocusReason);
    }
}

void MainWindow::focusAdjacentPane(int step)
{
    const QList<QWidget *> panes{m_input, m_tree, m_conversation->view(), m_occupants->view(), m_inspector};
    QList<QWidget *> reachable;
    for (QWidget *pane : panes) {
        if (pane->isVisible())
            reachable.append(pane);
    }
    if (reachable.isEmpty())
        return;
    qsizetype at = -1;
    for (qsizetype i = 0; i < reachable.size(); ++i) {
        if (reachable.at(i) == focusWidget() || reachable.at(i)->isAncestorOf(focusWidget()))
            at = i;
    }
    QWidget *pane = reachable.at((at + step + reachable.size()) % reachable.size());
    // The inspector itself takes no focus: its first field does.
    if (pane->focusPolicy() == Qt::NoFocus) {
        const QList<QWidget *> children = pane->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if ((child->focusPolicy() & Qt::TabFocus) && child->isVisible()) {
                pane = child;
                break;
            }
        }
    }
    pane->setFocus(Qt::ShortcutFocusReason);
}

QuickSwitcher *MainWindow::openQuickSwitcher()
{
    auto *switcher = new QuickSwitcher(m_connections, this);
    switcher->setObjectName(QStringLiteral("quick-switcher"));
    switcher->setAttribute(Qt::WA_DeleteOnClose);
    connect(switcher, &QuickSwitcher::conversationChosen, this, [this](const QModelIndex &index) {
        m_tree->setCurrentIndex(index);
        m_input->setFocus(Qt::ShortcutFocusReason);
    });
    switcher->open();
    return switcher;
}

QDockWidget *MainWindow::addPanel(QWidget *panel, const QString &title, const QString &name, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::currentChanged(const QModelIndex &current)
{
    m_current = current;
    m_connections->setCurrent(current);
    Room *room = currentRoom();
    const Backend *inspectedBefore = m_inspector->backend();
    // The inspector's access answer is about the conversation on screen.
    m_inspector->setContext(currentBackend(), room ? room->id() : QString());
    const auto kind = ConnectionModel::ItemKind(current.data(ConnectionModel::ItemKindRole).toInt());
    if (!current.isValid() || kind == ConnectionModel::ItemKind::Connection) {
        // A connection's row shows its status view: what the service and
        // the backend said, errors with their reasons.
        Backend *backend = currentBackend();
        m_conversation->showConversation(
            m_connections->messages(current), nullptr,
            current.isValid() && backend ? tr("Status of %1").arg(m_connections->connectionName(backend)) : QString());
        m_occupants->setRoom(nullptr);
        if (current.isValid())
            inspectBot();
    } else {
        const Identifier target = currentTarget();
        const QString title = room ? room->name() : tr("Conversation with %1 (%2)").arg(target.nick(), target.person());
        m_conversation->showConversation(m_connections->messages(current), room, title);
        m_occupants->setRoom(room);
        if (!room)
            inspect(target);
        else if (inspectedBefore != currentBackend())
            inspectBot(); // whoever was shown belongs to another connection
    }
    showStatus();
}

void MainWindow::submit(const QString &text)
{
    const SlashCommand command = SlashCommand::parse(text);
    switch (command.kind()) {
    case SlashCommand::Kind::Text:
        sendToCurrent(command.text());
        return;
    case SlashCommand::Kind::Command:
        runCommand(command);
        return;
    case SlashCommand::Kind::Unknown:
    case SlashCommand::Kind::UsageError:
        // Never sent: a mistyped command must not reach everyone.
        tellOperator(command.error());
        return;
    }
}

void MainWindow::sendToCurrent(const QString &text, Message::Type type, bool answerInPublic)
{
    Backend *backend = currentBackend();
    const Identifier target = currentTarget();
    if (!backend || target.isNull()) {
        reportError(tr("Select a room or a conversation first: there is nowhere to send this."));
        return;
    }
    Room *room = currentRoom();
    if (room && !room->isJoined()) {
        reportError(tr("The bot is not in %1: join it first (Room > Join…).").arg(room->name()));
        return;
    }
    if (m_bot && type == Message::Type::Chat && text.startsWith(m_bot->prefix())) {
        m_bot->runAsOperator(backend, target, text,
                             answerInPublic ? Bot::OperatorAnswers::InConversation : Bot::OperatorAnswers::InConsole);
        return;
    }
    backend->sendText(target, text, type);
}

void MainWindow::tellOperator(const QString &text)
{
    if (MessageModel *messages = m_connections->messages(m_current))
        messages->appendEvent(text);
    reportError(text);
}

std::optional<Identifier> MainWindow::identifierFor(Backend *backend, const QString &text)
{
    const Result<Identifier> identifier = backend->buildIdentifier(text);
    if (!identifier) {
        tellOperator(identifier.error());
        return std::nullopt;
    }
    return identifier.value();
}

void MainWindow::runCommand(const SlashCommand &command)
{
    // What each command needs before it can run, checked once here so the
    // handlers only do their own work.
    enum class Needs { Nothing, Backend, Room };
    struct Handler
    {
        QLatin1StringView name;
        Needs needs;
        void (MainWindow::*run)(const SlashCommand &, Backend *, Room *);
    };
    static constexpr Handler handlers[] = {
        {QLatin1StringView("help"), Needs::Nothing, &MainWindow::commandHelp},
        {QLatin1StringView("clear"), Needs::Nothing, &MainWindow::commandClear},
        {QLatin1StringView("me"), Needs::Nothing, &MainWindow::commandMe},
        {QLatin1StringView("say"), Needs::Nothing, &MainWindow::commandSay},
        {QLatin1StringView("join"), Needs::Backend, &MainWindow::commandJoin},
        {QLatin1StringView("msg"), Needs::Backend, &MainWindow::commandMessage},
        {QLatin1StringView("query"), Needs::Backend, &MainWindow::commandMessage},
        {QLatin1StringView("away"), Needs::Backend, &MainWindow::commandAway},
        {QLatin1StringView("invite"), Needs::Backend, &MainWindow::commandInvite},
        {QLatin1StringView("nick"), Needs::Backend, &MainWindow::commandNick},
        {QLatin1StringView("whois"), Needs::Backend, &MainWindow::commandWhois},
        {QLatin1StringView("quote"), Needs::Backend, &MainWindow::commandQuote},
        {QLatin1StringView("part"), Needs::Room, &MainWindow::commandPart},
        {QLatin1StringView("topic"), Needs::Room, &MainWindow::commandTopic},
        {QLatin1StringView("kick"), Needs::Room, &MainWindow::commandKick},
        {QLatin1StringView("mode"), Needs::Room, &MainWindow::commandMode},
    };
    const QString name = command.name();
    const auto handler = std::find_if(std::begin(handlers), std::end(handlers),
                                      [&name](const Handler &each) { return each.name == name; });
    if (handler == std::end(handlers))
        return; // SlashCommand only parses commands of its table
    Backend *backend = currentBackend();
    if (handler->needs != Needs::Nothing && !backend) {
        tellOperator(tr("Connect first: Connection > Connect…"));
        return;
    }
    Room *room = currentRoom();
    if (handler->needs == Needs::Room && !room) {
        tellOperator(tr("Select a room first: /%1 acts on the current room.").arg(name));
        return;
    }
    (this->*handler->run)(command, backend, room);
}

void MainWindow::commandHelp(const SlashCommand &command, Backend *, Room *)
{
    QString wanted = command.argument(0);
    if (wanted.startsWith(QLatin1Char('/')))
        wanted.remove(0, 1);
    const SlashCommand::Spec *spec = SlashCommand::find(wanted);
    if (!wanted.isEmpty() && !spec) {
        tellOperator(tr("There is no command /%1").arg(wanted));
        return;
    }
    if (spec) {
        tellOperator(tr("%1: %2").arg(spec->usage, spec->help));
        return;
    }
    QStringList usages;
    for (const SlashCommand::Spec &each : SlashCommand::commands())
        usages.append(each.usage);
    tellOperator(tr("Commands: %1. //text sends \"/text\".").arg(usages.join(QStringLiteral(", "))));
}

void MainWindow::commandClear(const SlashCommand &, Backend *, Room *)
{
    if (MessageModel *messages = m_connections->messages(m_current))
        messages->clear();
}

void MainWindow::commandMe(const SlashCommand &command, Backend *, Room *)
{
    sendToCurrent(command.rest(0), Message::Type::Action);
}

void MainWindow::commandJoin(const SlashCommand &command, Backend *backend, Room *)
{
    showRoom(backend->joinRoom(command.argument(0), command.argument(1)));
}

void MainWindow::commandMessage(const SlashCommand &command, Backend *backend, Room *)
{
    const std::optional<Identifier> target = identifierFor(backend, command.argument(0));
    if (!target)
        return;
    if (command.name() == QLatin1String("query"))
        openConversation(*target);
    if (!command.rest(1).isEmpty())
        backend->sendText(*target, command.rest(1));
}

void MainWindow::commandAway(const SlashCommand &command, Backend *backend, Room *)
{
    const QString message = command.rest(0);
    backend->setPresence(Presence(backend->botIdentifier(),
                                  message.isEmpty() ? Presence::Status::Online : Presence::Status::Away, message));
}

void MainWindow::commandInvite(const SlashCommand &command, Backend *backend, Room *room)
{
    const std::optional<Identifier> person = identifierFor(backend, command.argument(0));
    if (!person)
        return;
    if (!command.argument(1).isEmpty()) {
        const Result<Room *> named = backend->queryRoom(command.argument(1));
        if (!named) {
            tellOperator(named.error());
            return;
        }
        room = named.value();
    }
    if (!room) {
        tellOperator(tr("Select a room first, or name it: /invite nick #room"));
        return;
    }
    room->invite({*person});
}

void MainWindow::commandSay(const SlashCommand &command, Backend *, Room *)
{
    sendToCurrent(command.rest(0), Message::Type::Chat, true);
}

void MainWindow::commandNick(const SlashCommand &command, Backend *backend, Room *)
{
    backend->changeNick(command.argument(0));
}

void MainWindow::commandWhois(const SlashCommand &command, Backend *backend, Room *room)
{
    // Someone in the room shown is known best by the room.
    Identifier person = room && room->backend() == backend ? room->occupant(command.argument(0)) : Identifier();
    if (person.isNull()) {
        const std::optional<Identifier> named = identifierFor(backend, command.argument(0));
        if (!named)
            return;
        person = *named;
    }
    askWhois(backend, person);
}

void MainWindow::askWhois(Backend *backend, const Identifier &person)
{
    // The answer is shown where the question was asked.
    m_whoisAsked[backend].insert(backend->foldCase(person.nick()), m_current);
    backend->requestWhois(person);
}

void MainWindow::showWhois(Backend *backend, const Identifier &person, const QStringList &facts)
{
    const auto asked = m_whoisAsked.find(backend);
    if (asked == m_whoisAsked.end())
        return; // asked by someone else (a plugin): not the console's question
    const QPersistentModelIndex where = asked->take(backend->foldCase(person.nick()));
    MessageModel *messages = m_connections->messages(where.isValid() ? where : m_current);
    if (!messages)
        return;
    for (const QString &fact : facts)
        messages->appendEvent(fact);
}

void MainWindow::showOperatorAnswer(Backend *backend, const Identifier &conversation, const QString &text)
{
    QModelIndex where = conversation.isRoom() ? m_connections->indexOf(backend->room(conversation.room()))
                                              : m_connections->openConversation(backend, conversation);
    MessageModel *messages = m_connections->messages(where.isValid() ? where : QModelIndex(m_current));
    if (!messages)
        return;
    // Marked as the operator's own, so that nobody takes it for what the
    // room saw.
    const QStringList lines = text.split(u'\n');
    messages->appendEvent(tr("%1 (to you only): %2").arg(backend->botIdentifier().nick(), lines.constFirst()));
    for (qsizetype i = 1; i < lines.size(); ++i)
        messages->appendEvent(QStringLiteral("    ") + lines.at(i));
}

void MainWindow::commandQuote(const SlashCommand &command, Backend *backend, Room *)
{
    if (!backend->canSendRaw()) {
        tellOperator(tr("%1 takes no raw protocol lines: /quote works on IRC only.").arg(backend->serviceName()));
        return;
    }
    // A raw line bypasses everything the console checks: the operator sees
    // exactly what goes out and says yes, without the window blocking.
    const QString line = command.rest(0);
    auto *confirm = new QMessageBox(QMessageBox::Warning, tr("Send a raw line"),
                                    tr("Send this line to %1 exactly as written?").arg(backend->serviceName()),
                                    QMessageBox::Cancel, this);
    confirm->setObjectName(QStringLiteral("raw-confirmation"));
    confirm->setAttribute(Qt::WA_DeleteOnClose);
    confirm->setInformativeText(line);
    confirm->setTextFormat(Qt::PlainText);
    QPushButton *send = confirm->addButton(tr("Send"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("raw-send"));
    confirm->setDefaultButton(QMessageBox::Cancel);
    const QPointer<Backend> target = backend;
    const QPersistentModelIndex where = m_current;
    connect(send, &QPushButton::clicked, this, [this, target, where, line] {
        if (!target) {
            reportError(tr("Not sent: the connection is gone."));
            return;
        }
        target->sendRaw(line);
        // Only the command word: the line may hold a secret, and the
        // traffic panel shows it as sent, secrets hidden.
        if (MessageModel *messages = m_connections->messages(where))
            messages->appendEvent(tr("Sent to the server as a raw line: %1 … (the traffic panel shows it)")
                                      .arg(line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty)));
    });
    confirm->open();
}

void MainWindow::commandPart(const SlashCommand &command, Backend *, Room *room)
{
    room->leave(command.rest(0));
}

void MainWindow::commandTopic(const SlashCommand &command, Backend *, Room *room)
{
    if (command.arguments().isEmpty())
        tellOperator(room->topic().isEmpty() ? tr("%1 has no topic.").arg(room->name())
                                             : tr("Topic of %1: %2").arg(room->name(), room->topic()));
    else
        room->setTopic(command.rest(0));
}

std::optional<Identifier> MainWindow::occupantFor(Room *room, const QString &nick)
{
    const Identifier occupant = room->occupant(nick);
    if (occupant.isNull()) {
        tellOperator(tr("Nobody called %1 is in %2.").arg(nick, room->name()));
        return std::nullopt;
    }
    return occupant;
}

void MainWindow::commandKick(const SlashCommand &command, Backend *, Room *room)
{
    if (!room->supportedActions().testFlag(Room::Action::Kick)) {
        tellOperator(tr("%1 cannot kick people.").arg(room->backend()->serviceName()));
        return;
    }
    if (const std::optional<Identifier> occupant = occupantFor(room, command.argument(0)))
        room->kick(*occupant, command.rest(1));
}

void MainWindow::commandMode(const SlashCommand &command, Backend *backend, Room *room)
{
    // The modes every service with ranks understands go through the Room
    // API; anything else is the service's own language.
    const QString mode = command.argument(0);
    const QString nick = command.argument(1);
    const bool ranked = command.arguments().size() == 2
        && (mode == QLatin1String("+o") || mode == QLatin1String("-o") || mode == QLatin1String("+v")
            || mode == QLatin1String("-v") || mode == QLatin1String("+b"));
    if (ranked) {
        const Room::Privilege privilege = mode.endsWith(u'o') ? Room::Privilege::Operator : Room::Privilege::Voice;
        const Room::Action action = mode.endsWith(u'b') ? Room::Action::Ban : Room::actionFor(privilege);
        if (!room->supportedActions().testFlag(action)) {
            tellOperator(tr("%1 cannot do /mode %2 in %3.").arg(backend->serviceName(), mode, room->name()));
            return;
        }
        const std::optional<Identifier> occupant = occupantFor(room, nick);
        if (!occupant)
            return;
        if (action == Room::Action::Ban)
            room->ban(*occupant);
        else if (mode.startsWith(u'+'))
            room->grant(*occupant, privilege);
        else
            room->revoke(*occupant, privilege);
        return;
    }
    if (!backend->canSendRaw()) {
        tellOperator(tr("%1 understands /mode +o, -o, +v, -v and +b with a nick, where the room has them.")
                         .arg(backend->serviceName()));
        return;
    }
    // "+m" is about the current room; "#other +m" or "nick +i" name their target.
    const bool namesTarget = !mode.startsWith(u'+') && !mode.startsWith(u'-');
    backend->sendRaw(QStringLiteral("MODE ") + (namesTarget ? QString() : room->id() + u' ') + command.rest(0));
}

void MainWindow::inspect(const Identifier &identifier)
{
    Backend *backend = currentBackend();
    m_inspector->setIdentifier(identifier,
                               backend ? tr("%1 on %2").arg(identifier.toString(), backend->serviceName())
                                       : identifier.toString());
    // An occupant of the room on screen stays current as the room changes.
    Room *room = currentRoom();
    m_inspector->follow(identifier.isOccupant() && room && room->id() == identifier.room() ? room : nullptr);
    m_inspectorDock->show();
}

void MainWindow::inspectBot()
{
    Backend *backend = currentBackend();
    if (!backend) {
        reportError(tr("There is no connection yet."));
        return;
    }
    m_inspector->follow(nullptr);
    m_inspector->setIdentifier(backend->botIdentifier(), tr("The bot itself on %1").arg(backend->serviceName()));
    m_inspectorDock->show();
}

void MainWindow::openConversation(const Identifier &person)
{
    Backend *backend = currentBackend();
    if (!backend)
        return;
    const QModelIndex index = m_connections->openConversation(backend, person);
    if (index.isValid())
        m_tree->setCurrentIndex(index);
}

void MainWindow::showStatus()
{
    QStringList parts;
    const QList<Backend *> backends = m_connections->backends();
    for (Backend *backend : backends)
        parts.append(describeConnection(backend));
    if (parts.isEmpty()) {
        m_state->setText(tr("Not connected: Connection > Connect…"));
        return;
    }
    QString text = parts.join(QStringLiteral("  |  "));
    if (Backend *backend = currentBackend(); backend && !backend->botIdentifier().isNull()) {
        const Identifier bot = backend->botIdentifier();
        text += tr("  —  bot: %1 (%2)").arg(bot.nick(), bot.person());
    }
    m_state->setText(text);
}

QString MainWindow::describeConnection(const Backend *backend) const
{
    const QString state = tr("%1: %2").arg(m_connections->connectionName(backend), Backend::describe(backend->state()));
    // A lag measured before a disconnect says nothing about now.
    if (!backend->isConnected() || backend->latencyMs() < 0)
        return state;
    return tr("%1, lag %2 ms").arg(state).arg(backend->latencyMs());
}

void MainWindow::reportError(const QString &error)
{
    statusBar()->showMessage(error, StatusMessageTimeout);
}

void MainWindow::selectFirstJoinedRoom()
{
    // While no conversation is shown (at start, or on a connection's row),
    // show the first joined room, so a newcomer sees people talking at once.
    if (!currentTarget().isNull())
        return;
    const QList<Backend *> backends = m_connections->backends();
    for (Backend *backend : backends) {
        const QList<Room *> rooms = backend->rooms();
        for (Room *room : rooms) {
            if (room->isJoined()) {
                selectRoom(room);
                return;
            }
        }
    }
}

void MainWindow::ask(const QString &title, const QString &label, const QString &initial,
                     std::function<void(const QString &)> done)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("ask-dialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    connect(dialog, &QInputDialog::textValueSelected, this, [done = std::move(done)](const QString &text) {
        if (!text.trimmed().isEmpty())
            done(text.trimmed());
    });
    dialog->open();
}

template<typename Target>
void MainWindow::askAbout(Target *target, const QString &missing, const QString &title, const QString &label,
                          const QString &initial, std::function<void(Target *, const QString &)> done)
{
    if (!target) {
        reportError(missing);
        return;
    }
    ask(title, label.arg(nameOf(target)), initial,
        [target = QPointer<Target>(target), done = std::move(done)](const QString &answer) {
            // It may have gone while the dialog was open.
            if (target)
                done(target, answer);
        });
}

void MainWindow::showRoom(const Result<Room *> &room)
{
    if (!room) {
        reportError(room.error());
        return;
    }
    selectRoom(room.value());
}

void MainWindow::joinRoom()
{
    askAbout<Backend>(currentBackend(), tr("Connect first: Connection > Connect…"), tr("Join a room"),
                      tr("Room to join on %1:"), QString(),
                      [this](Backend *backend, const QString &id) { showRoom(backend->joinRoom(id)); });
}

void MainWindow::createRoom()
{
    askAbout<Backend>(currentBackend(), tr("Connect first: Connection > Connect…"), tr("Create a room"),
                      tr("Room to create on %1:"), QString(), [this](Backend *backend, const QString &id) {
                          const Result<Room *> room = backend->queryRoom(id);
                          if (room)
                              room.value()->create();
                          showRoom(room);
                      });
}

void MainWindow::destroyRoom()
{
    askAbout<Room>(currentRoom(), tr("Select the room to destroy first."), tr("Destroy a room"),
                   tr("This removes %1 for everyone. Type its name to confirm:"), QString(),
                   [this](Room *room, const QString &confirmation) {
                       if (confirmation.compare(room->id(), Qt::CaseInsensitive) != 0) {
                           reportError(tr("Not destroyed: \"%1\" is not %2").arg(confirmation, room->id()));
                           return;
                       }
                       room->destroy();
                   });
}

void MainWindow::leaveRoom()
{
    if (Room *room = currentRoom())
        room->leave();
    else
        reportError(tr("Select the room to leave first."));
}

void MainWindow::setTopic()
{
    Room *room = currentRoom();
    askAbout<Room>(room, tr("Select a room first."), tr("Set the topic"), tr("Topic of %1:"),
                   room ? room->topic() : QString(), [](Room *room, const QString &topic) { room->setTopic(topic); });
}

void MainWindow::invite()
{
    askAbout<Room>(currentRoom(), tr("Select a room first."), tr("Invite someone"), tr("Who should be invited to %1?"),
                   QString(), [this](Room *room, const QString &who) {
                       const Result<Identifier> person = room->backend()->buildIdentifier(who);
                       if (!person) {
                           reportError(person.error());
                           return;
                       }
                       room->invite({person.value()});
                   });
}

void MainWindow::reconnect(Backend *backend)
{
    backend->disconnectFromService();
    backend->connectToService(m_loginSettings.value(backend));
}

void MainWindow::restoreLayout()
{
    // Panels keep room for a nick or an identifier's value however small the
    // window gets; the conversation takes what is left.
    const int character = fontMetrics().averageCharWidth();
    m_treeDock->setMinimumWidth(16 * character);
    for (QDockWidget *dock : {m_occupantsDock, m_inspectorDock})
        dock->setMinimumWidth(24 * character);
    const QRect available = screen()->availableGeometry();
    if (!restoreGeometry(m_settings->value(GeometryKey).toByteArray())) {
        // Roomy where there is room, and never larger than the screen: on a
        // 1024x700 laptop the input line must be on it.
        resize(QSize(1200, 760).boundedTo(available.size() * 0.95));
        move(available.center() - rect().center());
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_treeDock, m_occupantsDock}, {width() / 5, width() / 4}, Qt::Horizontal);
            resizeDocks({m_occupantsDock, m_inspectorDock}, {height() * 2 / 5, height() * 3 / 5}, Qt::Vertical);
        });
        restoreState(m_settings->value(StateKey).toByteArray());
        return;
    }
    restoreState(m_settings->value(StateKey).toByteArray());
    if (!available.contains(geometry())) {
        // Saved on a bigger screen than this one: docks and all, it shrinks to fit.
        resize(size().boundedTo(available.size() * 0.95));
        move(available.topLeft());
    }
}

void MainWindow::saveLayout()
{
    m_settings->setValue(GeometryKey, saveGeometry());
    m_settings->setValue(StateKey, saveState());
    m_settings->sync();
}

} // namespace Botdeck
