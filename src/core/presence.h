#pragma once

#include "identifier.h"

#include <QMetaType>
#include <QSharedDataPointer>
#include <QString>

namespace Botdeck {

class PresenceData;

// Someone's availability as a service reports it, or the bot's own as it
// asks the service to show it.
class Presence
{
    Q_GADGET
public:
    enum class Status { Online, Away, DoNotDisturb, ExtendedAway, Offline };
    Q_ENUM(Status)

    Presence();
    Presence(const Identifier &who, Status status, const QString &message = {});
    Presence(const Presence &other);
    Presence(Presence &&other) noexcept;
    Presence &operator=(const Presence &other);
    Presence &operator=(Presence &&other) noexcept;
    ~Presence();

    Identifier identifier() const;
    Status status() const;
    QString message() const;
    bool isAvailable() const { return status() != Status::Offline; }

    void setIdentifier(const Identifier &who);
    void setStatus(Status status);
    void setMessage(const QString &message);

    friend bool operator==(const Presence &a, const Presence &b);
    friend bool operator!=(const Presence &a, const Presence &b) { return !(a == b); }

private:
    QSharedDataPointer<PresenceData> d;
};

} // namespace Botdeck

Q_DECLARE_METATYPE(Botdeck::Presence)
