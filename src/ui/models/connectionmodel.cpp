#include "connectionmodel.h"

#include "messagemodel.h"

#include "core/room.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>

namespace Botdeck {

struct ConnectionModel::Conversation
{
    QPointer<Room> room; // for a room
    Identifier person;   // for a direct conversation
    int unread = 0;
    int highlights = 0; // of the unread, those that mention the bot
    std::unique_ptr<MessageModel> messages;
};

struct ConnectionModel::Connection
{
    // Null from the moment the backend starts being destroyed; key stays
    // to find the row.
    QPointer<Backend> backend;
    const Backend *key = nullptr;
    QString lastError;
    QString profileName;
    QString name; // as last announced by connectionNameChanged
    MessageModel status;
    // Rooms first, then direct conversations, each in the order they came.
    std::vector<std::unique_ptr<Conversation>> conversations;
    int roomCount = 0;
};

namespace {

QColor stateColour(Backend::State state)
{
    switch (state) {
    case Backend::State::Connected:
        return QColor(0x2e, 0x9d, 0x3a);
    case Backend::State::Connecting:
    case Backend::State::Authenticating:
    case Backend::State::Reconnecting:
        return QColor(0xe0, 0x9a, 0x1b);
    case Backend::State::Failed:
        return QColor(0xc8, 0x2a, 0x2a);
    case Backend::State::Disconnected:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

} // namespace

ConnectionModel::ConnectionModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

ConnectionModel::~ConnectionModel()
{
    qDeleteAll(m_connections);
}

void ConnectionModel::addBackend(Backend *backend)
{
    if (find(backend))
        return;
    auto *connection = new Connection;
    connection->backend = backend;
    connection->key = backend;
    if (!m_timeFormat.isEmpty())
        connection->status.setTimeFormat(m_timeFormat);
    const int row = int(m_connections.size());
    beginInsertRows({}, row, row);
    m_connections.append(connection);
    endInsertRows();

    connection->name = connectionName(backend);
    connect(backend, &Backend::stateChanged, this, [this, connection](Backend::State state) {
        if (state == Backend::State::Connected)
            connection->lastError.clear();
        updateName(connection);
        connection->status.appendEvent(Backend::describe(state));
        connectionChanged(connection);
    });
    connect(backend, &Backend::serviceNameChanged, this, [this, connection] {
        updateName(connection);
        connectionChanged(connection);
    });
    connect(backend, &Backend::errorOccurred, this, [this, connection](const QString &error) {
        connection->lastError = error;
        connection->status.appendEvent(error);
        connectionChanged(connection);
    });
    connect(backend, &Backend::serviceNotice, this,
            [connection](const QString &text) { connection->status.appendEvent(text); });
    connect(backend, &Backend::roomAdded, this, [this, connection](Room *room) { addRoom(connection, room); });
    connect(backend, &Backend::roomRemoved, this, [this, connection](Room *room) { removeRoom(connection, room); });
    connect(backend, &Backend::messageReceived, this,
            [this, connection](const Message &message) { route(connection, message, false); });
    connect(backend, &Backend::messageSent, this,
            [this, connection](const Message &message) { route(connection, message, true); });
    connect(backend, &QObject::destroyed, this, [this, backend] { removeBackend(backend); });
    const QList<Room *> rooms = backend->rooms();
    for (Room *room : rooms)
        addRoom(connection, room);
}

void ConnectionModel::removeBackend(Backend *backend)
{
    Connection *connection = find(backend);
    if (!connection)
        return;
    if (m_currentBackend == backend || !m_currentBackend)
        m_current = nullptr;
    connection->backend = nullptr;
    disconnect(backend, nullptr, this, nullptr);
    for (const auto &conversation : connection->conversations) {
        if (conversation->room)
            disconnect(conversation->room, nullptr, this, nullptr);
    }
    const int row = rowOf(connection);
    beginRemoveRows({}, row, row);
    m_connections.removeAt(row);
    endRemoveRows();
    delete connection;
}

QList<Backend *> ConnectionModel::backends() const
{
    QList<Backend *> result;
    for (const Connection *connection : m_connections) {
        if (connection->backend)
            result.append(connection->backend);
    }
    return result;
}

void ConnectionModel::setProfileName(Backend *backend, const QString &name)
{
    Connection *connection = find(backend);
    if (!connection)
        return;
    connection->profileName = name.trimmed();
    updateName(connection);
    connectionChanged(connection);
}

QString ConnectionModel::connectionName(const Backend *backend) const
{
    const Connection *connection = find(backend);
    if (connection && !connection->profileName.isEmpty())
        return connection->profileName;
    return backend->serviceName();
}

void ConnectionModel::updateName(Connection *connection)
{
    if (!connection->backend)
        return;
    const QString name = connectionName(connection->backend);
    if (name == connection->name)
        return;
    connection->name = name;
    Q_EMIT connectionNameChanged(connection->backend, name);
}

QString ConnectionModel::describe(const Connection *connection) const
{
    // A reason says more than a state, and only while it is still true.
    const Backend::State state = connection->backend->state();
    if (state == Backend::State::Connected || connection->lastError.isEmpty())
        return Backend::describe(state);
    return connection->lastError;
}

QModelIndex ConnectionModel::openConversation(Backend *backend, const Identifier &person)
{
    Connection *connection = find(backend);
    if (!connection || person.isNull() || person.isRoom())
        return {};
    const Identifier key = person.toPerson();
    int row = rowOf(connection, key);
    if (row < 0) {
        row = int(connection->conversations.size());
        beginInsertRows(indexOf(backend), row, row);
        auto conversation = std::make_unique<Conversation>();
        conversation->person = key;
        conversation->messages = makeMessages();
        connection->conversations.push_back(std::move(conversation));
        endInsertRows();
    }
    return index(row, 0, indexOf(backend));
}

QModelIndex ConnectionModel::indexOf(Backend *backend) const
{
    const Connection *connection = find(backend);
    return connection ? index(rowOf(connection), 0) : QModelIndex();
}

QModelIndex ConnectionModel::indexOf(Room *room) const
{
    const Connection *connection = room ? find(room->backend()) : nullptr;
    if (!connection)
        return {};
    const int row = rowOf(connection, room);
    return row < 0 ? QModelIndex() : createIndex(row, 0, const_cast<Connection *>(connection));
}

void ConnectionModel::setCurrent(const QModelIndex &index)
{
    Conversation *conversation = conversationOf(index);
    // What the operator leaves has been read: lines that come while they
    // are elsewhere show up below a "new messages" marker on their return.
    if (m_current && m_current != conversation)
        m_current->messages->markRead();
    m_current = conversation;
    m_currentBackend = conversation ? connectionOf(index)->backend : nullptr;
    if (conversation && conversation->unread) {
        conversation->unread = 0;
        conversation->highlights = 0;
        Q_EMIT dataChanged(index, index);
    }
}

std::unique_ptr<MessageModel> ConnectionModel::makeMessages() const
{
    auto messages = std::make_unique<MessageModel>();
    if (!m_timeFormat.isEmpty())
        messages->setTimeFormat(m_timeFormat);
    return messages;
}

void ConnectionModel::setTimeFormat(const QString &format)
{
    m_timeFormat = format;
    for (Connection *connection : std::as_const(m_connections)) {
        connection->status.setTimeFormat(format);
        for (const auto &conversation : connection->conversations)
            conversation->messages->setTimeFormat(format);
    }
}

MessageModel *ConnectionModel::messages(const QModelIndex &index) const
{
    if (index.isValid() && !index.internalPointer())
        return &connectionOf(index)->status;
    const Conversation *conversation = conversationOf(index);
    return conversation ? conversation->messages.get() : nullptr;
}

bool ConnectionModel::closeConversation(const QModelIndex &index)
{
    Connection *connection = index.isValid() && index.internalPointer() ? connectionOf(index) : nullptr;
    if (!connection || index.row() < connection->roomCount || index.row() >= int(connection->conversations.size()))
        return false;
    if (m_current == connection->conversations.at(size_t(index.row())).get())
        m_current = nullptr;
    beginRemoveRows(index.parent(), index.row(), index.row());
    connection->conversations.erase(connection->conversations.begin() + index.row());
    endRemoveRows();
    return true;
}

QModelIndex ConnectionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, nullptr);
    return createIndex(row, column, m_connections.at(parent.row()));
}

QModelIndex ConnectionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const auto *connection = static_cast<const Connection *>(child.internalPointer());
    return createIndex(rowOf(connection), 0, nullptr);
}

int ConnectionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_connections.size());
    if (parent.column() != 0 || parent.internalPointer())
        return 0;
    return int(m_connections.at(parent.row())->conversations.size());
}

int ConnectionModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ConnectionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    Connection *connection = connectionOf(index);
    Backend *backend = connection->backend;
    if (!backend)
        return {};
    const Conversation *conversation = conversationOf(index);
    if (role == BackendRole)
        return QVariant::fromValue(backend);
    if (role == ErrorRole)
        return connection->lastError;

    if (!conversation) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("%1 — %2").arg(connection->name, describe(connection));
        case ItemKindRole:
            return int(ItemKind::Connection);
        case StateRole:
            return int(backend->state());
        case TargetRole:
            return QVariant::fromValue(backend->botIdentifier());
        case Qt::DecorationRole:
            return stateColour(backend->state());
        case Qt::ToolTipRole:
            // Rich text, so that a long reason wraps instead of running off the screen.
            return connection->lastError.isEmpty()
                ? backend->serviceName()
                : tr("<p><b>%1</b></p><p>Last error: %2</p>")
                      .arg(backend->serviceName().toHtmlEscaped(), connection->lastError.toHtmlEscaped());
        case UnreadRole: {
            int unread = 0;
            for (const auto &each : connection->conversations)
                unread += each->unread;
            return unread;
        }
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        default:
            return {};
        }
    }

    Room *room = conversation->room;
    const bool joined = room && room->isJoined();
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = room ? room->name() : conversation->person.nick();
        return conversation->unread ? tr("%1 (%2)").arg(name).arg(conversation->unread) : name;
    }
    case ItemKindRole:
        return int(room ? ItemKind::Room : ItemKind::Direct);
    case RoomRole:
        return QVariant::fromValue(room);
    case TargetRole:
        return QVariant::fromValue(room ? room->identifier() : conversation->person);
    case UnreadRole:
        return conversation->unread;
    case HighlightsRole:
        return conversation->highlights;
    case JoinedRole:
        return room ? QVariant(joined) : QVariant();
    case TopicRole:
        return room ? QVariant(room->topic()) : QVariant();
    case Qt::ToolTipRole:
        if (conversation->highlights > 0)
            return tr("%1 unread, %2 naming the bot").arg(conversation->unread).arg(conversation->highlights);
        if (room)
            return room->topic().isEmpty() ? room->name() : room->topic();
        return tr("%1 (%2)").arg(conversation->person.displayName().isEmpty() ? conversation->person.nick()
                                                                              : conversation->person.displayName(),
                                 conversation->person.person());
    case Qt::ForegroundRole:
        if (room && !joined)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        // Someone is talking to the bot there, as HexChat and Konversation
        // colour such a tab.
        if (conversation->highlights > 0)
            return QColor(0xc8, 0x2a, 0x2a);
        return {};
    case Qt::FontRole:
        if (conversation->unread || (room && !joined)) {
            QFont font;
            font.setBold(conversation->unread > 0);
            font.setItalic(room && !joined);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QHash<int, QByteArray> ConnectionModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ItemKindRole, "itemKind");
    names.insert(BackendRole, "backend");
    names.insert(RoomRole, "room");
    names.insert(TargetRole, "target");
    names.insert(StateRole, "state");
    names.insert(ErrorRole, "error");
    names.insert(UnreadRole, "unread");
    names.insert(HighlightsRole, "highlights");
    names.insert(JoinedRole, "joined");
    names.insert(TopicRole, "topic");
    return names;
}

ConnectionModel::Connection *ConnectionModel::connectionOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    if (index.internalPointer())
        return static_cast<Connection *>(index.internalPointer());
    return m_connections.value(index.row());
}

ConnectionModel::Conversation *ConnectionModel::conversationOf(const QModelIndex &index) const
{
    if (!index.isValid() || !index.internalPointer())
        return nullptr;
    const auto *connection = static_cast<const Connection *>(index.internalPointer());
    if (index.row() >= int(connection->conversations.size()))
        return nullptr;
    return connection->conversations.at(size_t(index.row())).get();
}

int ConnectionModel::rowOf(const Connection *connection) const
{
    return int(m_connections.indexOf(connection));
}

int ConnectionModel::rowOf(const Connection *connection, const Room *room) const
{
    for (int i = 0; i < connection->roomCount; ++i) {
        if (connection->conversations.at(size_t(i))->room == room)
            return i;
    }
    return -1;
}

int ConnectionModel::rowOf(const Connection *connection, const Identifier &person) const
{
    const QString address = person.toPerson().person();
    for (size_t i = size_t(connection->roomCount); i < connection->conversations.size(); ++i) {
        if (connection->conversations.at(i)->person.person() == address)
            return int(i);
    }
    return -1;
}

ConnectionModel::Connection *ConnectionModel::find(const Backend *backend) const
{
    for (Connection *connection : m_connections) {
        if (connection->key == backend)
            return connection;
    }
    return nullptr;
}

void ConnectionModel::addRoom(Connection *connection, Room *room)
{
    if (rowOf(connection, room) >= 0)
        return;
    const int row = connection->roomCount;
    beginInsertRows(index(rowOf(connection), 0), row, row);
    auto conversation = std::make_unique<Conversation>();
    conversation->room = room;
    conversation->messages = makeMessages();
    conversation->messages->followRoom(room);
    connection->conversations.insert(connection->conversations.begin() + row, std::move(conversation));
    ++connection->roomCount;
    endInsertRows();
    const auto changed = [this, connection, room] { roomChanged(connection, room); };
    connect(room, &Room::joinedChanged, this, changed);
    connect(room, &Room::topicChanged, this, changed);
    connect(room, &Room::nameChanged, this, changed);
    connect(room, &QObject::destroyed, this, [this, connection, room] { removeRoom(connection, room); });
}

void ConnectionModel::removeRoom(Connection *connection, Room *room)
{
    // The room may already be gone (destroyed), so it is found by address.
    int row = -1;
    for (int i = 0; i < connection->roomCount; ++i) {
        if (connection->conversations.at(size_t(i))->room.data() == room
            || connection->conversations.at(size_t(i))->room.isNull()) {
            row = i;
            break;
        }
    }
    if (row < 0)
        return;
    if (m_current == connection->conversations.at(size_t(row)).get())
        m_current = nullptr;
    if (room)
        disconnect(room, nullptr, this, nullptr);
    beginRemoveRows(index(rowOf(connection), 0), row, row);
    connection->conversations.erase(connection->conversations.begin() + row);
    --connection->roomCount;
    endRemoveRows();
}

void ConnectionModel::route(Connection *connection, const Message &message, bool own)
{
    QModelIndex where;
    if (message.isGroup()) {
        Room *room = connection->backend->room(message.room());
        if (!room)
            return;
        where = indexOf(room);
    } else {
        // A direct message belongs to the other person: its sender when it
        // came in, its recipient when the bot sent it.
        where = openConversation(connection->backend, own ? message.to() : message.from());
    }
    Conversation *conversation = conversationOf(where);
    if (!conversation)
        return;
    MessageModel *messages = conversation->messages.get();
    messages->setHighlightedNick(connection->backend->botIdentifier().nick());
    messages->appendMessage(message, own);
    if (!own && conversation != m_current) {
        ++conversation->unread;
        if (messages->index(messages->rowCount() - 1).data(MessageModel::HighlightRole).toBool())
            ++conversation->highlights;
        Q_EMIT dataChanged(
            where, where,
            {Qt::DisplayRole, Qt::FontRole, Qt::ForegroundRole, Qt::ToolTipRole, UnreadRole, HighlightsRole});
        const QModelIndex parentRow = where.parent();
        Q_EMIT dataChanged(parentRow, parentRow, {UnreadRole});
    }
}

void ConnectionModel::connectionChanged(Connection *connection)
{
    const QModelIndex changed = index(rowOf(connection), 0);
    Q_EMIT dataChanged(changed, changed);
}

void ConnectionModel::roomChanged(Connection *connection, Room *room)
{
    const int row = rowOf(connection, room);
    if (row < 0)
        return;
    const QModelIndex changed = index(row, 0, index(rowOf(connection), 0));
    Q_EMIT dataChanged(changed, changed);
}

} // namespace Botdeck
