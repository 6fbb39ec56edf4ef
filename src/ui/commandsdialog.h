#pragma once

#include <QDialog>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Botdeck {

class Bot;
class CommandModel;

// Bot > Commands…: every command of the active plugins with its arguments,
// description, plugin and whether only admins may run it; a search box
// filters on all of them. Live: follows plugins being switched on and off.
class CommandsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CommandsDialog(Bot *bot, QWidget *parent = nullptr);

    CommandModel *model() const { return m_model; }
    QSortFilterProxyModel *shown() const { return m_proxy; }
    void setFilter(const QString &text);

private:
    CommandModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
};

} // namespace Botdeck
