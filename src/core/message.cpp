#include "message.h"

#include <QDebug>

namespace Botdeck {

class MessageData : public QSharedData
{
public:
    Identifier from;
    Identifier to;
    QString body;
    Message::Type type = Message::Type::Chat;
    QDateTime timestamp = QDateTime::currentDateTimeUtc();
    QString id;
    QString replyTo;
    QString thread;
    QVariantMap extras;
};

Message::Message()
    : d(new MessageData)
{ }

Message::Message(const Identifier &to, const QString &body, Type type)
    : d(new MessageData)
{
    d->to = to;
    d->body = body;
    d->type = type;
}

Message::Message(const Message &other) = default;
Message::Message(Message &&other) noexcept = default;
Message &Message::operator=(const Message &other) = default;
Message &Message::operator=(Message &&other) noexcept = default;
Message::~Message() = default;

Identifier Message::from() const
{
    return d->from;
}

Identifier Message::to() const
{
    return d->to;
}

QString Message::body() const
{
    return d->body;
}

Message::Type Message::type() const
{
    return d->type;
}

QDateTime Message::timestamp() const
{
    return d->timestamp;
}

QString Message::id() const
{
    return d->id;
}

QString Message::replyTo() const
{
    return d->replyTo;
}

QString Message::thread() const
{
    return d->thread;
}

QVariantMap Message::extras() const
{
    return d->extras;
}

void Message::setFrom(const Identifier &from)
{
    d->from = from;
}

void Message::setTo(const Identifier &to)
{
    d->to = to;
}

void Message::setBody(const QString &body)
{
    d->body = body;
}

void Message::setType(Type type)
{
    d->type = type;
}

void Message::setTimestamp(const QDateTime &timestamp)
{
    d->timestamp = timestamp;
}

void Message::setId(const QString &id)
{
    d->id = id;
}

void Message::setReplyTo(const QString &id)
{
    d->replyTo = id;
}

void Message::setThread(const QString &thread)
{
    d->thread = thread;
}

void Message::setExtras(const QVariantMap &extras)
{
    d->extras = extras;
}

void Message::setExtra(const QString &key, const QVariant &value)
{
    if (value.isValid())
        d->extras.insert(key, value);
    else
        d->extras.remove(key);
}

bool operator==(const Message &a, const Message &b)
{
    if (a.d == b.d)
        return true;
    return a.d->from == b.d->from && a.d->to == b.d->to && a.d->body == b.d->body && a.d->type == b.d->type
        && a.d->timestamp == b.d->timestamp && a.d->id == b.d->id && a.d->replyTo == b.d->replyTo
        && a.d->thread == b.d->thread && a.d->extras == b.d->extras;
}

QDebug operator<<(QDebug debug, const Message &message)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Message(" << message.type() << ", from=" << message.from().toString()
                    << ", to=" << message.to().toString() << ", " << message.body() << ')';
    return debug;
}

} // namespace Botdeck
