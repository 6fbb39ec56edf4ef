#pragma once

#include "ircmessage.h"

#include "core/room.h"

#include <QList>

namespace Botdeck::Irc {

class IrcBackend;

// An IRC channel as the bot sees it. Requests become IRC commands; what
// the server answers comes back through the backend, which records it with
// a RoomUpdater. Remembers its key and whether the bot wants to be
// in it, so that a reconnect can rejoin it.
class IrcRoom : public Room
{
    Q_OBJECT

public:
    IrcRoom(const QString &id, IrcBackend *backend);

    void join(const QString &password = {}) override;
    void leave(const QString &reason = {}) override;
    // Joins a channel that should not exist yet; once the bot is alone in
    // it, sets the usual modes (+nt). If people are already there the room
    // existed: joined all the same, and said so.
    void create() override;
    // Channels vanish when the last person leaves; IRC has no command for it.
    void destroy() override;
    void setTopic(const QString &topic) override;
    void invite(const QList<Identifier> &people) override;
    Actions supportedActions() const override;
    void kick(const Identifier &occupant, const QString &reason = {}) override;
    // MODE +b on the occupant's host.
    void ban(const Identifier &occupant, const QString &reason = {}) override;
    void grant(const Identifier &occupant, Privilege privilege) override;
    void revoke(const Identifier &occupant, Privilege privilege) override;

    QString key() const { return m_key; }
    bool wantsJoined() const { return m_wantsJoined; }
    // The JOIN for this room, with its key.
    void sendJoin();

    // Whether create() asked for this join, once: the end of the NAMES
    // reply tells whether the channel was new.
    bool takeCreating();
    void setWantsJoined(bool wants) { m_wantsJoined = wants; }

protected:
    QString nickKey(const QString &nick) const override;

private:
    // Sends line about occupant while the bot is in the room; otherwise
    // says why it cannot.
    void sendAbout(const Identifier &occupant, const IrcMessage &line);

    IrcBackend *m_backend;
    QString m_key;
    bool m_wantsJoined = false;
    bool m_creating = false;
};

} // namespace Botdeck::Irc
