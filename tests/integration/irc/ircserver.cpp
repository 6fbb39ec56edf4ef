#include "ircserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

IrcServer::IrcServer(Kind kind)
    : m_kind(kind)
{ }

IrcServer::~IrcServer()
{
    kill();
}

QString IrcServer::program() const
{
    const QString name = m_kind == Kind::Ngircd ? QStringLiteral("ngircd") : QStringLiteral("inspircd");
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin")});
    return found;
}

QString IrcServer::missingReason() const
{
    if (!program().isEmpty())
        return {};
    return m_kind == Kind::Ngircd ? QStringLiteral("ngircd is not installed (scripts/deps --test installs it)")
                                  : QStringLiteral("inspircd is not installed (scripts/deps --test installs it)");
}

QString IrcServer::serverName() const
{
    return m_kind == Kind::Ngircd ? QStringLiteral("irc.ngircd.test") : QStringLiteral("irc.inspircd.test");
}

quint16 IrcServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool IrcServer::start(bool withTls)
{
    m_tls = withTls;
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot make a temporary folder");
        return false;
    }
    m_port = freePort();
    m_tlsPort = withTls ? freePort() : 0;
    m_webSocketPort = m_kind == Kind::Inspircd ? freePort() : 0;
    if (withTls && !makeCertificate())
        return false;
    if (!writeConfig())
        return false;
    return launch();
}

bool IrcServer::restart()
{
    kill();
    return launch();
}

bool IrcServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

void IrcServer::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

bool IrcServer::makeCertificate()
{
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir->path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"),
                   QStringLiteral("cert.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost")});
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        m_error = QStringLiteral("openssl could not make a certificate: %1")
                      .arg(QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    const QList<QSslCertificate> certs = QSslCertificate::fromPath(m_dir->filePath(QStringLiteral("cert.pem")));
    if (certs.isEmpty()) {
        m_error = QStringLiteral("cannot read the certificate openssl made");
        return false;
    }
    m_fingerprint = QString::fromLatin1(certs.first().digest(QCryptographicHash::Sha256).toHex());
    return true;
}

bool IrcServer::writeConfig()
{
    const QString dir = m_dir->path();
    QString config;
    if (m_kind == Kind::Ngircd) {
        // As root, ngircd switches to the given user; the current one keeps
        // it able to read the temporary folder.
        const QString id = QString::number(getuid());
        config = QStringLiteral("[Global]\nName = %1\nInfo = Botdeck test server\nListen = 127.0.0.1\nPorts = %2\n"
                                "ServerUID = %3\nServerGID = %4\nPidFile = %5/ngircd.pid\nMotdPhrase = \"Botdeck\"\n"
                                "[Limits]\nMaxPenaltyTime = 0\nMaxConnectionsIP = 0\nMaxConnections = 0\n"
                                "MaxJoins = 0\nMaxNickLength = 30\nPingTimeout = 120\nPongTimeout = 60\n"
                                "[Options]\nDNS = no\nIdent = no\nPAM = no\n")
                     .arg(serverName())
                     .arg(m_port)
                     .arg(id, QString::number(getgid()), dir);
        if (!m_password.isEmpty())
            config.replace(QStringLiteral("[Limits]\n"), QStringLiteral("Password = %1\n[Limits]\n").arg(m_password));
        if (m_tls)
            config += QStringLiteral("[SSL]\nCertFile = %1/cert.pem\nKeyFile = %1/key.pem\nPorts = %2\n")
                          .arg(dir)
                          .arg(m_tlsPort);
    } else {
        QFile motd(dir + QStringLiteral("/motd"));
        if (!motd.open(QIODevice::WriteOnly) || motd.write("Botdeck\n") < 0) {
            m_error = QStringLiteral("cannot write the MOTD");
            return false;
        }
        config
            = QStringLiteral(
                  "<config format=\"xml\">\n"
                  "<server name=\"%1\" description=\"Botdeck test\" network=\"BotdeckNet\">\n"
                  "<admin name=\"Botdeck\" nick=\"botdeck\" email=\"botdeck@example.invalid\">\n"
                  "<bind address=\"127.0.0.1\" port=\"%2\" type=\"clients\">\n"
                  "<bind address=\"127.0.0.1\" port=\"%3\" type=\"clients\" hook=\"websocket\">\n"
                  "<connect name=\"main\" allow=\"*\" timeout=\"60\" %5 "
                  "localmax=\"10000\" globalmax=\"10000\" maxconnwarn=\"no\" resolvehostnames=\"no\" "
                  "useident=\"no\" limit=\"10000\" pingfreq=\"120\">\n"
                  "<files motd=\"%4/motd\">\n<pid file=\"%4/inspircd.pid\">\n"
                  "<log method=\"file\" type=\"* -USERINPUT -USEROUTPUT\" level=\"default\" target=\"%4/ircd.log\">\n"
                  "<dns server=\"127.0.0.1\" timeout=\"1\">\n"
                  "<options>\n<security hidesplits=\"no\">\n<limits maxnick=\"30\" maxchan=\"64\">\n")
                  .arg(serverName())
                  .arg(m_port)
                  .arg(m_webSocketPort)
                  .arg(dir)
                  .arg(
                      m_debianFloodProtection
                          ? QStringLiteral("threshold=\"10\" hardsendq=\"262144\" softsendq=\"8192\" recvq=\"8192\"")
                          : QStringLiteral("threshold=\"100000\" commandrate=\"1000000\" fakelag=\"no\" sendq=\"100M\" "
                                           "recvq=\"100M\" hardsendq=\"100M\" softsendq=\"100M\""));
        for (const char *module :
             {"cap", "ircv3", "ircv3_servertime", "ircv3_echomessage", "ircv3_chghost", "ircv3_batch", "ircv3_ctctags",
              "ircv3_msgid", "namesx", "uhnames", "sha1", "websocket"})
            config += QStringLiteral("<module name=\"%1\">\n").arg(QString::fromLatin1(module));
        config += QStringLiteral("<websocket sendastext=\"yes\">\n<wsorigin allow=\"%1\">\n").arg(m_webSocketOrigin);
    }
    QFile file(dir + QStringLiteral("/server.conf"));
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write the server configuration");
        return false;
    }
    return true;
}

bool IrcServer::launch()
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_dir->path());
    const QString conf = m_dir->filePath(QStringLiteral("server.conf"));
    if (m_kind == Kind::Ngircd)
        m_process->start(program(), {QStringLiteral("-n"), QStringLiteral("-f"), conf});
    else
        m_process->start(
            program(), {QStringLiteral("--config=") + conf, QStringLiteral("--nofork"), QStringLiteral("--runasroot")});
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program(), m_process->errorString());
        return false;
    }
    if (!waitUntilListening(m_port) || (m_tlsPort && !waitUntilListening(m_tlsPort))
        || (m_webSocketPort && !waitUntilListening(m_webSocketPort))) {
        m_error = QStringLiteral("%1 did not start listening: %2")
                      .arg(program(), QString::fromLocal8Bit(m_process->readAll().right(2000)));
        return false;
    }
    return true;
}

bool IrcServer::waitUntilListening(quint16 port)
{
    return QTest::qWaitFor(
               [&] {
                   if (!isRunning())
                       return true; // it died: stop waiting, the check below fails
                   QTcpSocket probe;
                   probe.connectToHost(QHostAddress::LocalHost, port);
                   return probe.waitForConnected(200);
               },
               15000)
        && isRunning();
}
