#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace Botdeck {

class Bot;

// Every command of the bot's active plugins, one row each: name, arguments,
// description, plugin, admin-only. Follows plugins being switched on and
// off. Holds copies, not the plugin manager's entries, which do not outlive
// its next change.
class CommandModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ArgumentsColumn, DescriptionColumn, PluginColumn, AdminColumn, ColumnCount };
    enum Role { AdminOnlyRole = Qt::UserRole + 1, IsRegexRole };

    explicit CommandModel(QObject *parent = nullptr);

    void setBot(Bot *bot);
    Bot *bot() const;
    // The command names, as the bot matches them, in row order.
    QStringList names() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        QString arguments;
        QString description;
        QString plugin;
        bool adminOnly = false;
        bool isRegex = false;
    };
    void reload();

    QPointer<Bot> m_bot;
    QList<Row> m_rows;
};

} // namespace Botdeck
