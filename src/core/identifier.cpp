#include "identifier.h"

#include <QDebug>
#include <QHashFunctions>

namespace Botdeck {

class IdentifierData : public QSharedData
{
public:
    Identifier::Kind kind = Identifier::Kind::Null;
    QString person;
    QString client;
    QString nick;
    QString displayName;
    QString aclAttr;
    QString room;
    bool canContactPrivately = true;
    QVariantMap extras;
};

Identifier::Identifier()
    : d(new IdentifierData)
{ }

Identifier::Identifier(const Identifier &other) = default;
Identifier::Identifier(Identifier &&other) noexcept = default;
Identifier &Identifier::operator=(const Identifier &other) = default;
Identifier &Identifier::operator=(Identifier &&other) noexcept = default;
Identifier::~Identifier() = default;

Identifier Identifier::makePerson(const QString &person, const QString &nick)
{
    Identifier id;
    if (person.isEmpty() || nick.isEmpty())
        return id;
    id.d->kind = Kind::Person;
    id.d->person = person;
    id.d->nick = nick;
    return id;
}

Identifier Identifier::makeOccupant(const QString &room, const QString &person, const QString &nick)
{
    Identifier id = makePerson(person, nick);
    if (id.isNull() || room.isEmpty())
        return Identifier();
    id.d->kind = Kind::Occupant;
    id.d->room = room;
    return id;
}

Identifier Identifier::makeRoom(const QString &room)
{
    Identifier id;
    if (room.isEmpty())
        return id;
    id.d->kind = Kind::Room;
    id.d->room = room;
    return id;
}

Identifier::Kind Identifier::kind() const
{
    return d->kind;
}

QString Identifier::person() const
{
    return d->person;
}

QString Identifier::client() const
{
    return d->client;
}

QString Identifier::nick() const
{
    return d->nick;
}

QString Identifier::displayName() const
{
    return d->displayName;
}

QString Identifier::aclAttr() const
{
    return d->aclAttr.isEmpty() ? d->person : d->aclAttr;
}

QString Identifier::room() const
{
    return d->room;
}

bool Identifier::canContactPrivately() const
{
    return d->kind != Kind::Room && d->kind != Kind::Null && d->canContactPrivately;
}

QVariantMap Identifier::extras() const
{
    return d->extras;
}

QVariant Identifier::extra(const QString &key) const
{
    return d->extras.value(key);
}

void Identifier::setClient(const QString &client)
{
    d->client = client;
}

void Identifier::setNick(const QString &nick)
{
    if (!nick.isEmpty())
        d->nick = nick;
}

void Identifier::setDisplayName(const QString &displayName)
{
    d->displayName = displayName;
}

void Identifier::setAclAttr(const QString &aclAttr)
{
    d->aclAttr = aclAttr;
}

void Identifier::setCanContactPrivately(bool possible)
{
    d->canContactPrivately = possible;
}

void Identifier::setExtras(const QVariantMap &extras)
{
    d->extras = extras;
}

void Identifier::setExtra(const QString &key, const QVariant &value)
{
    if (value.isValid())
        d->extras.insert(key, value);
    else
        d->extras.remove(key);
}

Identifier Identifier::toPerson() const
{
    if (d->kind != Kind::Occupant)
        return *this;
    Identifier person = *this;
    person.d->kind = Kind::Person;
    person.d->room.clear();
    return person;
}

Identifier Identifier::inRoom(const QString &room) const
{
    if (room.isEmpty() || (d->kind != Kind::Person && d->kind != Kind::Occupant))
        return Identifier();
    Identifier occupant = *this;
    occupant.d->kind = Kind::Occupant;
    occupant.d->room = room;
    return occupant;
}

QString Identifier::toString() const
{
    switch (d->kind) {
    case Kind::Null:
        return {};
    case Kind::Person:
        return d->person;
    case Kind::Occupant:
        return d->room + u'/' + d->nick;
    case Kind::Room:
        return d->room;
    }
    return {};
}

bool operator==(const Identifier &a, const Identifier &b)
{
    if (a.d == b.d)
        return true;
    return a.d->kind == b.d->kind && a.d->person == b.d->person && a.d->client == b.d->client && a.d->nick == b.d->nick
        && a.d->room == b.d->room;
}

size_t qHash(const Identifier &identifier, size_t seed) noexcept
{
    return qHashMulti(seed, static_cast<int>(identifier.kind()), identifier.person(), identifier.client(),
                      identifier.nick(), identifier.room());
}

Standing standingOf(const Identifier &identifier)
{
    const int value = identifier.extra(Extras::Standing).toInt();
    return value > int(Standing::Ordinary) && value <= int(Standing::Owner) ? Standing(value) : Standing::Ordinary;
}

QDebug operator<<(QDebug debug, const Identifier &identifier)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Identifier(" << identifier.kind();
    if (!identifier.isNull())
        debug << ", " << identifier.toString();
    if (!identifier.client().isEmpty())
        debug << ", client=" << identifier.client();
    debug << ')';
    return debug;
}

} // namespace Botdeck
