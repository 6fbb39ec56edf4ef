#pragma once

#include <QStyledItemDelegate>

namespace Botdeck {

// Paints an occupant as Konversation and HexChat do: the rank marker in a
// column of its own, so that nicks line up, then the nick in its colour,
// dimmed while its owner is away. Reads OccupantModel's roles.
class OccupantDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit OccupantDelegate(QObject *parent = nullptr);

    void setNickColours(bool enabled);
    bool nickColours() const { return m_nickColours; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    bool m_nickColours = true;
};

} // namespace Botdeck
