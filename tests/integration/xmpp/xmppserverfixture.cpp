#include "xmppserverfixture.h"

#include "ejabberdfixture.h"
#include "prosodyfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

XmppServerFixture::XmppServerFixture() = default;

XmppServerFixture::~XmppServerFixture()
{
    stop();
}

XmppServerFixture::Server XmppServerFixture::chosen()
{
    const QByteArray name = qgetenv("BOTDECK_XMPP_SERVER");
    if (name == "ejabberd")
        return Server::Ejabberd;
    if (!name.isEmpty() && name != "prosody")
        qFatal("BOTDECK_XMPP_SERVER is %s; it can be prosody or ejabberd", name.constData());
    return Server::Prosody;
}

std::unique_ptr<XmppServerFixture> XmppServerFixture::make()
{
    if (chosen() == Server::Ejabberd)
        return std::make_unique<EjabberdFixture>();
    return std::make_unique<ProsodyFixture>();
}

QStringList XmppServerFixture::absentPrograms(const QStringList &programs)
{
    QStringList absent;
    for (const QString &program : programs) {
        if (QStandardPaths::findExecutable(program).isEmpty()
            && QStandardPaths::findExecutable(program, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
                   .isEmpty())
            absent.append(program);
    }
    return absent;
}

quint16 XmppServerFixture::freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString XmppServerFixture::log() const
{
    QFile file(logPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().right(4000));
}

bool XmppServerFixture::writeFile(const QString &name, const QString &text)
{
    QFile file(path(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(path(name));
        return false;
    }
    return true;
}

bool XmppServerFixture::makeCertificate()
{
    QDir().mkpath(path(QStringLiteral("certs")));
    if (!run(QStringLiteral("openssl"),
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), keyPath(), QStringLiteral("-out"), certificatePath(), QStringLiteral("-days"),
              QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
              QStringLiteral("subjectAltName=DNS:localhost,DNS:conference.localhost")})) {
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath());
    if (certificates.isEmpty()) {
        m_error = QStringLiteral("openssl made no readable certificate");
        return false;
    }
    m_fingerprint = QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex());
    return true;
}

bool XmppServerFixture::prepare()
{
    if (m_prepared)
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder");
        return false;
    }
    if (!makeCertificate())
        return false;
    m_c2sPort = freePort();
    m_httpPort = freePort();
    m_httpsPort = freePort();
    if (!writeConfig())
        return false;
    m_prepared = true;
    return true;
}

bool XmppServerFixture::run(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed: %3")
                      .arg(program, arguments.value(0), QString::fromUtf8(process.readAll()).right(2000));
        return false;
    }
    return true;
}

bool XmppServerFixture::start()
{
    if (!prepare())
        return false;
    if (isRunning())
        return true;
    const Launch how = launch();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(how.environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(path(QStringLiteral("server.out")));
    // A test that crashes runs no destructor: the kernel ends the server
    // with it, instead of leaving it listening on a port nobody knows.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process->start(how.program, how.arguments);
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("%1 did not start: %2").arg(name(), m_process->errorString());
        return false;
    }
    if (!waitForPort(m_c2sPort) || !waitForPort(m_httpPort) || !waitForPort(m_httpsPort)) {
        m_error = QStringLiteral("%1 did not open its ports; its log:\n%2").arg(name(), log());
        return false;
    }
    return afterStart();
}

bool XmppServerFixture::waitForPort(quint16 port)
{
    return QTest::qWaitFor(
               [this, port] {
                   if (!isRunning())
                       return true; // it died; reported below
                   QTcpSocket probe;
                   probe.connectToHost(QHostAddress::LocalHost, port);
                   return probe.waitForConnected(200);
               },
               30000)
        && isRunning();
}

void XmppServerFixture::stop()
{
    if (!isRunning()) {
        m_process.reset();
        return;
    }
    m_process->terminate();
    if (!m_process->waitForFinished(10000))
        m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

void XmppServerFixture::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

bool XmppServerFixture::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}
