#include "localroom.h"

#include "localbackend.h"
#include "localservice.h"

namespace Botdeck::Local {

namespace {
const QString Redacted = QStringLiteral("********");
}

LocalRoom::LocalRoom(const QString &id, LocalBackend *backend)
    : Room(id, backend)
    , m_backend(backend)
{ }

void LocalRoom::join(const QString &password)
{
    m_password = password;
    const QString roomId = id();
    m_backend->request(
        QStringLiteral("JOIN %1%2").arg(roomId, password.isEmpty() ? QString() : u' ' + Redacted),
        [this, roomId, password](LocalService &service) {
            return service.join(m_backend->m_botAccount, roomId, password);
        },
        this);
}

void LocalRoom::leave(const QString &reason)
{
    const QString roomId = id();
    m_backend->request(
        QStringLiteral("PART %1 :%2").arg(roomId, reason),
        [this, roomId, reason](LocalService &service) {
            return service.leave(m_backend->m_botAccount, roomId, reason);
        },
        this);
}

void LocalRoom::create()
{
    const QString roomId = id();
    m_backend->request(
        QStringLiteral("CREATE %1").arg(roomId),
        [this, roomId](LocalService &service) { return service.createRoom(m_backend->m_botAccount, roomId); }, this);
}

void LocalRoom::destroy()
{
    const QString roomId = id();
    m_backend->request(
        QStringLiteral("DESTROY %1").arg(roomId),
        [this, roomId](LocalService &service) { return service.destroyRoom(m_backend->m_botAccount, roomId); }, this);
}

void LocalRoom::setTopic(const QString &topic)
{
    const QString roomId = id();
    m_backend->request(
        QStringLiteral("TOPIC %1 :%2").arg(roomId, topic),
        [this, roomId, topic](LocalService &service) {
            return service.setTopic(m_backend->m_botAccount, roomId, topic);
        },
        this);
}

void LocalRoom::invite(const QList<Identifier> &people)
{
    const QString roomId = id();
    for (const Identifier &person : people) {
        const QString address = person.person();
        if (!address.startsWith(QLatin1Char('@'))) {
            reportError(tr("cannot invite %1: not a person of the local service").arg(person.toString()));
            continue;
        }
        const QString account = address.mid(1);
        m_backend->request(
            QStringLiteral("INVITE %1 %2").arg(address, roomId),
            [this, roomId, account](LocalService &service) {
                return service.invite(m_backend->m_botAccount, roomId, account);
            },
            this);
    }
}

Room::Actions LocalRoom::supportedActions() const
{
    return Action::Kick;
}

void LocalRoom::kick(const Identifier &occupant, const QString &reason)
{
    const QString roomId = id();
    const QString account = occupant.person().mid(1);
    m_backend->request(
        QStringLiteral("KICK %1 %2 :%3").arg(roomId, occupant.person(), reason),
        [this, roomId, account, reason](LocalService &service) {
            return service.kick(m_backend->m_botAccount, roomId, account, reason);
        },
        this);
}

QString LocalRoom::nickKey(const QString &nick) const
{
    return nick.toLower();
}

} // namespace Botdeck::Local
