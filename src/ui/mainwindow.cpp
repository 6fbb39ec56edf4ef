#include "mainwindow.h"

#include "core/backend.h"
#include "core/eventlog.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStatusBar>

namespace Botdeck {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_log(new EventLog(this))
    , m_view(new QPlainTextEdit(this))
    , m_state(new QLabel(this))
{
    setWindowTitle(tr("Botdeck"));
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(5000);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setCentralWidget(m_view);
    statusBar()->addPermanentWidget(m_state);
    resize(900, 600);
    connect(m_log, &EventLog::lineLogged, this, &MainWindow::appendLine);
}

void MainWindow::attach(Backend *backend)
{
    m_log->attach(backend);
    const auto showState = [this, backend] {
        m_state->setText(tr("%1: %2").arg(backend->serviceName(), Backend::describe(backend->state())));
    };
    connect(backend, &Backend::stateChanged, this, showState);
    showState();
}

void MainWindow::appendLine(const QDateTime &when, const QString &source, const QString &line)
{
    m_view->appendPlainText(QStringLiteral("%1 [%2] %3").arg(when.toString(QStringLiteral("HH:mm:ss")), source, line));
}

} // namespace Botdeck
