#pragma once

#include "identifier.h"

#include <QDateTime>
#include <QFlags>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

namespace Botdeck {

class Backend;
class RoomUpdater;

// A chatroom on one service, owned by its backend. Requests (join, leave,
// create, destroy, setTopic, invite) return at once; the service's answer
// arrives later as a change signal or as errorOccurred.
//
// Each backend subclasses Room to carry requests to its service. What the
// service reports is recorded through a RoomUpdater, which only the room
// itself and its backend can obtain: everyone else (the UI, plugins) sees a
// room that changes when the service says so, and never otherwise. The
// updates emit the signals, so every backend's rooms behave alike to
// observers.
class Room : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString id READ id CONSTANT)
    Q_PROPERTY(QString name READ name NOTIFY nameChanged)
    Q_PROPERTY(QString topic READ topic NOTIFY topicChanged)
    Q_PROPERTY(bool joined READ isJoined NOTIFY joinedChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY existsChanged)
    Q_PROPERTY(int occupantCount READ occupantCount NOTIFY occupantCountChanged)

public:
    // A rank in a room that can be given and taken: IRC +o/+v, XMPP MUC
    // moderator/participant (voice).
    enum class Privilege { Operator, Voice };
    Q_ENUM(Privilege)
    // What a room can ask its service to do to its occupants, so the console
    // offers only what the service has; whether the bot's rights suffice is
    // for the service to say.
    enum class Action {
        Kick = 0x1,
        Ban = 0x2,
        GrantOperator = 0x4,
        GrantVoice = 0x8,
    };
    Q_DECLARE_FLAGS(Actions, Action)
    Q_FLAG(Actions)

    Room(const QString &id, Backend *backend);
    ~Room() override;

    Backend *backend() const;
    QString id() const;
    // This room as a message target.
    Identifier identifier() const;
    QString name() const;
    QString topic() const;
    Identifier topicSetBy() const;
    // When the topic was set, where the service says (IRC RPL_TOPICWHOTIME);
    // invalid for a topic set just now or by a service that does not say.
    QDateTime topicSetAt() const;
    bool isJoined() const;
    bool exists() const;

    QList<Identifier> occupants() const;
    int occupantCount() const;
    bool hasOccupant(const QString &nick) const;
    // The occupant with this nick, compared the way the service compares
    // nicks; a Null identifier if there is none.
    Identifier occupant(const QString &nick) const;

    // Joining a room that does not exist creates it where the service
    // allows that, as Errbot's Room.join does.
    virtual void join(const QString &password = {}) = 0;
    virtual void leave(const QString &reason = {}) = 0;
    virtual void create() = 0;
    virtual void destroy() = 0;
    virtual void setTopic(const QString &topic) = 0;
    virtual void invite(const QList<Identifier> &people) = 0;

    // None by default: a room says what its service can do.
    virtual Actions supportedActions() const;
    static Action actionFor(Privilege privilege);
    // Requests about occupants; by default they report that the service
    // cannot do them (errorOccurred), so nothing is silently dropped.
    virtual void kick(const Identifier &occupant, const QString &reason = {});
    virtual void ban(const Identifier &occupant, const QString &reason = {});
    virtual void grant(const Identifier &occupant, Privilege privilege);
    virtual void revoke(const Identifier &occupant, Privilege privilege);

Q_SIGNALS:
    void nameChanged(const QString &name);
    void topicChanged(const QString &topic, const Botdeck::Identifier &setBy);
    void joinedChanged(bool joined);
    // exists turns true whenever the bot learns the room is there (joining
    // it, looking it up); created() is said only when the service reports
    // that the room has just come into being (an XMPP join answered with
    // status 201, a local room made), before the existsChanged it explains.
    void existsChanged(bool exists);
    void created();
    void occupantJoined(const Botdeck::Identifier &occupant);
    void occupantLeft(const Botdeck::Identifier &occupant, const QString &reason);
    // Nick, mode, role or away state changed; before and after may differ
    // in nick, so observers key on before.
    void occupantChanged(const Botdeck::Identifier &before, const Botdeck::Identifier &after);
    // The whole list was replaced at once (a NAMES reply, a fresh join, a
    // leave); observers re-read occupants().
    void occupantsReset();
    void occupantCountChanged(int count);
    // Who did what to whom, for the conversation to say so. Each comes with
    // the state change it explains: occupantKicked before occupantLeft (or,
    // for the bot itself, before joinedChanged(false)); privilegeChanged
    // after occupantChanged. by is Null when the service does not say.
    void occupantKicked(const Botdeck::Identifier &occupant, const Botdeck::Identifier &by, const QString &reason);
    void privilegeChanged(const Botdeck::Identifier &occupant, Botdeck::Room::Privilege privilege, bool granted,
                          const Botdeck::Identifier &by);
    // Other changes to the room's settings in the service's words ("+m",
    // "+b *!*@spam.example"), for services that have such modes.
    void modesChanged(const QString &modes, const Botdeck::Identifier &by);
    void errorOccurred(const QString &error);

protected:
    // How the service folds nicks for comparison (IRC casemapping, say).
    virtual QString nickKey(const QString &nick) const;
    // For a room that hears from its service itself (XMPP's MUC presence).
    RoomUpdater updater();
    // A request the room cannot carry out.
    void reportError(const QString &error);
    // Reports that the service cannot do action, in plain words.
    void reportUnsupported(Action action);

private:
    // Changes the state below and announces them.
    friend class RoomUpdater;

    Backend *m_backend;
    QString m_id;
    QString m_name;
    QString m_topic;
    Identifier m_topicSetBy;
    QDateTime m_topicSetAt;
    bool m_joined = false;
    bool m_exists = false;
    QHash<QString, Identifier> m_occupants;
};

} // namespace Botdeck

Q_DECLARE_OPERATORS_FOR_FLAGS(Botdeck::Room::Actions)
