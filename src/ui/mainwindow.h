#pragma once

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;

namespace Botdeck {

class Backend;
class EventLog;

// The console's main window. For now it shows the live event log of the
// attached backends and their state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void attach(Backend *backend);

private:
    void appendLine(const QDateTime &when, const QString &source, const QString &line);

    EventLog *m_log;
    QPlainTextEdit *m_view;
    QLabel *m_state;
};

} // namespace Botdeck
