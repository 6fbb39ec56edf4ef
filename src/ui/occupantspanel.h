#pragma once

#include "core/identifier.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QMenu;

namespace Botdeck {

class OccupantModel;
class OccupantProxyModel;
class Room;

// The right-hand list: the selected room's occupants, ranked and sorted,
// with their count and a filter box.
class OccupantsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OccupantsPanel(QWidget *parent = nullptr);

    void setRoom(Room *room);
    Room *room() const;
    OccupantModel *model() const;
    OccupantProxyModel *proxy() const;
    QListView *view() const;
    QLineEdit *filter() const;
    QString countText() const;
    // The nicks in the room, for the input line's completion.
    QStringList nicks() const;

Q_SIGNALS:
    void occupantSelected(const Botdeck::Identifier &occupant);
    void inspectRequested(const Botdeck::Identifier &occupant);
    void conversationRequested(const Botdeck::Identifier &person);
    void whoisRequested(const Botdeck::Identifier &occupant);

private:
    void showCount();
    void showContextMenu(const QPoint &position);
    // The room actions on occupant the service has and the bot's standing
    // allows (others are shown disabled, saying why).
    void addRoomActions(QMenu &menu, const Identifier &occupant);

    OccupantModel *m_model;
    OccupantProxyModel *m_proxy;
    QLabel *m_count;
    QLineEdit *m_filter;
    QListView *m_view;
    bool m_rowsGoing = false;
};

} // namespace Botdeck
