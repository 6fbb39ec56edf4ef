#pragma once

#include <QDialog>
#include <QPersistentModelIndex>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace Botdeck {

class ConnectionModel;

// Ctrl+K: type a few letters of a room or a person, Enter goes there. Lists
// every conversation of every connection, as Quassel's and Slack's
// switchers do; the arrow keys move through what matches without leaving
// the text box.
class QuickSwitcher : public QDialog
{
    Q_OBJECT

public:
    explicit QuickSwitcher(ConnectionModel *connections, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QListView *view() const { return m_view; }
    // The tree rows shown, best match first.
    QStringList shown() const;

    void accept() override;

Q_SIGNALS:
    // index is a row of the connection model.
    void conversationChosen(const QModelIndex &index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filterChanged(const QString &text);

    QStandardItemModel *m_entries;
    QSortFilterProxyModel *m_matches;
    QLineEdit *m_filter;
    QListView *m_view;
};

} // namespace Botdeck
