#pragma once

#include "core/identifier.h"

#include <QPointer>
#include <QWidget>

class QLabel;
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

Q_SIGNALS:
    void inspectRequested(const Botdeck::Identifier &identifier);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showTopic();
    void showContextMenu(const QPoint &position);

    QLabel *m_topic;
    QListView *m_view;
    QPointer<MessageModel> m_messages;
    QPointer<Room> m_room;
    QString m_title;
    bool m_following = true;
};

} // namespace Botdeck
