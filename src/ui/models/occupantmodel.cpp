#include "occupantmodel.h"

#include "core/room.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace Botdeck {

OccupantModel::OccupantModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void OccupantModel::setRoom(Room *room)
{
    if (m_room)
        disconnect(m_room, nullptr, this, nullptr);
    m_room = room;
    if (room) {
        connect(room, &Room::occupantJoined, this, &OccupantModel::add);
        connect(room, &Room::occupantLeft, this, &OccupantModel::remove);
        connect(room, &Room::occupantChanged, this, &OccupantModel::change);
        connect(room, &Room::occupantsReset, this, &OccupantModel::reload);
        connect(room, &QObject::destroyed, this, [this] { setRoom(nullptr); });
    }
    reload();
}

Room *OccupantModel::room() const
{
    return m_room;
}

int OccupantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OccupantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Identifier &who = row.identifier;
    switch (role) {
    case Qt::DisplayRole:
        return row.rankSymbol + who.nick();
    case NickRole:
        return who.nick();
    case IdentifierRole:
        return QVariant::fromValue(who);
    case DisplayNameRole:
        return who.displayName();
    case RankRole:
        return row.rank;
    case RankNameRole:
        return who.extra(Extras::RankName).toString();
    case AwayRole:
        return row.away;
    case RankSymbolRole:
        return row.rankSymbol;
    case StandingRole:
        return int(row.standing);
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!who.displayName().isEmpty())
            lines.append(who.displayName());
        lines.append(who.person());
        const QString rankName = who.extra(Extras::RankName).toString();
        if (!rankName.isEmpty())
            lines.append(rankName);
        if (row.away)
            lines.append(tr("away"));
        return lines.join(u'\n');
    }
    case Qt::ForegroundRole:
        // Away people are dimmed, as in Quassel's and Konversation's lists.
        if (row.away)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (row.rank > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QHash<int, QByteArray> OccupantModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdentifierRole, "identifier");
    names.insert(NickRole, "nick");
    names.insert(DisplayNameRole, "displayName");
    names.insert(RankRole, "rank");
    names.insert(RankNameRole, "rankName");
    names.insert(AwayRole, "away");
    names.insert(RankSymbolRole, "rankSymbol");
    names.insert(StandingRole, "standing");
    return names;
}

Identifier OccupantModel::occupant(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).identifier : Identifier();
}

int OccupantModel::rowOf(const QString &nick) const
{
    const size_t hash = qHash(nick);
    const size_t *hashes = m_nickHashes.constData();
    const int count = int(m_nickHashes.size());
    for (int i = 0; i < count; ++i) {
        if (hashes[i] == hash && m_rows.at(i).identifier.nick() == nick)
            return i;
    }
    return -1;
}

OccupantModel::Row OccupantModel::makeRow(const Identifier &occupant)
{
    return {occupant,
            occupant.nick().toCaseFolded(),
            occupant.extra(Extras::RankSymbol).toString(),
            occupant.extra(Extras::Rank).toInt(),
            standingOf(occupant),
            occupant.extra(Extras::Away).toBool()};
}

void OccupantModel::count(const Row &row, int delta)
{
    m_standingCounts[size_t(row.standing)] += delta;
}

void OccupantModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_nickHashes.clear();
    m_standingCounts.fill(0);
    if (m_room) {
        const QList<Identifier> occupants = m_room->occupants();
        m_rows.reserve(occupants.size());
        m_nickHashes.reserve(occupants.size());
        for (const Identifier &occupant : occupants) {
            m_rows.append(makeRow(occupant));
            count(m_rows.constLast(), +1);
            m_nickHashes.append(qHash(occupant.nick()));
        }
    }
    endResetModel();
}

void OccupantModel::add(const Identifier &occupant)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(makeRow(occupant));
    count(m_rows.constLast(), +1);
    m_nickHashes.append(qHash(occupant.nick()));
    endInsertRows();
}

void OccupantModel::remove(const Identifier &occupant)
{
    const int row = rowOf(occupant.nick());
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    count(m_rows.at(row), -1);
    m_rows.removeAt(row);
    m_nickHashes.removeAt(row);
    endRemoveRows();
}

void OccupantModel::change(const Identifier &before, const Identifier &after)
{
    const int row = rowOf(before.nick());
    if (row < 0) {
        add(after);
        return;
    }
    count(m_rows.at(row), -1);
    m_rows[row] = makeRow(after);
    count(m_rows.at(row), +1);
    m_nickHashes[row] = qHash(after.nick());
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

} // namespace Botdeck
