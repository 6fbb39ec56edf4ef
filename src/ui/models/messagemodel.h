#pragma once

#include "core/identifier.h"
#include "core/message.h"
#include "core/room.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

namespace Botdeck {

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
        HighlightRole,                   // bool: someone else's message that names the bot
        FirstUnreadRole,                 // bool: the first line the operator has not seen
        // Where the parts sit in the display text, for a delegate that
        // draws them apart: QPoint(start, length) of the sender's nick
        // (length 0 for events), and the offset of the body or event text.
        NickSpanRole,
        BodyStartRole,
        TimeLengthRole, // int: the time comes first, this long

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

    // Messages from others that mention nick (as a word, ignoring case)
    // are highlighted; the bot's nick, kept current as it changes.
    void setHighlightedNick(const QString &nick);
    // Everything so far has been seen: lines appended from now on are new,
    // and the first of them carries FirstUnreadRole.
    void markRead();
    // -1 while every line has been seen.
    int firstUnreadRow() const;

    // How each line's time is written (a QTime format); "HH:mm" at first.
    void setTimeFormat(const QString &format);
    QString timeFormat() const { return m_timeFormat; }

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
        bool highlight = false;
    };
    void append(Line line);
    void trim(int limit);
    struct Rendered
    {
        QString text;
        qsizetype nickStart = 0;
        qsizetype nickLength = 0;
        qsizetype bodyStart = 0;
        qsizetype timeLength = 0;
    };
    Rendered render(const Line &line) const;

    bool mentionsHighlightedNick(QStringView text) const;
    static QString describePrivilege(const QString &who, Room::Privilege privilege, bool granted, const QString &by);

    QList<Line> m_lines;
    int m_limit = DefaultScrollbackLimit;
    QString m_highlightedNick;
    QString m_timeFormat = QStringLiteral("HH:mm");
    // Rows before this one have been seen; rowCount() when all have.
    int m_seen = -1;
    // A kick line was just shown: the leave that follows it is not.
    QString m_explainedLeave;
    bool m_explainedOwnLeave = false;
};

} // namespace Botdeck
