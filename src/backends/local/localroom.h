#pragma once

#include "core/room.h"

namespace Botdeck::Local {

class LocalBackend;

// A room of the local service, as the bot sees it.
class LocalRoom : public Room
{
    Q_OBJECT

public:
    LocalRoom(const QString &id, LocalBackend *backend);

    void join(const QString &password = {}) override;
    void leave(const QString &reason = {}) override;
    void create() override;
    void destroy() override;
    void setTopic(const QString &topic) override;
    void invite(const QList<Identifier> &people) override;
    // The service's rooms have owners and members, no other ranks: the
    // owner can kick, and that is all.
    Actions supportedActions() const override;
    void kick(const Identifier &occupant, const QString &reason = {}) override;
    // The password of the last join, to join again after a reconnect.
    QString password() const { return m_password; }

protected:
    QString nickKey(const QString &nick) const override;

private:
    LocalBackend *m_backend;
    QString m_password;
};

} // namespace Botdeck::Local
