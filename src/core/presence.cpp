#include "presence.h"

namespace Botdeck {

class PresenceData : public QSharedData
{
public:
    Identifier identifier;
    Presence::Status status = Presence::Status::Online;
    QString message;
};

Presence::Presence()
    : d(new PresenceData)
{ }

Presence::Presence(const Identifier &who, Status status, const QString &message)
    : d(new PresenceData)
{
    d->identifier = who;
    d->status = status;
    d->message = message;
}

Presence::Presence(const Presence &other) = default;
Presence::Presence(Presence &&other) noexcept = default;
Presence &Presence::operator=(const Presence &other) = default;
Presence &Presence::operator=(Presence &&other) noexcept = default;
Presence::~Presence() = default;

Identifier Presence::identifier() const
{
    return d->identifier;
}

Presence::Status Presence::status() const
{
    return d->status;
}

QString Presence::message() const
{
    return d->message;
}

void Presence::setIdentifier(const Identifier &who)
{
    d->identifier = who;
}

void Presence::setStatus(Status status)
{
    d->status = status;
}

void Presence::setMessage(const QString &message)
{
    d->message = message;
}

bool operator==(const Presence &a, const Presence &b)
{
    return a.d == b.d
        || (a.d->identifier == b.d->identifier && a.d->status == b.d->status && a.d->message == b.d->message);
}

} // namespace Botdeck
