#include "quickswitcher.h"

#include "models/connectionmodel.h"

#include "core/room.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Botdeck {

namespace {
constexpr int TreeIndexRole = Qt::UserRole + 1;
}

QuickSwitcher::QuickSwitcher(ConnectionModel *connections, QWidget *parent)
    : QDialog(parent)
    , m_entries(new QStandardItemModel(this))
    , m_matches(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
{
    setWindowTitle(tr("Go to a conversation"));
    for (int row = 0; row < connections->rowCount(); ++row) {
        const QModelIndex connection = connections->index(row, 0);
        const QString where = connection.data(Qt::DisplayRole).toString();
        for (int child = 0; child < connections->rowCount(connection); ++child) {
            const QModelIndex conversation = connections->index(child, 0, connection);
            // The name without the unread count the tree adds to it.
            const Room *room = conversation.data(ConnectionModel::RoomRole).value<Room *>();
            const QString name
                = room ? room->name() : conversation.data(ConnectionModel::TargetRole).value<Identifier>().nick();
            auto *item = new QStandardItem(tr("%1 — %2").arg(name, where));
            item->setData(QVariant::fromValue(QPersistentModelIndex(conversation)), TreeIndexRole);
            item->setEditable(false);
            m_entries->appendRow(item);
        }
    }
    m_matches->setSourceModel(m_entries);
    m_matches->setFilterCaseSensitivity(Qt::CaseInsensitive);
    auto *layout = new QVBoxLayout(this);
    m_filter->setObjectName(QStringLiteral("switcher-filter"));
    m_filter->setPlaceholderText(tr("Room or person"));
    m_filter->installEventFilter(this);
    layout->addWidget(m_filter);
    m_view->setObjectName(QStringLiteral("switcher-list"));
    m_view->setModel(m_matches);
    m_view->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_view);
    connect(m_filter, &QLineEdit::textChanged, this, &QuickSwitcher::filterChanged);
    connect(m_view, &QListView::activated, this, &QuickSwitcher::accept);
    connect(m_filter, &QLineEdit::returnPressed, this, &QuickSwitcher::accept);
    filterChanged({});
    resize(420, 320);
}

QStringList QuickSwitcher::shown() const
{
    QStringList result;
    for (int row = 0; row < m_matches->rowCount(); ++row)
        result.append(m_matches->index(row, 0).data().toString());
    return result;
}

void QuickSwitcher::filterChanged(const QString &text)
{
    m_matches->setFilterFixedString(text.trimmed());
    m_view->setCurrentIndex(m_matches->index(0, 0));
}

void QuickSwitcher::accept()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const auto target = current.data(TreeIndexRole).value<QPersistentModelIndex>();
    QDialog::accept();
    if (target.isValid())
        Q_EMIT conversationChosen(target);
}

bool QuickSwitcher::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp || key == Qt::Key_PageDown) {
            // The list moves; the typing stays in the box.
            QCoreApplication::sendEvent(m_view, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Botdeck
