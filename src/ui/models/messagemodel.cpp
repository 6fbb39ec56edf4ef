#include "messagemodel.h"

#include "core/backend.h"
#include "core/room.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QPoint>

namespace Botdeck {

namespace {

MessageModel::LineKind kindOf(Message::Type type)
{
    switch (type) {
    case Message::Type::Action:
        return MessageModel::LineKind::Action;
    case Message::Type::Notice:
        return MessageModel::LineKind::Notice;
    case Message::Type::Chat:
        break;
    }
    return MessageModel::LineKind::Chat;
}

} // namespace

MessageModel::MessageModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void MessageModel::followRoom(Room *room)
{
    connect(room, &Room::occupantJoined, this, [this](const Identifier &who) {
        QStringList about;
        if (!who.displayName().isEmpty())
            about.append(who.displayName());
        if (const QString address = who.extra(Extras::Address).toString(); !address.isEmpty())
            about.append(address);
        appendEvent(about.isEmpty() ? tr("%1 joined").arg(who.nick())
                                    : tr("%1 (%2) joined").arg(who.nick(), about.join(QStringLiteral(", "))));
    });
    connect(room, &Room::occupantKicked, this,
            [this, room](const Identifier &who, const Identifier &by, const QString &reason) {
                const Backend *backend = room->backend();
                const bool isBot
                    = backend && backend->foldCase(who.nick()) == backend->foldCase(backend->botIdentifier().nick());
                const QString kicker = by.isNull() ? QString() : by.nick();
                QString line;
                if (isBot && kicker.isEmpty())
                    line = tr("You were kicked from %1").arg(room->name());
                else if (isBot)
                    line = tr("You were kicked from %1 by %2").arg(room->name(), kicker);
                else if (kicker.isEmpty())
                    line = tr("%1 was kicked").arg(who.nick());
                else
                    line = tr("%1 was kicked by %2").arg(who.nick(), kicker);
                appendEvent(reason.isEmpty() ? line : tr("%1: %2").arg(line, reason));
                // The leave that follows says nothing more.
                m_explainedLeave = isBot ? QString() : who.nick();
                m_explainedOwnLeave = isBot;
            });
    connect(room, &Room::occupantLeft, this, [this](const Identifier &who, const QString &reason) {
        if (std::exchange(m_explainedLeave, QString()) == who.nick())
            return;
        appendEvent(reason.isEmpty() ? tr("%1 left").arg(who.nick()) : tr("%1 left (%2)").arg(who.nick(), reason));
    });
    connect(room, &Room::occupantChanged, this, [this](const Identifier &before, const Identifier &after) {
        if (before.nick() != after.nick())
            appendEvent(tr("%1 is now known as %2").arg(before.nick(), after.nick()));
    });
    connect(room, &Room::privilegeChanged, this,
            [this](const Identifier &who, Room::Privilege privilege, bool granted, const Identifier &by) {
                appendEvent(describePrivilege(who.nick(), privilege, granted, by.isNull() ? QString() : by.nick()));
            });
    connect(room, &Room::modesChanged, this, [this](const QString &modes, const Identifier &by) {
        appendEvent(by.isNull() ? tr("The server sets mode %1").arg(modes)
                                : tr("%1 sets mode %2").arg(by.nick(), modes));
    });
    connect(room, &Room::topicChanged, this, [this, room](const QString &topic, const Identifier &setBy) {
        // A topic with a date was set before we came (told on join); one
        // without was set just now.
        const QDateTime setAt = room->topicSetAt();
        if (topic.isEmpty())
            appendEvent(setBy.isNull() ? tr("There is no topic") : tr("%1 cleared the topic").arg(setBy.nick()));
        else if (setBy.isNull())
            appendEvent(tr("The topic is: %1").arg(topic));
        else if (setAt.isValid())
            appendEvent(tr("The topic is: %1 (set by %2 on %3)")
                            .arg(topic, setBy.nick(), QLocale().toString(setAt.toLocalTime(), QLocale::ShortFormat)));
        else
            appendEvent(tr("%1 set the topic to: %2").arg(setBy.nick(), topic));
    });
    connect(room, &Room::joinedChanged, this, [this, room](bool joined) {
        if (!joined && std::exchange(m_explainedOwnLeave, false))
            return;
        appendEvent(joined ? tr("You joined %1").arg(room->name()) : tr("You left %1").arg(room->name()));
    });
}

QString MessageModel::describePrivilege(const QString &who, Room::Privilege privilege, bool granted, const QString &by)
{
    const bool op = privilege == Room::Privilege::Operator;
    if (by.isEmpty()) {
        if (op)
            return granted ? tr("%1 is now an operator").arg(who) : tr("%1 is no longer an operator").arg(who);
        return granted ? tr("%1 may speak now").arg(who) : tr("%1 may no longer speak").arg(who);
    }
    if (op)
        return granted ? tr("%1 gives operator status to %2").arg(by, who)
                       : tr("%1 takes operator status from %2").arg(by, who);
    return granted ? tr("%1 gives voice to %2").arg(by, who) : tr("%1 takes voice from %2").arg(by, who);
}

void MessageModel::appendMessage(const Message &message, bool own)
{
    Line line;
    line.time = message.timestamp().isValid() ? message.timestamp() : QDateTime::currentDateTime();
    line.kind = kindOf(message.type());
    line.own = own;
    line.message = message;
    line.text = message.body();
    line.highlight = !own && mentionsHighlightedNick(line.text);
    append(std::move(line));
}

void MessageModel::appendEvent(const QString &text, const QDateTime &when)
{
    Line line;
    line.time = when;
    line.kind = LineKind::Event;
    line.text = text;
    append(std::move(line));
}

void MessageModel::clear()
{
    beginResetModel();
    m_lines.clear();
    if (m_seen > 0)
        m_seen = 0;
    endResetModel();
}

void MessageModel::setHighlightedNick(const QString &nick)
{
    m_highlightedNick = nick;
}

void MessageModel::markRead()
{
    const int before = firstUnreadRow();
    m_seen = int(m_lines.size());
    if (before >= 0 && before < m_lines.size())
        Q_EMIT dataChanged(index(before), index(before), {FirstUnreadRole});
}

int MessageModel::firstUnreadRow() const
{
    return m_seen >= 0 && m_seen < m_lines.size() ? m_seen : -1;
}

bool MessageModel::mentionsHighlightedNick(QStringView text) const
{
    const qsizetype length = m_highlightedNick.size();
    if (length == 0)
        return false;
    // "botdeck:", "@botdeck" and "hi botdeck!" count; "botdecker" and
    // "https://botdeck.example.org" do not.
    const auto isNickChar = [](QChar c) { return c.isLetterOrNumber() || QStringView(u"_-[]\\`^{}|").contains(c); };
    const auto at = [&text](qsizetype i) { return i >= 0 && i < text.size() ? text.at(i) : QChar(); };
    for (qsizetype start = text.indexOf(m_highlightedNick, 0, Qt::CaseInsensitive); start >= 0;
         start = text.indexOf(m_highlightedNick, start + 1, Qt::CaseInsensitive)) {
        const QChar before = at(start - 1);
        const QChar after = at(start + length);
        const bool inAddress = before == u'.' || before == u'/'
            || ((after == u'.' || after == u'/') && at(start + length + 1).isLetterOrNumber());
        if (!isNickChar(before) && !isNickChar(after) && !inAddress)
            return true;
    }
    return false;
}

void MessageModel::setTimeFormat(const QString &format)
{
    if (format == m_timeFormat)
        return;
    m_timeFormat = format;
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1));
}

void MessageModel::setScrollbackLimit(int lines)
{
    m_limit = std::max(1, lines);
    trim(m_limit);
}

int MessageModel::scrollbackLimit() const
{
    return m_limit;
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return render(line).text;
    case NickSpanRole: {
        const Rendered rendered = render(line);
        return QPoint(int(rendered.nickStart), int(rendered.nickLength));
    }
    case BodyStartRole:
        return int(render(line).bodyStart);
    case TimeLengthRole:
        return int(render(line).timeLength);
    case LineKindRole:
        return int(line.kind);
    case TimeRole:
        return line.time;
    case SenderRole:
        return line.kind == LineKind::Event ? QVariant() : QVariant::fromValue(line.message.from());
    case TextRole:
        return line.text;
    case OwnRole:
        return line.own;
    case MessageRole:
        return line.kind == LineKind::Event ? QVariant() : QVariant::fromValue(line.message);
    case HighlightRole:
        return line.highlight;
    case FirstUnreadRole:
        return index.row() == firstUnreadRow();
    case Qt::ToolTipRole: {
        if (line.kind == LineKind::Event)
            return line.time.toString(Qt::ISODate);
        const Identifier from = line.message.from();
        const QString who = from.displayName().isEmpty() ? from.nick() : from.displayName();
        return tr("%1 (%2), %3").arg(who, from.person(), line.time.toString(Qt::ISODate));
    }
    case Qt::ForegroundRole:
        // Quiet lines stay out of the way; the bot's own words and notices
        // stand apart from what people say.
        if (line.kind == LineKind::Event)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (line.own)
            return QColor(0x1f, 0x5f, 0xbf);
        if (line.kind == LineKind::Notice)
            return QColor(0x9a, 0x4f, 0x00);
        if (line.kind == LineKind::Action)
            return QColor(0x6a, 0x2f, 0x8f);
        return {};
    case Qt::FontRole: {
        if (line.kind == LineKind::Chat && !line.own)
            return {};
        QFont font;
        font.setItalic(line.kind == LineKind::Event || line.kind == LineKind::Action);
        font.setBold(line.own);
        return font;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LineKindRole, "lineKind");
    names.insert(TimeRole, "time");
    names.insert(SenderRole, "sender");
    names.insert(TextRole, "text");
    names.insert(OwnRole, "own");
    names.insert(MessageRole, "message");
    names.insert(HighlightRole, "highlight");
    names.insert(FirstUnreadRole, "firstUnread");
    return names;
}

void MessageModel::append(Line line)
{
    trim(m_limit - 1);
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append(std::move(line));
    endInsertRows();
}

void MessageModel::trim(int limit)
{
    const int excess = int(m_lines.size()) - std::max(0, limit);
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_lines.remove(0, excess);
    if (m_seen >= 0)
        m_seen = std::max(0, m_seen - excess);
    endRemoveRows();
}

MessageModel::Rendered MessageModel::render(const Line &line) const
{
    const QString time = line.time.toLocalTime().toString(m_timeFormat);
    const QString nick = line.message.from().nick();
    // Before and after the nick, by kind of line: "<nick> ", "* nick ", "-nick- ".
    QLatin1StringView open("<");
    QLatin1StringView close("> ");
    switch (line.kind) {
    case LineKind::Event: {
        const QString prefix = time + QLatin1String(" -- ");
        return {prefix + line.text, prefix.size(), 0, prefix.size(), time.size()};
    }
    case LineKind::Action:
        open = QLatin1StringView("* ");
        close = QLatin1StringView(" ");
        break;
    case LineKind::Notice:
        open = QLatin1StringView("-");
        close = QLatin1StringView("- ");
        break;
    case LineKind::Chat:
        break;
    }
    const QString before = time + u' ' + open;
    const QString upToBody = before + nick + close;
    return {upToBody + line.text, before.size(), nick.size(), upToBody.size(), time.size()};
}

} // namespace Botdeck
