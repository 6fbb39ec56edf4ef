#include "prosodyfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

} // namespace

ProsodyFixture::ProsodyFixture() = default;

ProsodyFixture::~ProsodyFixture()
{
    stop();
}

QString ProsodyFixture::missing()
{
    QStringList absent;
    for (const QString &program :
         {QStringLiteral("prosody"), QStringLiteral("prosodyctl"), QStringLiteral("openssl")}) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            absent.append(program);
    }
    if (absent.isEmpty())
        return {};
    return QStringLiteral("%1 not installed (scripts/deps --test installs it)").arg(absent.join(QStringLiteral(", ")));
}

QString ProsodyFixture::configPath() const
{
    return m_dir.filePath(QStringLiteral("prosody.cfg.lua"));
}

QString ProsodyFixture::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("prosody.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll().right(4000));
}

bool ProsodyFixture::prepare()
{
    if (m_prepared)
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder");
        return false;
    }
    const QString dir = m_dir.path();
    if (!run(QStringLiteral("openssl"),
             {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
              QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
              QStringLiteral("-keyout"), dir + QStringLiteral("/certs/localhost.key"), QStringLiteral("-out"),
              dir + QStringLiteral("/certs/localhost.crt"), QStringLiteral("-days"), QStringLiteral("2"),
              QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
              QStringLiteral("subjectAltName=DNS:localhost,DNS:conference.localhost")})) {
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(dir + QStringLiteral("/certs/localhost.crt"));
    if (certificates.isEmpty()) {
        m_error = QStringLiteral("openssl made no readable certificate");
        return false;
    }
    m_fingerprint = QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex());
    m_c2sPort = freePort();
    m_httpPort = freePort();
    m_httpsPort = freePort();
    QString config = QStringLiteral(R"(-- Throw-away configuration written by the Botdeck test fixture.
run_as_root = true
daemonize = false
pidfile = "%1/prosody.pid"
data_path = "%1/data"
certificates = "%1/certs"
log = { { levels = { min = "info" }, to = "file", filename = "%1/prosody.log" } }
network_settings = { nagle = false }
interfaces = { "127.0.0.1" }
c2s_ports = { %2 }
c2s_interfaces = { "127.0.0.1" }
c2s_direct_tls_ports = { }
legacy_ssl_ports = { }
http_ports = { %3 }
http_interfaces = { "127.0.0.1" }
https_ports = { %4 }
https_interfaces = { "127.0.0.1" }
https_ssl = { key = "%1/certs/localhost.key", certificate = "%1/certs/localhost.crt" }
modules_enabled = { "roster", "saslauth", "tls", "disco", "ping", "smacks", "websocket", "http" }
modules_disabled = { "s2s" }
-- Encryption is offered (STARTTLS) but not forced, so the allow-plain
-- and plain WebSocket paths can be tested too.
c2s_require_encryption = false
authentication = "internal_hashed"
storage = "internal"
ssl = { key = "%1/certs/localhost.key", certificate = "%1/certs/localhost.crt" }
smacks_hibernation_time = 120
limits = { c2s = { rate = "100mb/s" } }
VirtualHost "localhost"
Component "conference.localhost" "muc"
    restrict_room_creation = false
    muc_room_default_public_jids = false
    muc_room_locking = true
)");
    config = config.arg(dir).arg(m_c2sPort).arg(m_httpPort).arg(m_httpsPort);
    if (m_plainOnly)
        config.replace(QStringLiteral("storage = \"internal\"\n"),
                       QStringLiteral("storage = \"internal\"\ndisable_sasl_mechanisms = { \"SCRAM-SHA-1\" }\n"));
    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write %1").arg(configPath());
        return false;
    }
    file.close();
    m_prepared = true;
    return true;
}

bool ProsodyFixture::run(const QString &program, const QStringList &arguments)
{
    if (program == QLatin1String("openssl"))
        QDir().mkpath(m_dir.filePath(QStringLiteral("certs")));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed: %3")
                      .arg(program, arguments.value(0), QString::fromUtf8(process.readAll()).right(2000));
        return false;
    }
    return true;
}

bool ProsodyFixture::registerUser(const QString &user, const QString &password)
{
    if (!prepare())
        return false;
    return run(QStringLiteral("prosodyctl"),
               {QStringLiteral("--config"), configPath(), QStringLiteral("register"), user, QStringLiteral("localhost"),
                password});
}

bool ProsodyFixture::start()
{
    if (!prepare())
        return false;
    if (isRunning())
        return true;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("prosody.out")));
    m_process->start(QStringLiteral("prosody"), {QStringLiteral("-F"), QStringLiteral("--config"), configPath()});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("prosody did not start: %1").arg(m_process->errorString());
        return false;
    }
    if (!waitForPort(m_c2sPort) || !waitForPort(m_httpPort) || !waitForPort(m_httpsPort)) {
        m_error = QStringLiteral("prosody did not open its ports; its log:\n%1").arg(log());
        return false;
    }
    return true;
}

bool ProsodyFixture::waitForPort(quint16 port)
{
    return QTest::qWaitFor(
               [this, port] {
                   if (!isRunning())
                       return true; // it died; reported below
                   QTcpSocket probe;
                   probe.connectToHost(QHostAddress::LocalHost, port);
                   return probe.waitForConnected(200);
               },
               15000)
        && isRunning();
}

void ProsodyFixture::stop()
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

void ProsodyFixture::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

bool ProsodyFixture::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}
