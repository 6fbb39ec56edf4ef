#pragma once

#include "core/identifier.h"
#include "core/message.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

namespace Botdeck {

class Room;

// The lines of one conversation (a room or a person): messages, and for a
// room the quiet lines (joins, parts, nick and topic changes). Keeps at
// most scrollbackLimit() lines in memory, dropping the oldest.
class MessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class LineKind { Chat, Action, Notice, Event };
    Q_ENUM(LineKind)

    enum Role {
        LineKindRole = Qt::UserRole + 1, // LineKind as int
        TimeRole,                        // QDateTime
        SenderRole,                      // Botdeck::Identifier, null for events
        TextRole,                        // QString: the body, or the event's text
        OwnRole,                         // bool: sent by the bot itself
        MessageRole,                     // Botdeck::Message, invalid for events
    };
    Q_ENUM(Role)

    static constexpr int DefaultScrollbackLimit = 2000;

    explicit MessageModel(QObject *parent = nullptr);

    // Records room's joins, parts, nick and topic changes as quiet lines.
    void followRoom(Room *room);

    // own: the bot sent it (Backend::messageSent).
    void appendMessage(const Message &message, bool own);
    void appendEvent(const QString &text, const QDateTime &when = QDateTime::currentDateTime());

    // Forgets every line: the console's /clear.
    void clear();

    void setScrollbackLimit(int lines);
    int scrollbackLimit() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Line
    {
        QDateTime time;
        LineKind kind = LineKind::Chat;
        bool own = false;
        Message message;
        QString text;
    };
    void append(Line line);
    void trim(int limit);
    QString render(const Line &line) const;

    QList<Line> m_lines;
    int m_limit = DefaultScrollbackLimit;
};

} // namespace Botdeck
