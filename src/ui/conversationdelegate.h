#pragma once

#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QUrl>

namespace Botdeck {

// Draws a conversation line as chat clients do: the time quiet, the
// sender's nick in its colour (the one the occupant list uses), links
// underlined and clickable, a line that names the bot highlighted, and a
// "new messages" marker above the first line the operator has not seen.
// Reads MessageModel's roles; lines wrap to the view's width.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void setNickColours(bool enabled);
    bool nickColours() const { return m_nickColours; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The link at position (in the view's viewport) of the line drawn in
    // option.rect, or an empty URL.
    QUrl linkAt(const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &position) const;

Q_SIGNALS:
    void linkActivated(const QUrl &url);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Link
    {
        qsizetype start;
        qsizetype length;
        QUrl url;
    };
    struct Line
    {
        std::unique_ptr<QTextLayout> layout;
        QList<Link> links;
        int markerHeight = 0;
        int height = 0;
    };
    // Lays out the line for a row as wide as option.rect.
    Line compose(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool m_nickColours = true;
};

} // namespace Botdeck
