#pragma once

#include <QObject>

class QSocketNotifier;

namespace Botdeck {

// Turns SIGINT and SIGTERM into a Qt signal, delivered from the event loop
// (a self-pipe: a signal handler may do almost nothing else safely).
class UnixSignals : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignals(QObject *parent = nullptr);
    ~UnixSignals() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Botdeck
