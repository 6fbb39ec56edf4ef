#pragma once

#include "identifier.h"

#include <QDateTime>
#include <QMetaType>
#include <QSharedDataPointer>
#include <QString>
#include <QVariantMap>

class QDebug;

namespace Botdeck {

class MessageData;

// One chat message, incoming or outgoing. Whether it is direct or group
// follows from its target: a message to a Room identifier is a group
// message, anything else is direct. How it is meant is its type.
class Message
{
    Q_GADGET
public:
    enum class Type { Chat, Action, Notice };
    Q_ENUM(Type)

    Message();
    Message(const Identifier &to, const QString &body, Type type = Type::Chat);
    Message(const Message &other);
    Message(Message &&other) noexcept;
    Message &operator=(const Message &other);
    Message &operator=(Message &&other) noexcept;
    ~Message();

    Identifier from() const;
    Identifier to() const;
    QString body() const;
    Type type() const;
    QDateTime timestamp() const;
    // The service's id for this message, when it has one (IRCv3 msgid,
    // XMPP stanza id), and the message this one answers or belongs to.
    QString id() const;
    QString replyTo() const;
    QString thread() const;
    QVariantMap extras() const;

    bool isGroup() const { return to().isRoom(); }
    bool isDirect() const { return !to().isRoom(); }
    // The room of a group message; empty for a direct one.
    QString room() const { return isGroup() ? to().room() : QString(); }

    void setFrom(const Identifier &from);
    void setTo(const Identifier &to);
    void setBody(const QString &body);
    void setType(Type type);
    void setTimestamp(const QDateTime &timestamp);
    void setId(const QString &id);
    void setReplyTo(const QString &id);
    void setThread(const QString &thread);
    void setExtras(const QVariantMap &extras);
    void setExtra(const QString &key, const QVariant &value);

    friend bool operator==(const Message &a, const Message &b);
    friend bool operator!=(const Message &a, const Message &b) { return !(a == b); }

private:
    QSharedDataPointer<MessageData> d;
};

QDebug operator<<(QDebug debug, const Message &message);

} // namespace Botdeck

Q_DECLARE_METATYPE(Botdeck::Message)
