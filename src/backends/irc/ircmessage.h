#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QDebug;

namespace Botdeck::Irc {

// Where an IRC line comes from: "nick!user@host", or a server name. A
// value type; the parts that the line did not carry are empty.
struct IrcSource
{
    QString nick;
    QString user;
    QString host;

    // "nick", "nick!user", "nick@host" and "nick!user@host" all split the
    // way the ircdocs userhost-split cases expect.
    static IrcSource parse(QStringView text);
    bool isEmpty() const { return nick.isEmpty(); }
    // A server's name has a dot and no user part.
    bool isServer() const { return user.isEmpty() && host.isEmpty() && nick.contains(QLatin1Char('.')); }
    QString toString() const;

    friend bool operator==(const IrcSource &, const IrcSource &) = default;
};

// One IRC protocol line (RFC 1459/2812 with IRCv3 message tags), decoded.
// A value type: QString and QMap share their data implicitly.
struct IrcMessage
{
    QMap<QString, QString> tags; // unescaped values; a tag without value maps to ""
    QString source;              // the prefix without its ':'; empty when absent
    QString command;             // upper-case as sent; numerics stay digits ("001")
    QStringList params;          // middle parameters and the trailing one, unescaped

    IrcMessage() = default;
    IrcMessage(const QString &command, const QStringList &params)
        : command(command)
        , params(params)
    { }

    IrcSource sourceParts() const { return IrcSource::parse(source); }
    QString nick() const { return sourceParts().nick; }
    // The i-th parameter, or an empty string when there are fewer.
    QString param(qsizetype i) const { return params.value(i); }
    bool isNumeric() const;
    bool hasTag(const QString &key) const { return tags.contains(key); }

    friend bool operator==(const IrcMessage &, const IrcMessage &) = default;
};

QDebug operator<<(QDebug debug, const IrcMessage &message);

} // namespace Botdeck::Irc

Q_DECLARE_METATYPE(Botdeck::Irc::IrcMessage)
