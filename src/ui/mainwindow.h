#pragma once

#include "consolesettings.h"
#include "core/backendsettings.h"
#include "core/identifier.h"
#include "core/message.h"

#include <QHash>
#include <QMainWindow>
#include <QPersistentModelIndex>
#include <QPointer>

#include <functional>
#include <optional>

class QDockWidget;
class QLabel;
class QMessageBox;
class QMenu;
class QSettings;
class QTreeView;

namespace Botdeck {

class Backend;
class BackendRegistry;
class Bot;
class BotMenu;
class ConnectionModel;
class ConversationPanel;
class InputLine;
class InspectorPanel;
class LoginDialog;
class OccupantsPanel;
class PasswordVault;
class QuickSwitcher;
class Room;
class SettingsDialog;
class SlashCommand;
class TrafficPanel;
template<typename T> class Result;

// The console: connections and rooms on the left, the conversation with
// its topic bar and input line in the centre, occupants and the identifier
// inspector on the right, protocol traffic in a dock below (hidden at
// first). It observes core signals and calls the core API only, so it
// works the same for every backend.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // settings: where window layout and profiles live; the application's
    // default QSettings when null.
    explicit MainWindow(const BackendRegistry &registry, QWidget *parent = nullptr, QSettings *settings = nullptr);
    ~MainWindow() override;

    // Shows backend (owned by the caller or by this window) as one more
    // connection.
    void addBackend(Backend *backend);
    // Creates a backend from the registry, owned by this window, and
    // connects it; null (and an error in the status bar) if name is unknown.
    Backend *connectTo(const QString &name, const BackendSettings &settings);
    // Connects the profile used last time; when it needs a password, opens
    // the login dialog on it instead. False when there is no such profile.
    bool connectLastProfile();

    // The bot the console works with: an operator's line that starts with
    // its command prefix goes to it, run as the operator (an admin), in the
    // conversation on screen; the Bot menu, the inspector's access section
    // and the warnings in the status bar are about it. Null detaches (do so
    // before the bot goes); without a bot every line is sent as plain text.
    void setBot(Bot *bot);
    Bot *bot() const;
    // Shows something the operator should know about the bot (a plugin that
    // failed, a full send queue): in the status bar and in its warnings list.
    void showWarning(const QString &warning);
    QStringList warnings() const { return m_warningLog; }

    // What is selected on the left.
    Backend *currentBackend() const;
    Room *currentRoom() const;
    Identifier currentTarget() const;
    bool selectRoom(Room *room);

    ConnectionModel *connections() const { return m_connections; }
    QTreeView *connectionView() const { return m_tree; }
    ConversationPanel *conversation() const { return m_conversation; }
    OccupantsPanel *occupants() const { return m_occupants; }
    InspectorPanel *inspector() const { return m_inspector; }
    TrafficPanel *traffic() const { return m_traffic; }
    InputLine *inputLine() const { return m_input; }
    QDockWidget *trafficDock() const { return m_trafficDock; }
    BotMenu *botMenu() const { return m_botMenu; }
    PasswordVault *passwordVault() const { return m_vault; }
    QString statusText() const;

    // Signs off every connection and closes without asking the operator:
    // for a termination signal or a scripted screenshot, where nobody is
    // there to answer.
    void closeWithoutAsking();

    // Opens the login dialog (non-modal to the event loop: the window keeps
    // running while it is open).
    LoginDialog *openLoginDialog();
    // Ctrl+K: a box to type a room or a person into, Enter goes there.
    QuickSwitcher *openQuickSwitcher();
    // Settings… and Help > About, both non-modal to the event loop.
    SettingsDialog *openSettings();
    QMessageBox *showAbout();

    // The console's own preferences, as loaded at start or last chosen.
    ConsoleSettings consoleSettings() const { return m_consoleSettings; }
    // Applies and remembers them.
    void applySettings(const ConsoleSettings &settings);

    // Keyboard travel, as in Konversation and HexChat: the next or previous
    // row of the tree (Ctrl+PgDown/PgUp, Alt+Down/Up), the n-th room or
    // conversation counting from 1 (Alt+1..9), the next or previous pane
    // (F6, Shift+F6: input line, connections, conversation, occupants,
    // inspector).
    void selectAdjacent(int step);
    void selectNumbered(int number);
    void focusAdjacentPane(int step);

    // The actions of a row's context menu (Reconnect and Close for a
    // connection, Close for a direct conversation); the caller owns it.
    QMenu *contextMenuFor(const QModelIndex &index);
    // Removes a connection from the window, signing off first if it is live.
    void closeConnection(Backend *backend);
    // The login dialog on what backend logged in with; Connect replaces it.
    LoginDialog *editConnection(Backend *backend);
    // What the bot says when it signs off (IRC QUIT): a setting.
    QString quitMessage() const;
    void setQuitMessage(const QString &message);

Q_SIGNALS:
    // A connection joined the window (connectTo() or addBackend()), before
    // it connects: where the bot attaches itself to every connection.
    void backendAdded(Botdeck::Backend *backend);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildGoMenu();
    // Every row of the tree in the order shown: each connection, then its
    // rooms and conversations.
    QList<QModelIndex> treeRows() const;
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &name, Qt::DockWidgetArea area);
    void currentChanged(const QModelIndex &current);
    void submit(const QString &text);
    // Sends text to the current room or conversation, or hands it to the bot
    // when it starts with the bot's prefix.
    void sendToCurrent(const QString &text, Message::Type type = Message::Type::Chat, bool answerInPublic = false);
    // Runs a parsed command through its handler (the table in
    // mainwindow.cpp), once what it needs (a connection, a room) is there.
    void runCommand(const SlashCommand &command);
    void commandHelp(const SlashCommand &command, Backend *backend, Room *room);
    void commandClear(const SlashCommand &command, Backend *backend, Room *room);
    void commandMe(const SlashCommand &command, Backend *backend, Room *room);
    void commandJoin(const SlashCommand &command, Backend *backend, Room *room);
    // /msg and /query.
    void commandMessage(const SlashCommand &command, Backend *backend, Room *room);
    void commandAway(const SlashCommand &command, Backend *backend, Room *room);
    void commandInvite(const SlashCommand &command, Backend *backend, Room *room);
    void commandSay(const SlashCommand &command, Backend *backend, Room *room);
    void commandNick(const SlashCommand &command, Backend *backend, Room *room);
    void commandWhois(const SlashCommand &command, Backend *backend, Room *room);
    // Asks for confirmation (non-blocking) before the line goes out.
    void commandQuote(const SlashCommand &command, Backend *backend, Room *room);
    void commandPart(const SlashCommand &command, Backend *backend, Room *room);
    void commandTopic(const SlashCommand &command, Backend *backend, Room *room);
    void commandKick(const SlashCommand &command, Backend *backend, Room *room);
    void commandMode(const SlashCommand &command, Backend *backend, Room *room);
    // The answer to a /whois, as event lines where it was asked.
    void askWhois(Backend *backend, const Identifier &person);
    void showWhois(Backend *backend, const Identifier &person, const QStringList &facts);
    // The bot's answer to the operator, in the console only.
    void showOperatorAnswer(Backend *backend, const Identifier &conversation, const QString &text);
    // The occupant of room called nick, or nothing after saying so.
    std::optional<Identifier> occupantFor(Room *room, const QString &nick);
    // Says something to the operator only: in the conversation shown, if
    // any, and in the status bar.
    void tellOperator(const QString &text);
    // The person or room the operator named, or nothing after saying why.
    std::optional<Identifier> identifierFor(Backend *backend, const QString &text);
    void inspect(const Identifier &identifier);
    void inspectBot();
    void openConversation(const Identifier &person);
    void showStatus();
    QString describeConnection(const Backend *backend) const;
    void reportError(const QString &error);
    void selectFirstJoinedRoom();
    // Asks for one line of text without blocking the event loop; done runs
    // when the operator confirms.
    void ask(const QString &title, const QString &label, const QString &initial,
             std::function<void(const QString &)> done);
    // The steps the room actions share: with no target (no connection, no
    // room selected) says what to select in missing; otherwise asks, label's
    // %1 naming the target, and runs done unless the target went away while
    // the dialog was open.
    template<typename Target>
    void askAbout(Target *target, const QString &missing, const QString &title, const QString &label,
                  const QString &initial, std::function<void(Target *, const QString &)> done);
    // Selects a room that was joined or created, or says why there is none.
    void showRoom(const Result<Room *> &room);
    void joinRoom();
    void createRoom();
    void destroyRoom();
    void leaveRoom();
    void setTopic();
    void invite();
    void reconnect(Backend *backend);
    void restoreLayout();
    void saveLayout();

    const BackendRegistry &m_registry;
    QSettings *m_settings;
    bool m_ownsSettings;
    ConnectionModel *m_connections;
    QTreeView *m_tree;
    ConversationPanel *m_conversation;
    InputLine *m_input;
    OccupantsPanel *m_occupants;
    InspectorPanel *m_inspector;
    TrafficPanel *m_traffic;
    QDockWidget *m_treeDock;
    QDockWidget *m_occupantsDock;
    QDockWidget *m_inspectorDock;
    QDockWidget *m_trafficDock;
    QLabel *m_state;
    QLabel *m_warnings;
    QStringList m_warningLog;
    BotMenu *m_botMenu = nullptr;
    PasswordVault *m_vault;
    QPointer<Bot> m_bot;
    QHash<Backend *, BackendSettings> m_loginSettings;
    QPersistentModelIndex m_current;
    ConsoleSettings m_consoleSettings;
    // Per connection, folded nick -> the conversation a /whois was typed in.
    QHash<Backend *, QHash<QString, QPersistentModelIndex>> m_whoisAsked;
    // The operator agreed to sign off the live connections.
    bool m_quitConfirmed = false;
};

} // namespace Botdeck
