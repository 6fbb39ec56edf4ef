// Passwords appear nowhere but on the wire to the server that asked for
// them. Logged in to a real ngircd (server password) and a real Prosody
// (SASL PLAIN, so the password itself crosses the stream), rightly and
// wrongly, from the console's login dialog and from the headless command
// line at --log-level debug, with every logging category on: the traffic
// panel, the status bar and warnings, every Qt log message, the settings
// file, every file written, and the headless program's output hold neither
// a password nor a base64 encoding of anything containing one.
#include "ircserver.h"
#include "prosodyfixture.h"

#include "backends/builtinbackends.h"
#include "core/backend.h"
#include "core/backendregistry.h"
#include "core/bot/bot.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/trafficpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Botdeck;

namespace {

const QString IrcPassword = QStringLiteral("irc-s3cret-7f1c");
const QString XmppPassword = QStringLiteral("xmpp-s3cret-93ad");
const QString WrongPassword = QStringLiteral("wrong-s3cret-4d2e");
const QStringList Secrets{IrcPassword, XmppPassword, WrongPassword};

QMutex logMutex;
QStringList logged;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&logMutex);
    logged.append(QString::fromUtf8(context.category ? context.category : "") + u' ' + message);
}

// Where text gives away a secret: written out, or inside anything that
// decodes as base64 (SASL PLAIN's "\0user\0password", a bare password).
QStringList leaks(const QString &where, const QString &text)
{
    QStringList found;
    static const QRegularExpression base64(QStringLiteral("[A-Za-z0-9+/]{8,}={0,2}"));
    QStringList decoded;
    for (QRegularExpressionMatchIterator it = base64.globalMatch(text); it.hasNext();) {
        const QByteArray token = it.next().captured().toLatin1();
        decoded.append(QString::fromUtf8(QByteArray::fromBase64(token)));
    }
    for (const QString &secret : Secrets) {
        if (text.contains(secret))
            found.append(QStringLiteral("%1 contains %2").arg(where, secret));
        for (const QString &plain : std::as_const(decoded)) {
            if (plain.contains(secret))
                found.append(QStringLiteral("%1 contains %2 in base64").arg(where, secret));
        }
    }
    return found;
}

QString everyFileUnder(const QString &path)
{
    QString all;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += QString::fromUtf8(file.readAll()) + u'\n';
    }
    return all;
}

void fill(LoginDialog *dialog, const QVariantMap &fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        QWidget *editor = dialog->editor(it.key());
        QVERIFY2(editor, qPrintable(it.key()));
        if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(it.value().toString());
        else if (auto *spin = qobject_cast<QSpinBox *>(editor))
            spin->setValue(it.value().toInt());
        else if (auto *check = qobject_cast<QCheckBox *>(editor))
            check->setChecked(it.value().toBool());
        else if (auto *choice = qobject_cast<QComboBox *>(editor))
            choice->setCurrentIndex(choice->findData(it.value()));
    }
}

} // namespace

class TestSecretsNowhere : public QObject
{
    Q_OBJECT

private:
    IrcServer m_irc{IrcServer::Kind::Ngircd};
    ProsodyFixture m_prosody;
    QTemporaryDir m_dir;

    QVariantMap ircFields(const QString &password) const
    {
        return {{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                {QStringLiteral("port"), m_irc.port()},
                {QStringLiteral("nick"), QStringLiteral("keeper")},
                {QStringLiteral("password"), password}};
    }

    QVariantMap xmppFields(const QString &password) const
    {
        return {{QStringLiteral("jid"), QStringLiteral("keeper@localhost")},
                {QStringLiteral("password"), password},
                {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                {QStringLiteral("port"), m_prosody.c2sPort()},
                {QStringLiteral("trusted-fingerprint"), m_prosody.fingerprint()}};
    }

    // Logs in from the window's login dialog, as an operator would, and
    // waits for the connection to end up in state.
    void logIn(MainWindow &window, const QString &backend, const QVariantMap &fields, Backend::State state,
               QStringList &traffic)
    {
        QPointer<Backend> connection;
        const QMetaObject::Connection watch
            = connect(&window, &MainWindow::backendAdded, this, [&connection](Backend *added) { connection = added; });
        LoginDialog *dialog = window.openLoginDialog();
        dialog->setBackend(backend);
        dialog->findChild<QLineEdit *>(QStringLiteral("profile-name"))->setText(backend + QStringLiteral(" keeper"));
        fill(dialog, fields);
        dialog->accept();
        disconnect(watch);
        QVERIFY2(connection, qPrintable(dialog->errorText()));
        connect(connection, &Backend::trafficLogged, this,
                [&traffic](Backend::Direction, const QString &text) { traffic.append(text); });
        QTRY_COMPARE_WITH_TIMEOUT(connection->state(), state, 15000);
    }

    // The headless bot at --log-level debug: its output until wanted shows
    // up (or it exits), then what it wrote in its data folder.
    QString runHeadless(const QStringList &arguments, const QString &secretFile, const QString &secretEnvironment,
                        const QString &wanted)
    {
        QTemporaryDir data;
        QProcess bot;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (!secretEnvironment.isEmpty())
            environment.insert(QStringLiteral("BOTDECK_PASSWORD"), secretEnvironment);
        bot.setProcessEnvironment(environment);
        QStringList all = arguments;
        all << QStringLiteral("--headless") << QStringLiteral("--log-level") << QStringLiteral("debug")
            << QStringLiteral("--data-dir") << data.path();
        if (!secretFile.isEmpty())
            all << QStringLiteral("--password-file") << secretFile;
        bot.start(QStringLiteral(BOTDECK_BINARY), all);
        if (!bot.waitForStarted())
            return QStringLiteral("(did not start)");
        QString output;
        const auto read = [&] {
            output += QString::fromUtf8(bot.readAllStandardOutput());
            output += QString::fromUtf8(bot.readAllStandardError());
        };
        const bool seen = QTest::qWaitFor(
            [&] {
                read();
                return output.contains(wanted) || bot.state() == QProcess::NotRunning;
            },
            20000);
        bot.terminate();
        bot.waitForFinished(10000);
        read();
        if (!seen || !output.contains(wanted))
            qWarning("the headless bot never said \"%s\"", qPrintable(wanted));
        return output + everyFileUnder(data.path());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_irc.missingReason().isEmpty())
            QSKIP(qPrintable(m_irc.missingReason()));
        if (!ProsodyFixture::missing().isEmpty())
            QSKIP(qPrintable(ProsodyFixture::missing()));
        QVERIFY(m_dir.isValid());
        m_irc.setPassword(IrcPassword);
        QVERIFY2(m_irc.start(), qPrintable(m_irc.error()));
        m_prosody.offerPlainOnly();
        QVERIFY2(m_prosody.registerUser(QStringLiteral("keeper"), XmppPassword), qPrintable(m_prosody.error()));
        QVERIFY2(m_prosody.start(), qPrintable(m_prosody.error()));
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false"));
    }

    void console()
    {
        BackendRegistry registry;
        registerBuiltinBackends(registry);
        const QString settingsPath = m_dir.filePath(QStringLiteral("console.ini"));
        QStringList traffic;
        QStringList shown;
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            MainWindow window(registry, nullptr, &settings);
            Bot bot;
            connect(&window, &MainWindow::backendAdded, &bot, [&bot](Backend *backend) { bot.attach(backend); });
            window.setBot(&bot);
            window.show();
            window.trafficDock()->show();

            logIn(window, QStringLiteral("irc"), ircFields(IrcPassword), Backend::State::Connected, traffic);
            logIn(window, QStringLiteral("irc"), ircFields(WrongPassword), Backend::State::Failed, traffic);
            logIn(window, QStringLiteral("xmpp"), xmppFields(XmppPassword), Backend::State::Connected, traffic);
            logIn(window, QStringLiteral("xmpp"), xmppFields(WrongPassword), Backend::State::Failed, traffic);

            // The secrets did go to the servers, the way each asked for them:
            // otherwise this test would prove nothing.
            const QString wire = traffic.join(u'\n');
            QVERIFY2(wire.contains(QStringLiteral("PASS ")), qPrintable(wire));
            QVERIFY2(wire.contains(QStringLiteral("mechanism='PLAIN'"))
                         || wire.contains(QStringLiteral("mechanism=\"PLAIN\"")),
                     qPrintable(wire.left(4000)));

            shown = window.traffic()->visibleLines();
            QVERIFY(shown.size() > 20);
            shown += window.warnings();
            shown += window.statusText();
            window.setBot(nullptr);
            window.close();
        }
        QStringList found = leaks(QStringLiteral("the traffic panel or status bar"), shown.join(u'\n'));
        found += leaks(QStringLiteral("the traffic signals"), traffic.join(u'\n'));
        {
            const QMutexLocker lock(&logMutex);
            QVERIFY(!logged.isEmpty());
            found += leaks(QStringLiteral("the Qt log"), logged.join(u'\n'));
        }
        const QString files = everyFileUnder(m_dir.path());
        QVERIFY2(files.contains(QStringLiteral("keeper@localhost")), "the profiles were not saved");
        found += leaks(QStringLiteral("the settings file"), files);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    void headless()
    {
        QTemporaryDir secrets;
        const auto secretFile = [&secrets](const QString &name, const QString &secret) {
            QFile file(secrets.filePath(name));
            if (file.open(QIODevice::WriteOnly))
                file.write(secret.toUtf8() + '\n');
            return file.fileName();
        };
        const QStringList irc{QStringLiteral("--backend"), QStringLiteral("irc"),        QStringLiteral("--host"),
                              QStringLiteral("127.0.0.1"), QStringLiteral("--port"),     QString::number(m_irc.port()),
                              QStringLiteral("--nick"),    QStringLiteral("headkeeper"), QStringLiteral("--join"),
                              QStringLiteral("#vault")};
        const QStringList xmpp{QStringLiteral("--backend"),
                               QStringLiteral("xmpp"),
                               QStringLiteral("--jid"),
                               QStringLiteral("keeper@localhost"),
                               QStringLiteral("--host"),
                               QStringLiteral("127.0.0.1"),
                               QStringLiteral("--port"),
                               QString::number(m_prosody.c2sPort()),
                               QStringLiteral("--trusted-fingerprint"),
                               m_prosody.fingerprint(),
                               QStringLiteral("--join"),
                               QStringLiteral("vault@conference.localhost")};
        const QString joined = QStringLiteral("-- joined");
        const QString failed = QStringLiteral("giving up");
        QStringList found;
        QString output = runHeadless(irc, secretFile(QStringLiteral("irc"), IrcPassword), {}, joined);
        QVERIFY2(output.contains(QStringLiteral(">> PASS ")), qPrintable(output.left(4000)));
        found += leaks(QStringLiteral("headless IRC"), output);
        output = runHeadless(irc, secretFile(QStringLiteral("wrong"), WrongPassword), {}, failed);
        QVERIFY2(output.contains(failed), qPrintable(output.left(4000)));
        found += leaks(QStringLiteral("headless IRC, wrong password"), output);
        output = runHeadless(xmpp, {}, XmppPassword, joined);
        QVERIFY2(output.contains(QStringLiteral("PLAIN")), qPrintable(output.left(4000)));
        found += leaks(QStringLiteral("headless XMPP"), output);
        output = runHeadless(xmpp, {}, WrongPassword, failed);
        QVERIFY2(output.contains(failed), qPrintable(output.left(4000)));
        found += leaks(QStringLiteral("headless XMPP, wrong password"), output);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_MAIN(TestSecretsNowhere)
#include "tst_secretsnowhere.moc"
