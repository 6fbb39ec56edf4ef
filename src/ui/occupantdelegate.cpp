#include "occupantdelegate.h"

#include "models/occupantmodel.h"
#include "nickcolour.h"

#include <QApplication>
#include <QPainter>

namespace Botdeck {

OccupantDelegate::OccupantDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void OccupantDelegate::setNickColours(bool enabled)
{
    m_nickColours = enabled;
}

void OccupantDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the background, selection and focus; the text is ours.
    opt.text.clear();
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const QString symbol = index.data(OccupantModel::RankSymbolRole).toString();
    const QString nick = index.data(OccupantModel::NickRole).toString();
    const bool away = index.data(OccupantModel::AwayRole).toBool();
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = away ? QPalette::Disabled : QPalette::Normal;
    QColor colour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    if (m_nickColours && !selected && !away)
        colour = nickColour(nick, opt.palette);

    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    const int column = opt.fontMetrics.horizontalAdvance(QLatin1Char('@')) + 4;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(text.adjusted(0, 0, column - text.width(), 0), Qt::AlignCenter, symbol);
    painter->setPen(colour);
    const QRect nickRect = text.adjusted(column, 0, 0, 0);
    painter->drawText(nickRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(nick, Qt::ElideRight, nickRect.width()));
    painter->restore();
}

} // namespace Botdeck
