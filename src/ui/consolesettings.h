#pragma once

#include <QString>

class QSettings;

namespace Botdeck {

// What an operator changes about the console itself (Settings… in the
// Connection menu), kept in the application's settings file.
struct ConsoleSettings
{
    // QTime format of each line's time ("HH:mm", "HH:mm:ss", "h:mm ap").
    QString timeFormat = QStringLiteral("HH:mm");
    bool nickColours = true;
    // Points for the conversation and the lists; 0 keeps the desktop's.
    int fontSize = 0;
    // Said to the servers when the console closes its connections.
    QString quitMessage = QStringLiteral("Botdeck");
    // Logs in with the profile used last time when the console starts.
    bool restoreConnections = true;

    static ConsoleSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const ConsoleSettings &, const ConsoleSettings &) = default;
};

} // namespace Botdeck
