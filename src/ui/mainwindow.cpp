#include "mainwindow.h"

#include "botmenu.h"
#include "conversationpanel.h"
#include "inputline.h"
#include "inspectorpanel.h"
#include "logindialog.h"
#include "models/connectionmodel.h"
#include "models/messagemodel.h"
#include "occupantspanel.h"
#include "passwordvault.h"
#include "profilestore.h"
#include "slashcommand.h"
#include "trafficpanel.h"

#include "core/backend.h"
#include "core/backendregistry.h"
#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"
#include "core/presence.h"
#include "core/room.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace Botdeck {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString QuitMessageKey = QStringLiteral("console/quit-message");
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
    connect(m_conversation, &ConversationPanel::inspectRequested, this, &MainWindow::inspect);
    connect(m_input, &InputLine::submitted, this, &MainWindow::submit);
    m_input->setCompletionSource([this] { return m_occupants->nicks(); });

    buildMenus();
    restoreLayout();
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
    const auto watch
        = [this](Room *room) { connect(room, &Room::joinedChanged, this, &MainWindow::selectFirstJoinedRoom); };
    connect(backend, &Backend::roomAdded, this, watch);
    const QList<Room *> rooms = backend->rooms();
    for (Room *room : rooms)
        watch(room);
    connect(backend, &QObject::destroyed, this, [this, backend] {
        m_loginSettings.remove(backend);
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
    return m_settings->value(QuitMessageKey, tr("Botdeck")).toString();
}

void MainWindow::setQuitMessage(const QString &message)
{
    m_settings->setValue(QuitMessageKey, message);
    const QList<Backend *> backends = m_connections->backends();
    for (Backend *backend : backends)
        backend->setQuitMessage(message);
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
    QAction *quitMessageAction = connection->addAction(tr("&Quit message…"), this, [this] {
        ask(tr("Quit message"), tr("What the bot says when it signs off:"), quitMessage(),
            [this](const QString &message) { setQuitMessage(message); });
    });
    quitMessageAction->setObjectName(QStringLiteral("action-quit-message"));
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

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menu-view"));
    for (QDockWidget *dock : {m_treeDock, m_occupantsDock, m_inspectorDock, m_trafficDock})
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *bot = view->addAction(tr("Inspect the &bot"), this, &MainWindow::inspectBot);
    bot->setObjectName(QStringLiteral("action-inspect-bot"));
    bot->setShortcut(tr("Ctrl+I"));
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

void MainWindow::sendToCurrent(const QString &text, Message::Type type)
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
        m_bot->runAsOperator(backend, target, text);
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
    const QString name = command.name();
    if (name == QLatin1String("help")) {
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
        return;
    }
    if (name == QLatin1String("clear")) {
        if (MessageModel *messages = m_connections->messages(m_current))
            messages->clear();
        return;
    }
    if (name == QLatin1String("me")) {
        sendToCurrent(command.rest(0), Message::Type::Action);
        return;
    }
    Backend *backend = currentBackend();
    if (!backend) {
        tellOperator(tr("Connect first: Connection > Connect…"));
        return;
    }
    if (name == QLatin1String("join")) {
        showRoom(backend->joinRoom(command.argument(0), command.argument(1)));
        return;
    }
    if (name == QLatin1String("msg") || name == QLatin1String("query")) {
        const std::optional<Identifier> target = identifierFor(backend, command.argument(0));
        if (!target)
            return;
        if (name == QLatin1String("query"))
            openConversation(*target);
        if (!command.rest(1).isEmpty())
            backend->sendText(*target, command.rest(1));
        return;
    }
    if (name == QLatin1String("away")) {
        const QString message = command.rest(0);
        backend->setPresence(Presence(backend->botIdentifier(),
                                      message.isEmpty() ? Presence::Status::Online : Presence::Status::Away, message));
        return;
    }
    if (name == QLatin1String("invite")) {
        const std::optional<Identifier> person = identifierFor(backend, command.argument(0));
        if (!person)
            return;
        Room *room = currentRoom();
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
        return;
    }
    if (name == QLatin1String("nick") || name == QLatin1String("kick") || name == QLatin1String("mode")
        || name == QLatin1String("whois") || name == QLatin1String("quote")) {
        // No Backend or Room API carries these yet: say so rather than send
        // the line as text.
        tellOperator(tr("%1 cannot do /%2 from the console yet.").arg(backend->serviceName(), name));
        return;
    }
    Room *room = currentRoom();
    if (!room) {
        tellOperator(tr("Select a room first: /%1 acts on the current room.").arg(name));
        return;
    }
    if (name == QLatin1String("part")) {
        room->leave(command.rest(0));
    } else if (name == QLatin1String("topic")) {
        if (command.arguments().isEmpty())
            tellOperator(room->topic().isEmpty() ? tr("%1 has no topic.").arg(room->name())
                                                 : tr("Topic of %1: %2").arg(room->name(), room->topic()));
        else
            room->setTopic(command.rest(0));
    }
}

void MainWindow::inspect(const Identifier &identifier)
{
    Backend *backend = currentBackend();
    m_inspector->setIdentifier(identifier,
                               backend ? tr("%1 on %2").arg(identifier.toString(), backend->serviceName())
                                       : identifier.toString());
    m_inspectorDock->show();
}

void MainWindow::inspectBot()
{
    Backend *backend = currentBackend();
    if (!backend) {
        reportError(tr("There is no connection yet."));
        return;
    }
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
    if (!restoreGeometry(m_settings->value(GeometryKey).toByteArray())) {
        resize(1200, 760);
        // Dock sizes only take once the window is laid out.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_treeDock, m_occupantsDock}, {240, 320}, Qt::Horizontal);
            resizeDocks({m_occupantsDock, m_inspectorDock}, {290, 430}, Qt::Vertical);
        });
    }
    restoreState(m_settings->value(StateKey).toByteArray());
}

void MainWindow::saveLayout()
{
    m_settings->setValue(GeometryKey, saveGeometry());
    m_settings->setValue(StateKey, saveState());
    m_settings->sync();
}

} // namespace Botdeck
