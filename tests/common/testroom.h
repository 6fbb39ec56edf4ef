#pragma once

#include "core/room.h"
#include "core/roomupdater.h"

#include <QStringList>

// The room every test plays the service for. update() hands the test the
// RoomUpdater a backend would use; requests are only recorded. Nicks
// compare case-insensitively, as on most services.
class TestRoom : public Botdeck::Room
{
public:
    // With a log, requests are also appended there, after the room's id, so
    // that their order among other calls (a backend's, say) can be checked.
    explicit TestRoom(const QString &id = QStringLiteral("#lobby"), Botdeck::Backend *backend = nullptr,
                      QStringList *log = nullptr)
        : Room(id, backend)
        , m_log(log)
    { }

    void join(const QString &password) override { record(QStringLiteral("join:") + password); }
    void leave(const QString &reason) override { record(QStringLiteral("leave:") + reason); }
    void create() override { record(QStringLiteral("create")); }
    void destroy() override { record(QStringLiteral("destroy")); }
    void setTopic(const QString &topic) override { record(QStringLiteral("setTopic:") + topic); }
    void invite(const QList<Botdeck::Identifier> &people) override
    {
        QStringList names;
        for (const Botdeck::Identifier &person : people)
            names.append(person.toString());
        record(QStringLiteral("invite:") + names.join(u','));
    }

    Botdeck::RoomUpdater update() { return updater(); }

    Botdeck::Identifier occupantNamed(const QString &nick, int rank = 0, bool away = false) const
    {
        Botdeck::Identifier who = Botdeck::Identifier::makeOccupant(id(), QLatin1Char('@') + nick.toLower(), nick);
        who.setDisplayName(nick.toUpper());
        if (rank)
            who.setExtra(Botdeck::Extras::Rank, rank);
        who.setExtra(Botdeck::Extras::Away, away);
        return who;
    }

    QStringList calls;

protected:
    QString nickKey(const QString &nick) const override { return nick.toLower(); }

private:
    void record(const QString &call)
    {
        calls.append(call);
        if (m_log)
            m_log->append(id() + u' ' + call);
    }

    QStringList *m_log;
};
