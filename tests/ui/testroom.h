#pragma once

#include "core/room.h"

// A room the test plays the service for: the apply*() methods are public
// and requests are only recorded. Nicks compare case-insensitively.
class TestRoom : public Botdeck::Room
{
public:
    explicit TestRoom(const QString &id = QStringLiteral("#lobby"))
        : Room(id, nullptr)
    { }

    void join(const QString &) override { requests.append(QStringLiteral("join")); }
    void leave(const QString &) override { requests.append(QStringLiteral("leave")); }
    void create() override { requests.append(QStringLiteral("create")); }
    void destroy() override { requests.append(QStringLiteral("destroy")); }
    void setTopic(const QString &topic) override { requests.append(QStringLiteral("topic:") + topic); }
    void invite(const QList<Botdeck::Identifier> &) override { requests.append(QStringLiteral("invite")); }

    using Room::applyJoined;
    using Room::applyOccupantChanged;
    using Room::applyOccupantJoined;
    using Room::applyOccupantLeft;
    using Room::applyOccupants;
    using Room::applyTopic;

    Botdeck::Identifier occupantNamed(const QString &nick, int rank = 0, bool away = false) const
    {
        Botdeck::Identifier who = Botdeck::Identifier::makeOccupant(id(), QLatin1Char('@') + nick.toLower(), nick);
        who.setDisplayName(nick.toUpper());
        if (rank)
            who.setExtra(Botdeck::Extras::Rank, rank);
        who.setExtra(Botdeck::Extras::Away, away);
        return who;
    }

    QStringList requests;

protected:
    QString nickKey(const QString &nick) const override { return nick.toLower(); }
};
