#pragma once

#include "core/backend.h"
#include "core/loginfield.h"
#include "core/simulationcontrol.h"

#include <QPointer>

#include <functional>

namespace Botdeck {
struct BackendDescriptor;
}

namespace Botdeck::Local {

class LocalRoom;
class LocalService;
class LocalSimulation;

// The built-in simulated chat service as a backend: needs no server, so the
// console is alive the moment it opens, and tests can drive the bot exactly
// as remote people would (SimulationControl).
//
// Everything the service reports reaches this backend through queued
// connections, so requests complete later through signals, as they do on a
// real network.
class LocalBackend : public Backend, public SimulationControl
{
    Q_OBJECT
    Q_INTERFACES(Botdeck::SimulationControl)

public:
    explicit LocalBackend(QObject *parent = nullptr);
    ~LocalBackend() override;

    static BackendDescriptor descriptor();

    QString name() const override;
    QString serviceName() const override;
    void connectToService(const BackendSettings &settings) override;
    void disconnectFromService() override;
    Result<Identifier> buildIdentifier(const QString &text) const override;
    void sendMessage(const Message &message) override;
    Result<Room *> queryRoom(const QString &id) override;
    void setPresence(const Presence &presence) override;
    QString foldCase(const QString &text) const override;
    QString foldCaseId() const override;
    int maxMessageSize() const override;
    void changeNick(const QString &nick) override;
    void requestWhois(const Identifier &person) override;

    QList<Identifier> simulatedPeople() const override;
    Result<Message> speakAs(const QString &nick, const Identifier &to, const QString &text) override;
    void setSimulationRunning(bool running) override;
    bool isSimulationRunning() const override;

    // The service itself, for tests and the simulation; null while
    // disconnected.
    LocalService *service() const;
    LocalSimulation *simulation() const;

protected:
    QString roomKey(const QString &id) const override;

private:
    friend class LocalRoom;
    void finishLogin(const BackendSettings &settings);
    // Sends a request to the service; it is carried out on the next turn of
    // the event loop and a refusal is reported by room, or else by us.
    void request(const QString &trafficLine, std::function<QString(LocalService &)> call, LocalRoom *room = nullptr);
    LocalRoom *localRoom(const QString &id);
    Identifier personFor(const QString &account) const;
    Identifier occupantFor(const QString &account, const QString &roomId) const;
    QList<Identifier> occupantsOf(const QString &roomId) const;

    void onJoined(const QString &roomId, const QString &account);
    void onLeft(const QString &roomId, const QString &account, const QString &reason);
    void onNickChanged(const QString &account, const QString &oldNick, const QString &newNick);
    void onAwayChanged(const QString &account, bool away);
    void onSaid(const QString &account, const QString &target, const QString &text, Message::Type type);
    void onInvited(const QString &roomId, const QString &account, const QString &invitee);

    QString m_botAccount;
    QStringList m_roomsToRestore;
    BackendSettings m_lastSettings;
    quint64 m_messageSerial = 0;
    quint64 m_connectAttempt = 0; // the connectToService() call that may finish
    QPointer<LocalService> m_service;
    QPointer<LocalSimulation> m_simulation;
};

} // namespace Botdeck::Local
