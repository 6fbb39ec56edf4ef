#pragma once

#include <QLatin1String>
#include <QMetaType>
#include <QSharedDataPointer>
#include <QString>
#include <QVariantMap>

class QDebug;

namespace Botdeck {

class IdentifierData;

// Well-known keys of Identifier::extras(), so the console can rank and
// decorate occupants without knowing their backend. Backends add their own.
namespace Extras {
inline constexpr QLatin1String Account("account");   // QString: services or local account
inline constexpr QLatin1String Away("away");         // bool
inline constexpr QLatin1String Rank("rank");         // int: 0 ordinary, higher sorts first
inline constexpr QLatin1String RankName("rankName"); // QString: "operator", "moderator", ...
// QString: the marker lists show before the nick, in IRC's convention
// ("~" owner, "&" admin, "@" operator, "%" half-operator, "+" voice); empty
// for ordinary people.
inline constexpr QLatin1String RankSymbol("rankSymbol");
inline constexpr QLatin1String Standing("standing"); // int: Botdeck::Standing
// QString: where they connect from, as join lines show it (IRC user@host,
// an XMPP occupant's real JID when the room reveals it).
inline constexpr QLatin1String Address("address");
} // namespace Extras

// What an occupant may do in their room, in the terms every service shares,
// so the console can count "2 operators, 3 voiced" whatever the backend.
// Extras::Rank orders people within one service; this compares across them.
enum class Standing { Ordinary = 0, Voiced, HalfOperator, Operator, Admin, Owner };

// Who someone is on a chat service, in the terms of Errbot's backend
// contract: a person, a person inside a chatroom (an occupant), or a room
// as the target of a message. An implicitly shared value type.
//
// Equality and hashing use the identifying fields (kind, person, client,
// nick, room); displayName, aclAttr and extras describe an identifier and do
// not change which one it is.
class Identifier
{
    Q_GADGET
public:
    enum class Kind { Null, Person, Occupant, Room };
    Q_ENUM(Kind)

    Identifier();
    Identifier(const Identifier &other);
    Identifier(Identifier &&other) noexcept;
    Identifier &operator=(const Identifier &other);
    Identifier &operator=(Identifier &&other) noexcept;
    ~Identifier();

    // person is the sure address the backend needs to reach them; nick is
    // their short human name. Both are required: without them the result is
    // a Null identifier.
    static Identifier makePerson(const QString &person, const QString &nick);
    static Identifier makeOccupant(const QString &room, const QString &person, const QString &nick);
    static Identifier makeRoom(const QString &room);

    Kind kind() const;
    bool isNull() const { return kind() == Kind::Null; }
    bool isPerson() const { return kind() == Kind::Person; }
    bool isOccupant() const { return kind() == Kind::Occupant; }
    bool isRoom() const { return kind() == Kind::Room; }

    QString person() const;
    QString client() const;
    QString nick() const;
    QString displayName() const;
    // The string access control matches against; the person unless the
    // backend has something more trustworthy (a services account, a real JID).
    QString aclAttr() const;
    // The room of an occupant or of a room identifier; empty for a person.
    QString room() const;
    // Whether the person behind an occupant can still be reached privately
    // once they leave the room (false for anonymous XMPP rooms).
    bool canContactPrivately() const;
    QVariantMap extras() const;
    QVariant extra(const QString &key) const;

    void setClient(const QString &client);
    void setNick(const QString &nick);
    void setDisplayName(const QString &displayName);
    void setAclAttr(const QString &aclAttr);
    void setCanContactPrivately(bool possible);
    void setExtras(const QVariantMap &extras);
    void setExtra(const QString &key, const QVariant &value);

    // The person behind an occupant, without the room; a person as is.
    Identifier toPerson() const;
    // This person as an occupant of room.
    Identifier inRoom(const QString &room) const;

    // person, "room/nick" for an occupant, the room for a room.
    QString toString() const;

    friend bool operator==(const Identifier &a, const Identifier &b);
    friend bool operator!=(const Identifier &a, const Identifier &b) { return !(a == b); }

private:
    QSharedDataPointer<IdentifierData> d;
};

size_t qHash(const Identifier &identifier, size_t seed = 0) noexcept;
// Extras::Standing of an identifier; Ordinary when the backend says nothing.
Standing standingOf(const Identifier &identifier);
QDebug operator<<(QDebug debug, const Identifier &identifier);

} // namespace Botdeck

Q_DECLARE_METATYPE(Botdeck::Identifier)
