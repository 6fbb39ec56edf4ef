#include "commandmodel.h"

#include "core/bot/bot.h"
#include "core/bot/botplugin.h"
#include "core/bot/pluginmanager.h"

namespace Botdeck {

CommandModel::CommandModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CommandModel::setBot(Bot *bot)
{
    if (m_bot)
        disconnect(m_bot->plugins(), nullptr, this, nullptr);
    m_bot = bot;
    if (bot) {
        connect(bot->plugins(), &PluginManager::pluginActivated, this, &CommandModel::reload);
        connect(bot->plugins(), &PluginManager::pluginDeactivated, this, &CommandModel::reload);
    }
    reload();
}

Bot *CommandModel::bot() const
{
    return m_bot;
}

QStringList CommandModel::names() const
{
    QStringList result;
    for (const Row &row : m_rows) {
        if (!row.isRegex)
            result.append(row.name);
    }
    return result;
}

int CommandModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommandModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case AdminOnlyRole:
        return row.adminOnly;
    case IsRegexRole:
        return row.isRegex;
    case Qt::ToolTipRole:
        return row.description;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        return row.name;
    case ArgumentsColumn:
        return row.arguments;
    case DescriptionColumn:
        return row.description;
    case PluginColumn:
        return row.plugin;
    case AdminColumn:
        return row.adminOnly ? tr("admins only") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CommandModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case NameColumn:
        return tr("Command");
    case ArgumentsColumn:
        return tr("Arguments");
    case DescriptionColumn:
        return tr("Description");
    case PluginColumn:
        return tr("Plugin");
    case AdminColumn:
        return tr("Who");
    case ColumnCount:
        break;
    }
    return {};
}

void CommandModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_bot) {
        const QList<const CommandEntry *> named = m_bot->plugins()->commands();
        for (const CommandEntry *entry : named)
            m_rows.append({entry->command.name, entry->command.arguments, entry->command.description,
                           entry->plugin->name(), entry->command.adminOnly, false});
        // Commands that answer a pattern anywhere in a message have no name;
        // their pattern stands in for it.
        const QList<const CommandEntry *> patterns = m_bot->plugins()->regexCommands();
        for (const CommandEntry *entry : patterns)
            m_rows.append({entry->command.pattern.pattern(), tr("(matches anywhere in a message)"),
                           entry->command.description, entry->plugin->name(), entry->command.adminOnly, true});
    }
    endResetModel();
}

} // namespace Botdeck
