#pragma once

#include "core/message.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <set>

namespace Botdeck::Local {

// A person with an account on the local service. The account never changes;
// the nick may.
struct LocalUser
{
    QString account;
    QString nick;
    QString displayName;
    QString device;
    bool away = false;
};

struct LocalRoomState
{
    QString id;
    QString topic;
    QString topicSetBy; // account
    QString password;
    QString owner;             // account
    std::set<QString> members; // accounts, ordered so the simulation is reproducible
};

// The embedded chat service: people, rooms and what happens in them. Every
// client (the bot, the simulation) calls into it; it applies the request at
// once and announces the outcome with a signal, as a server would. Requests
// return an empty string on success and a plain-words reason otherwise.
//
// Ordered containers throughout: with QHash the iteration order, and so a
// seeded simulation, would change from run to run.
class LocalService : public QObject
{
    Q_OBJECT

public:
    // Like a real service the local one limits message size, so the bot's
    // splitting of long replies can be seen and tested without a network.
    static constexpr int MaxMessageBytes = 2000;

    explicit LocalService(QObject *parent = nullptr);

    // A few people and the rooms #lobby, #dev, #random and the
    // password-protected #vault.
    void populate();
    // crowd people named guest00001... in #crowd.
    void populateCrowd(int crowd);

    [[nodiscard]] QString addUser(const LocalUser &user);
    [[nodiscard]] QString removeUser(const QString &account, const QString &reason = {});

    QList<LocalUser> users() const;
    const LocalUser *user(const QString &account) const;
    const LocalUser *userByNick(const QString &nick) const;
    QStringList roomIds() const;
    const LocalRoomState *room(const QString &id) const;
    bool isMember(const QString &account, const QString &roomId) const;
    QStringList roomsOf(const QString &account) const;

    [[nodiscard]] QString createRoom(const QString &account, const QString &id, const QString &password = {});
    [[nodiscard]] QString destroyRoom(const QString &account, const QString &id);
    [[nodiscard]] QString join(const QString &account, const QString &roomId, const QString &password = {});
    [[nodiscard]] QString leave(const QString &account, const QString &roomId, const QString &reason = {});
    [[nodiscard]] QString setTopic(const QString &account, const QString &roomId, const QString &topic);
    [[nodiscard]] QString invite(const QString &account, const QString &roomId, const QString &invitee);
    // Only the room's owner may kick; the kicked person leaves with a
    // reason naming who kicked them.
    [[nodiscard]] QString kick(const QString &account, const QString &roomId, const QString &target,
                               const QString &reason = {});
    // What the service tells anyone about the person behind account, one
    // fact a line; empty when there is no such account.
    QStringList whois(const QString &account) const;
    [[nodiscard]] QString changeNick(const QString &account, const QString &nick);
    [[nodiscard]] QString setAway(const QString &account, bool away);
    // target is a room id ("#lobby") or an account ("@alice").
    [[nodiscard]] QString say(const QString &account, const QString &target, const QString &text,
                              Message::Type type = Message::Type::Chat);

    static bool isValidRoomId(const QString &id);
    static bool isValidNick(const QString &nick);
    static bool isValidAccount(const QString &account);
    // The account a new user with a valid nick gets: the nick in lower
    // case without the characters accounts cannot have.
    static QString accountForNick(const QString &nick);

Q_SIGNALS:
    void roomCreated(const QString &roomId, const QString &account);
    void roomDestroyed(const QString &roomId, const QString &account);
    void joined(const QString &roomId, const QString &account);
    void left(const QString &roomId, const QString &account, const QString &reason);
    void topicChanged(const QString &roomId, const QString &topic, const QString &account);
    void invited(const QString &roomId, const QString &account, const QString &invitee);
    void nickChanged(const QString &account, const QString &oldNick, const QString &newNick);
    void awayChanged(const QString &account, bool away);
    void said(const QString &account, const QString &target, const QString &text, Botdeck::Message::Type type);

private:
    LocalUser *findUser(const QString &account);
    LocalRoomState *findRoom(const QString &id);
    QString noSuchRoom(const QString &id) const;

    QMap<QString, LocalUser> m_users; // by account
    QMap<QString, QString> m_nicks;   // folded nick -> account
    QMap<QString, LocalRoomState> m_rooms;
};

} // namespace Botdeck::Local
