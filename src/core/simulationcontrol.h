#pragma once

#include "identifier.h"
#include "message.h"
#include "result.h"

#include <QList>
#include <QObject>
#include <QString>

namespace Botdeck {

// Offered by backends whose service is simulated in-process (the local
// backend): lets the console and tests act as a remote person would,
// without the UI knowing which backend it talks to. Reached with
// qobject_cast<SimulationControl *>(backend).
class SimulationControl
{
public:
    virtual ~SimulationControl() = default;

    // Everyone the simulation plays, as person identifiers.
    virtual QList<Identifier> simulatedPeople() const = 0;
    // Has the simulated person with this nick say text to a room (a Room
    // identifier) or to the bot (any other identifier): the bot receives it
    // exactly as a message from a remote person.
    virtual Result<Message> speakAs(const QString &nick, const Identifier &to, const QString &text) = 0;
    // Turns the timed simulated chatter on or off; explicit speakAs() works
    // either way.
    virtual void setSimulationRunning(bool running) = 0;
    virtual bool isSimulationRunning() const = 0;
};

} // namespace Botdeck

#define BotdeckSimulationControl_iid "org.botdeck.SimulationControl/1"
Q_DECLARE_INTERFACE(Botdeck::SimulationControl, BotdeckSimulationControl_iid)
