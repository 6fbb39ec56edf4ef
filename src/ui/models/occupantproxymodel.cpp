#include "occupantproxymodel.h"

#include "occupantmodel.h"

namespace Botdeck {

OccupantProxyModel::OccupantProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void OccupantProxyModel::setSourceModel(QAbstractItemModel *model)
{
    QSortFilterProxyModel::setSourceModel(model);
    sort(0, Qt::AscendingOrder);
}

void OccupantProxyModel::setFilterText(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    invalidateFilter();
}

QString OccupantProxyModel::filterText() const
{
    return m_filter;
}

bool OccupantProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The source is nearly always an OccupantModel; its plain accessors keep
    // sorting 10 000 people well under the time of one frame.
    if (const auto *occupants = qobject_cast<const OccupantModel *>(sourceModel())) {
        const int leftRank = occupants->rank(left.row());
        const int rightRank = occupants->rank(right.row());
        if (leftRank != rightRank)
            return leftRank > rightRank;
        return occupants->sortKey(left.row()) < occupants->sortKey(right.row());
    }
    const int leftRank = left.data(OccupantModel::RankRole).toInt();
    const int rightRank = right.data(OccupantModel::RankRole).toInt();
    if (leftRank != rightRank)
        return leftRank > rightRank;
    return QString::compare(left.data(OccupantModel::NickRole).toString(),
                            right.data(OccupantModel::NickRole).toString(), Qt::CaseInsensitive)
        < 0;
}

bool OccupantProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(OccupantModel::NickRole).toString().contains(m_filter, Qt::CaseInsensitive)
        || index.data(OccupantModel::DisplayNameRole).toString().contains(m_filter, Qt::CaseInsensitive);
}

} // namespace Botdeck
