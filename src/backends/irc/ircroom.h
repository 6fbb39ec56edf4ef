#pragma once

#include "core/room.h"

#include <QList>

#include <utility>

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

    QString key() const { return m_key; }
    bool wantsJoined() const { return m_wantsJoined; }
    // The JOIN for this room, with its key.
    void sendJoin();

    // A NAMES reply (353 lines up to 366) collected into one reset. A reply
    // that never ends must not grow without bound: past MaxPendingNames the
    // rest is ignored (the biggest real channels hold a few ten thousand).
    static constexpr qsizetype MaxPendingNames = 50000;
    void addPendingNames(const QList<Identifier> &occupants) { m_pendingNames.append(occupants); }
    bool isPendingNamesFull() const { return m_pendingNames.size() >= MaxPendingNames; }
    // True the first time it is called for the reply being collected, so
    // that an overflow is reported once.
    bool markPendingNamesOverflow() { return !std::exchange(m_pendingNamesOverflowed, true); }
    QList<Identifier> takePendingNames();
    // 332 waits for 333 so observers see the topic once, with who set it.
    void setPendingTopic(const QString &topic) { m_pendingTopic = topic, m_hasPendingTopic = true; }
    bool hasPendingTopic() const { return m_hasPendingTopic; }
    QString takePendingTopic();
    bool takeCreating();
    void setWantsJoined(bool wants) { m_wantsJoined = wants; }

protected:
    QString nickKey(const QString &nick) const override;

private:
    IrcBackend *m_backend;
    QString m_key;
    bool m_wantsJoined = false;
    bool m_creating = false;
    QList<Identifier> m_pendingNames;
    bool m_pendingNamesOverflowed = false;
    QString m_pendingTopic;
    bool m_hasPendingTopic = false;
};

} // namespace Botdeck::Irc
