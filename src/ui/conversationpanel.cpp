#include "conversationpanel.h"

#include "conversationdelegate.h"
#include "models/messagemodel.h"

#include "core/room.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Botdeck {

ConversationPanel::ConversationPanel(QWidget *parent)
    : QWidget(parent)
    , m_topic(new QLabel(this))
    , m_view(new QListView(this))
    , m_findBar(new QWidget(this))
    , m_findField(new QLineEdit(m_findBar))
    , m_findStatus(new QLabel(m_findBar))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_topic->setObjectName(QStringLiteral("topic-bar"));
    m_topic->setWordWrap(true);
    m_topic->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topic->setMargin(4);
    m_topic->setFrameShape(QFrame::StyledPanel);
    m_topic->setAutoFillBackground(true);
    layout->addWidget(m_topic);
    m_view->setObjectName(QStringLiteral("conversation-view"));
    m_view->setWordWrap(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ConversationPanel::showContextMenu);
    // Following the newest line stops as soon as the operator scrolls up,
    // and starts again when they scroll back to the bottom.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_following = value >= m_view->verticalScrollBar()->maximum(); });
    auto *delegate = new ConversationDelegate(m_view);
    m_view->setItemDelegate(delegate);
    // Links open in the desktop's browser.
    connect(delegate, &ConversationDelegate::linkActivated, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });
    m_view->installEventFilter(this);
    // A click on a line shows who wrote it, as the inspector's empty text promises.
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        const Identifier sender = index.data(MessageModel::SenderRole).value<Identifier>();
        if (!sender.isNull())
            Q_EMIT inspectRequested(sender);
    });
    layout->addWidget(m_view, 1);

    m_findBar->setObjectName(QStringLiteral("find-bar"));
    auto *find = new QHBoxLayout(m_findBar);
    find->setContentsMargins(0, 0, 0, 0);
    m_findField->setObjectName(QStringLiteral("find-field"));
    m_findField->setPlaceholderText(tr("Find in this conversation"));
    m_findField->setClearButtonEnabled(true);
    m_findField->installEventFilter(this);
    find->addWidget(m_findField, 1);
    const auto button = [this, find](const QString &text, const QString &tip, auto slot) {
        auto *tool = new QToolButton(m_findBar);
        tool->setText(text);
        tool->setToolTip(tip);
        tool->setAutoRaise(true);
        connect(tool, &QToolButton::clicked, this, slot);
        find->addWidget(tool);
    };
    button(QStringLiteral("↑"), tr("Older match (Enter)"), [this] { findAdjacent(-1); });
    button(QStringLiteral("↓"), tr("Newer match (Shift+Enter)"), [this] { findAdjacent(1); });
    m_findStatus->setObjectName(QStringLiteral("find-status"));
    find->addWidget(m_findStatus);
    button(QStringLiteral("✕"), tr("Close (Escape)"), [this] {
        m_findBar->hide();
        m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_findField, &QLineEdit::textChanged, this, &ConversationPanel::findChanged);
    m_findBar->hide();
    layout->addWidget(m_findBar);
    showConversation(nullptr, nullptr, QString());
}

void ConversationPanel::showConversation(MessageModel *messages, Room *room, const QString &title)
{
    if (m_room)
        disconnect(m_room, nullptr, this, nullptr);
    if (m_messages)
        disconnect(m_messages, nullptr, this, nullptr);
    m_messages = messages;
    m_room = room;
    m_title = title;
    m_view->setModel(messages);
    if (room) {
        connect(room, &Room::topicChanged, this, &ConversationPanel::showTopic);
        connect(room, &Room::joinedChanged, this, &ConversationPanel::showTopic);
    }
    if (messages) {
        connect(messages, &QAbstractItemModel::rowsInserted, this, [this] {
            if (m_following)
                m_view->scrollToBottom();
        });
    }
    m_following = true;
    m_view->scrollToBottom();
    showTopic();
}

MessageModel *ConversationPanel::messages() const
{
    return m_messages;
}

QString ConversationPanel::topicText() const
{
    return m_topic->text();
}

QListView *ConversationPanel::view() const
{
    return m_view;
}

void ConversationPanel::showFindBar()
{
    m_findBar->show();
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
    findChanged();
}

QString ConversationPanel::findStatus() const
{
    return m_findStatus->text();
}

bool ConversationPanel::matches(int row) const
{
    return m_messages->index(row)
        .data(MessageModel::TextRole)
        .toString()
        .contains(m_findField->text(), Qt::CaseInsensitive);
}

void ConversationPanel::findChanged()
{
    m_findStatus->clear();
    if (!m_messages || m_findField->text().isEmpty())
        return;
    // From the newest line: what was said last is what is looked for most.
    for (int row = m_messages->rowCount() - 1; row >= 0; --row) {
        if (matches(row)) {
            showMatch(row);
            return;
        }
    }
    m_findStatus->setText(tr("Not found"));
}

void ConversationPanel::findAdjacent(int direction)
{
    if (!m_messages || m_findField->text().isEmpty())
        return;
    const int count = m_messages->rowCount();
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : count;
    for (int row = from + direction; row >= 0 && row < count; row += direction) {
        if (matches(row)) {
            showMatch(row);
            return;
        }
    }
    m_findStatus->setText(direction < 0 ? tr("No older match") : tr("No newer match"));
}

void ConversationPanel::showMatch(int row)
{
    const QModelIndex match = m_messages->index(row);
    m_view->setCurrentIndex(match);
    m_view->scrollTo(match, QAbstractItemView::PositionAtCenter);
    int total = 0;
    int position = 0;
    for (int each = 0; each < m_messages->rowCount(); ++each) {
        if (matches(each)) {
            ++total;
            if (each <= row)
                ++position;
        }
    }
    m_findStatus->setText(tr("%1 of %2").arg(position).arg(total));
}

bool ConversationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findField && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findAdjacent(key->modifiers().testFlag(Qt::ShiftModifier) ? 1 : -1);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_findBar->hide();
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    // Reached with Shift+Tab from the input line, the view would make its
    // oldest line current, and the next arrow key would jump to the start of
    // history. Start from the newest line on screen instead.
    if (watched == m_view && event->type() == QEvent::FocusIn && m_messages && !m_view->currentIndex().isValid()
        && m_messages->rowCount() > 0) {
        const QRect visible = m_view->viewport()->rect();
        QModelIndex bottom = m_view->indexAt(QPoint(visible.left() + 1, visible.bottom() - 1));
        if (!bottom.isValid())
            bottom = m_messages->index(m_messages->rowCount() - 1);
        m_view->selectionModel()->setCurrentIndex(bottom, QItemSelectionModel::NoUpdate);
    }
    return QWidget::eventFilter(watched, event);
}

void ConversationPanel::showTopic()
{
    if (!m_messages) {
        m_topic->setText(tr("Select a room or a conversation on the left."));
        return;
    }
    if (!m_room) {
        m_topic->setText(m_title);
        return;
    }
    QString text = m_room->topic().isEmpty() ? tr("%1: no topic").arg(m_room->name())
                                             : tr("%1: %2").arg(m_room->name(), m_room->topic());
    if (!m_room->isJoined())
        text += tr(" (not joined)");
    m_topic->setText(text);
    m_topic->setToolTip(m_room->topicSetBy().isNull() ? QString() : tr("Set by %1").arg(m_room->topicSetBy().nick()));
}

void ConversationPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    QMenu menu(this);
    const Identifier sender = index.data(MessageModel::SenderRole).value<Identifier>();
    if (!sender.isNull()) {
        menu.addAction(tr("Inspect %1").arg(sender.nick()), this, [this, sender] { Q_EMIT inspectRequested(sender); });
    }
    const QString text = index.data(MessageModel::TextRole).toString();
    menu.addAction(tr("Copy text"), this, [text] { QApplication::clipboard()->setText(text); });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

} // namespace Botdeck
