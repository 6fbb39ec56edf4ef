#include "conversationdelegate.h"

#include "models/messagemodel.h"
#include "nickcolour.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>

namespace Botdeck {

namespace {

constexpr int Margin = 2;

// What people paste: a scheme, or "www." for the lazy. Trailing punctuation
// belongs to the sentence, not the link.
const QRegularExpression &linkPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"((?:https?|ftp)://[^\s<>"]+|www\.[^\s<>"]+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QTextCharFormat colour(const QColor &colour)
{
    QTextCharFormat format;
    format.setForeground(colour);
    return format;
}

} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ConversationDelegate::setNickColours(bool enabled)
{
    m_nickColours = enabled;
}

ConversationDelegate::Line ConversationDelegate::compose(const QStyleOptionViewItem &option,
                                                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = index.data(Qt::DisplayRole).toString();
    const auto kind = MessageModel::LineKind(index.data(MessageModel::LineKindRole).toInt());
    const QPoint nick = index.data(MessageModel::NickSpanRole).toPoint();
    const int body = index.data(MessageModel::BodyStartRole).toInt();
    const QPalette &palette = opt.palette;

    Line line;
    QList<QTextLayout::FormatRange> formats;
    // The model's colour for the whole line (events dimmed, the bot's own
    // words, notices, actions), then the parts on top of it.
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (foreground.isValid())
        formats.append({0, int(text.size()), colour(foreground.value<QBrush>().color())});
    const int timeLength = index.data(MessageModel::TimeLengthRole).toInt();
    if (timeLength > 0)
        formats.append({0, timeLength, colour(palette.color(QPalette::Disabled, QPalette::Text))});
    if (nick.y() > 0 && kind != MessageModel::LineKind::Event) {
        QTextCharFormat format;
        if (m_nickColours && !index.data(MessageModel::OwnRole).toBool())
            format.setForeground(nickColour(QStringView(text).mid(nick.x(), nick.y()), palette));
        format.setFontWeight(QFont::Bold);
        formats.append({nick.x(), nick.y(), format});
    }
    if (index.data(MessageModel::HighlightRole).toBool()) {
        QTextCharFormat format;
        format.setFontWeight(QFont::Bold);
        formats.append({body, int(text.size()) - body, format});
    }
    for (auto match = linkPattern().globalMatch(text, body); match.hasNext();) {
        const QRegularExpressionMatch found = match.next();
        QString link = found.captured();
        while (!link.isEmpty() && QStringView(u".,;:!?)]'").contains(link.back()))
            link.chop(1);
        const QUrl url = QUrl::fromUserInput(link);
        if (link.isEmpty() || !url.isValid())
            continue;
        QTextCharFormat format;
        format.setForeground(palette.color(QPalette::Link));
        format.setFontUnderline(true);
        formats.append({int(found.capturedStart()), int(link.size()), format});
        line.links.append({found.capturedStart(), link.size(), url});
    }

    line.layout = std::make_unique<QTextLayout>(text, opt.font);
    line.layout->setFormats(formats);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    line.layout->setTextOption(wrap);
    if (index.data(MessageModel::FirstUnreadRole).toBool())
        line.markerHeight = opt.fontMetrics.height() + 2 * Margin;
    const QAbstractItemView *view = qobject_cast<const QAbstractItemView *>(opt.widget);
    const int available = opt.rect.width() > 0 ? opt.rect.width() : (view ? view->viewport()->width() : 400);
    const int width = std::max(40, available - 2 * Margin);
    qreal y = 0;
    line.layout->beginLayout();
    for (QTextLine each = line.layout->createLine(); each.isValid(); each = line.layout->createLine()) {
        each.setLineWidth(width);
        each.setPosition(QPointF(0, y));
        y += each.height();
    }
    line.layout->endLayout();
    line.height = line.markerHeight + int(std::ceil(y)) + 2 * Margin;
    return line;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Line line = compose(option, index);
    return {option.rect.width() > 0 ? option.rect.width() : int(line.layout->boundingRect().width()), line.height};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Line line = compose(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.rect.setTop(opt.rect.top() + line.markerHeight);
    const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    painter->save();
    if (index.data(MessageModel::HighlightRole).toBool() && !opt.state.testFlag(QStyle::State_Selected)) {
        QColor tint = opt.palette.color(QPalette::Highlight);
        tint.setAlpha(48);
        painter->fillRect(opt.rect, tint);
    }
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (line.markerHeight > 0) {
        // A rule with its words, as Quassel marks where reading stopped.
        const QColor marker(0xc8, 0x2a, 0x2a);
        const QRect band(option.rect.left(), option.rect.top(), option.rect.width(), line.markerHeight);
        painter->setPen(marker);
        painter->drawLine(band.left(), band.center().y(), band.right(), band.center().y());
        const QString words = tr("new messages");
        const int wordsWidth = opt.fontMetrics.horizontalAdvance(words) + 12;
        const QRect label(band.center().x() - wordsWidth / 2, band.top(), wordsWidth, band.height());
        painter->fillRect(label, opt.palette.color(QPalette::Base));
        painter->drawText(label, Qt::AlignCenter, words);
    }
    if (opt.state.testFlag(QStyle::State_Selected))
        painter->setPen(opt.palette.color(QPalette::HighlightedText));
    else
        painter->setPen(opt.palette.color(QPalette::Text));
    line.layout->draw(painter, QPointF(opt.rect.left() + Margin, opt.rect.top() + Margin));
    painter->restore();
}

QUrl ConversationDelegate::linkAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const QPoint &position) const
{
    const Line line = compose(option, index);
    const QPointF inLayout
        = position - QPointF(option.rect.left() + Margin, option.rect.top() + line.markerHeight + Margin);
    for (int i = 0; i < line.layout->lineCount(); ++i) {
        const QTextLine each = line.layout->lineAt(i);
        if (!each.rect().contains(inLayout))
            continue;
        const int at = each.xToCursor(inLayout.x(), QTextLine::CursorOnCharacter);
        for (const Link &link : line.links) {
            if (at >= link.start && at < link.start + link.length)
                return link.url;
        }
    }
    return {};
}

bool ConversationDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                       const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QUrl url = linkAt(option, index, mouse->position().toPoint());
            if (!url.isEmpty()) {
                Q_EMIT linkActivated(url);
                return true;
            }
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Botdeck
