#pragma once

#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QTimer>

namespace Botdeck::Local {

class LocalService;

// The simulated people of the local service: on a timer they talk, act,
// come and go, change nick, go away and change topics. Given the same seed
// and the same service, step() makes the same events in the same order.
class LocalSimulation : public QObject
{
    Q_OBJECT

public:
    LocalSimulation(LocalService *service, const QString &botAccount, QObject *parent = nullptr);

    void setSeed(quint32 seed);
    // Events per second; 0 stops the timer.
    void setRate(double eventsPerSecond);
    double rate() const;
    void start();
    void stop();
    bool isRunning() const;

    // Makes one event happen now; returns a short description of it, for
    // tests and debugging.
    QString step();

private:
    QString speak(const QString &account);
    QString wander(const QString &account);
    QString toggleNick(const QString &account);
    QString toggleAway(const QString &account);
    QString changeTopic(const QString &account);
    QString talkToBot(const QString &account);
    QString pickRoomOf(const QString &account);
    template<typename List> const auto &pick(const List &list)
    {
        return list.at(int(m_random.bounded(quint32(list.size()))));
    }

    LocalService *m_service;
    QString m_botAccount;
    QRandomGenerator m_random;
    QTimer m_timer;
    double m_rate = 0;
};

} // namespace Botdeck::Local
