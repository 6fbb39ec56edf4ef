#pragma once

#include <QSortFilterProxyModel>

namespace Botdeck {

// The occupant list as a view shows it: operators and moderators first
// (Extras::Rank, highest first), then by nick without regard to case,
// narrowed to the nicks containing the filter text.
class OccupantProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit OccupantProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    // Case-insensitive substring of the nick or display name; empty shows all.
    void setFilterText(const QString &text);
    QString filterText() const;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filter;
};

} // namespace Botdeck
