#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

namespace Botdeck {

class Backend;
class Message;
class Room;

// Turns what backends report into one readable line per event, the same for
// the headless log and the console: "#lobby <alice> hello".
class EventLog : public QObject
{
    Q_OBJECT

public:
    // Errors are the lines a headless run sends to standard error.
    enum class Kind { Event, Error };
    Q_ENUM(Kind)

    explicit EventLog(QObject *parent = nullptr);

    // Follows backend, and every room it has or will have, until either is
    // destroyed.
    void attach(Backend *backend);

    static QString formatMessage(const Message &message);

Q_SIGNALS:
    void lineLogged(const QDateTime &when, const QString &source, const QString &line,
                    Botdeck::EventLog::Kind kind = Kind::Event);

private:
    void attachRoom(Backend *backend, Room *room);
    void log(const Backend *backend, const QString &line, Kind kind = Kind::Event);
};

} // namespace Botdeck
