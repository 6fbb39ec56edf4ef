#pragma once

#include "core/identifier.h"

#include <QAbstractListModel>

#include <QList>
#include <QPointer>
#include <array>

namespace Botdeck {

class Room;

// The occupants of one room, in the order they arrived. Views sort and
// filter it through OccupantProxyModel. It follows the room incrementally
// (one row inserted, removed or changed per event) so that a view keeps its
// selection and scroll position; only occupantsReset resets it.
class OccupantModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdentifierRole = Qt::UserRole + 1, // Botdeck::Identifier
        NickRole,                          // QString
        DisplayNameRole,                   // QString
        RankRole,                          // int, Extras::Rank, 0 when absent
        RankNameRole,                      // QString
        AwayRole,                          // bool
        RankSymbolRole,                    // QString, Extras::RankSymbol ("@", "+"), empty when absent
        StandingRole,                      // int, Botdeck::Standing
    };
    Q_ENUM(Role)

    explicit OccupantModel(QObject *parent = nullptr);

    // Follows room (or nothing, when null) from now on.
    void setRoom(Room *room);
    Room *room() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Identifier occupant(int row) const;
    // The row of the occupant with exactly this nick, or -1.
    int rowOf(const QString &nick) const;

    // Fast accessors for the sorting proxy, which would otherwise pay for a
    // QVariant per comparison.
    int rank(int row) const { return m_rows.at(row).rank; }
    const QString &sortKey(int row) const { return m_rows.at(row).sortKey; }

    // How many occupants stand there, kept as the room changes so that a
    // header can say "2 operators" without a pass over 10 000 rows.
    int countOf(Standing standing) const { return m_standingCounts.at(size_t(standing)); }

private:
    struct Row
    {
        Identifier identifier;
        QString sortKey; // case-folded nick
        QString rankSymbol;
        int rank = 0;
        Standing standing = Standing::Ordinary;
        bool away = false;
    };
    static Row makeRow(const Identifier &occupant);
    void count(const Row &row, int delta);

    void reload();
    void add(const Identifier &occupant);
    void remove(const Identifier &occupant);
    void change(const Identifier &before, const Identifier &after);

    QPointer<Room> m_room;
    QList<Row> m_rows;
    // Hashes of the nicks, parallel to m_rows: a linear scan of this compact
    // array finds a row in microseconds even in a 10 000-person room, and
    // unlike a nick-to-row index it needs no renumbering after a removal.
    QList<size_t> m_nickHashes;
    std::array<int, size_t(Standing::Owner) + 1> m_standingCounts{};
};

} // namespace Botdeck
