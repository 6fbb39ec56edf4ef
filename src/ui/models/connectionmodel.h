#pragma once

#include "core/backend.h"
#include "core/identifier.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPointer>

#include <memory>

namespace Botdeck {

class MessageModel;
class Room;

// The tree on the left of the console: one row per connection (backend),
// and under each its rooms followed by its open direct conversations. It
// routes every message to its conversation's MessageModel and counts what
// arrived in conversations other than the current one.
class ConnectionModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class ItemKind { Connection, Room, Direct };
    Q_ENUM(ItemKind)

    enum Role {
        ItemKindRole = Qt::UserRole + 1, // ItemKind as int
        BackendRole,                     // Botdeck::Backend *
        RoomRole,                        // Botdeck::Room *, rooms only
        TargetRole,                      // Botdeck::Identifier: where the input line sends to
        StateRole,                       // Backend::State as int, connections only
        ErrorRole,                       // QString: the connection's last error
        UnreadRole,                      // int
        HighlightsRole,                  // int: unread messages that mention the bot
        JoinedRole,                      // bool, rooms only
        TopicRole,                       // QString, rooms only
    };
    Q_ENUM(Role)

    explicit ConnectionModel(QObject *parent = nullptr);
    ~ConnectionModel() override;

    // Shows backend, its rooms and conversations until it is removed or
    // destroyed.
    void addBackend(Backend *backend);
    void removeBackend(Backend *backend);
    QList<Backend *> backends() const;

    // The name the operator gave the connection (a profile's); empty: the
    // service's own name. It names the row, the status bar entry and the
    // traffic dock's source.
    void setProfileName(Backend *backend, const QString &name);
    // The profile name, else where the service is (with the IRC network
    // when it named itself): the one name every panel uses.
    QString connectionName(const Backend *backend) const;

    // Opens (or finds) the direct conversation with person.
    QModelIndex openConversation(Backend *backend, const Identifier &person);
    QModelIndex indexOf(Backend *backend) const;
    QModelIndex indexOf(Room *room) const;

    // The conversation the operator is reading: its unread count stays 0.
    void setCurrent(const QModelIndex &index);
    // For a connection row, its status view: state changes, errors with
    // their reasons, the message of the day and server notices.
    MessageModel *messages(const QModelIndex &index) const;
    // For every conversation's lines, now and later (MessageModel::setTimeFormat).
    void setTimeFormat(const QString &format);
    // Closes a direct conversation's row; false for any other row.
    bool closeConversation(const QModelIndex &index);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void connectionNameChanged(Botdeck::Backend *backend, const QString &name);

private:
    std::unique_ptr<MessageModel> makeMessages() const;
    struct Conversation;
    struct Connection;

    Connection *connectionOf(const QModelIndex &index) const;
    Conversation *conversationOf(const QModelIndex &index) const;
    int rowOf(const Connection *connection) const;
    int rowOf(const Connection *connection, const Room *room) const;
    int rowOf(const Connection *connection, const Identifier &person) const;
    Connection *find(const Backend *backend) const;

    void addRoom(Connection *connection, Room *room);
    void removeRoom(Connection *connection, Room *room);
    void route(Connection *connection, const Message &message, bool own);
    void connectionChanged(Connection *connection);
    void updateName(Connection *connection);
    QString describe(const Connection *connection) const;
    void roomChanged(Connection *connection, Room *room);

    QList<Connection *> m_connections;
    QPointer<Backend> m_currentBackend;
    Conversation *m_current = nullptr;
    // Empty: MessageModel's own.
    QString m_timeFormat;
};

} // namespace Botdeck
