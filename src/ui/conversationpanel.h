#pragma once

#include "core/identifier.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace Botdeck {

class MessageModel;
class Room;

// The centre of the console: a topic bar over the selected conversation's
// lines. It follows new lines unless the operator has scrolled up to read.
class ConversationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPanel(QWidget *parent = nullptr);

    // room is null for a direct conversation; title says who it is with.
    void showConversation(MessageModel *messages, Room *room, const QString &title);
    MessageModel *messages() const;
    QString topicText() const;
    QListView *view() const;

    // Ctrl+F: a find bar over the lines. Typing goes to the newest line that
    // contains the text (ignoring case); Enter to the next older one,
    // Shift+Enter back to newer ones; Escape closes the bar.
    void showFindBar();
    QLineEdit *findField() const { return m_findField; }
    QString findStatus() const;
    // Moves to the next match older (-1) or newer (+1) than the current line.
    void findAdjacent(int direction);

Q_SIGNALS:
    void inspectRequested(const Botdeck::Identifier &identifier);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showTopic();
    void showContextMenu(const QPoint &position);
    void findChanged();
    bool matches(int row) const;
    void showMatch(int row);

    QLabel *m_topic;
    QListView *m_view;
    QWidget *m_findBar;
    QLineEdit *m_findField;
    QLabel *m_findStatus;
    QPointer<MessageModel> m_messages;
    QPointer<Room> m_room;
    QString m_title;
    bool m_following = true;
};

} // namespace Botdeck
