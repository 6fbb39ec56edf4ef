#include "ejabberdfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

namespace {

QString uniqueNode()
{
    static int made = 0;
    return QStringLiteral("botdeck-test-%1-%2@localhost").arg(QCoreApplication::applicationPid()).arg(++made);
}

} // namespace

EjabberdFixture::EjabberdFixture()
    : m_node(uniqueNode())
    , m_cookie(QUuid::createUuid().toString(QUuid::Id128))
{ }

QString EjabberdFixture::erlangLibraries()
{
    QFile script(QStringLiteral("/usr/sbin/ejabberdctl"));
    if (!script.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("^ERL_LIBS='([^']+)'"), QRegularExpression::MultilineOption)
              .match(QString::fromUtf8(script.readAll()));
    const QString libraries = match.hasMatch() ? match.captured(1) : QString();
    if (libraries.isEmpty() || QDir(libraries).entryList({QStringLiteral("ejabberd-*")}, QDir::Dirs).isEmpty())
        return {};
    return libraries;
}

QString EjabberdFixture::missing()
{
    QStringList absent = absentPrograms({QStringLiteral("erl"), QStringLiteral("openssl")});
    if (erlangLibraries().isEmpty())
        absent.prepend(QStringLiteral("ejabberd"));
    if (absent.isEmpty())
        return {};
    return QStringLiteral("%1 not installed (scripts/deps --test installs it)").arg(absent.join(QStringLiteral(", ")));
}

QString EjabberdFixture::logPath() const
{
    return path(QStringLiteral("logs/ejabberd.log"));
}

bool EjabberdFixture::writeConfig()
{
    m_distributionPort = freePort();
    QDir().mkpath(path(QStringLiteral("logs")));
    QDir().mkpath(path(QStringLiteral("spool")));
    QString config = QStringLiteral(R"(# Throw-away configuration written by the Botdeck test fixture.
hosts:
  - localhost
loglevel: info
log_rotate_count: 0
certfiles:
  - "%1"
  - "%2"
listen:
  -
    port: %3
    ip: "127.0.0.1"
    module: ejabberd_c2s
    # Encryption is offered (STARTTLS) but not forced, so the allow-plain
    # and plain WebSocket paths can be tested too.
    starttls: true
    shaper: none
  -
    port: %4
    ip: "127.0.0.1"
    module: ejabberd_http
    request_handlers:
      /xmpp-websocket: ejabberd_http_ws
  -
    port: %5
    ip: "127.0.0.1"
    module: ejabberd_http
    tls: true
    request_handlers:
      /xmpp-websocket: ejabberd_http_ws
auth_method: internal
auth_password_format: scram
%6
modules:
  mod_caps: {}
  mod_disco: {}
  mod_ping: {}
  mod_roster: {}
  mod_stream_mgmt:
    resume_timeout: 120
  mod_muc:
    host: conference.localhost
    access_create: all
    history_size: 20
    default_room_options:
      mam: false
)");
    const QString plainOnly = m_plainOnly
        ? QStringLiteral("disable_sasl_mechanisms: [\"SCRAM-SHA-1\", \"SCRAM-SHA-256\", "
                         "\"SCRAM-SHA-512\", \"SCRAM-SHA-1-PLUS\", \"SCRAM-SHA-256-PLUS\", "
                         "\"SCRAM-SHA-512-PLUS\", \"X-OAUTH2\", \"DIGEST-MD5\"]")
        : QString();
    config = config.arg(certificatePath(), keyPath()).arg(c2sPort()).arg(httpPort()).arg(httpsPort()).arg(plainOnly);
    return writeFile(QStringLiteral("ejabberd.yml"), config);
}

QProcessEnvironment EjabberdFixture::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Erlang reads and writes its cookie file in HOME: the fixture's own.
    environment.insert(QStringLiteral("HOME"), folder());
    environment.insert(QStringLiteral("ERL_LIBS"), erlangLibraries());
    environment.insert(QStringLiteral("EJABBERD_CONFIG_PATH"), path(QStringLiteral("ejabberd.yml")));
    environment.insert(QStringLiteral("EJABBERD_LOG_PATH"), logPath());
    environment.insert(QStringLiteral("ERL_CRASH_DUMP"), path(QStringLiteral("logs/erl_crash.dump")));
    return environment;
}

QStringList EjabberdFixture::distribution(const QString &node) const
{
    return {QStringLiteral("-sname"),         node,
            QStringLiteral("-setcookie"),     m_cookie,
            QStringLiteral("-erl_epmd_port"), QString::number(m_distributionPort),
            QStringLiteral("-start_epmd"),    QStringLiteral("false"),
            QStringLiteral("-kernel"),        QStringLiteral("inet_dist_use_interface"),
            QStringLiteral("{127,0,0,1}"),    QStringLiteral("-noinput")};
}

XmppServerFixture::Launch EjabberdFixture::launch() const
{
    Launch how;
    how.program = QStringLiteral("erl");
    how.arguments = distribution(m_node)
        + QStringList{QStringLiteral("-mnesia"), QStringLiteral("dir"),
                      QStringLiteral("\"%1\"").arg(path(QStringLiteral("spool"))), QStringLiteral("-s"),
                      QStringLiteral("ejabberd")};
    how.environment = environment();
    return how;
}

bool EjabberdFixture::control(const QStringList &command)
{
    const QString client = QStringLiteral("ctl-%1-").arg(++m_controls) + m_node;
    return run(QStringLiteral("erl"),
               distribution(client)
                   + QStringList{QStringLiteral("-dist_listen"), QStringLiteral("false"), QStringLiteral("-hidden"),
                                 QStringLiteral("-s"), QStringLiteral("ejabberd_ctl"), QStringLiteral("-extra"), m_node}
                   + command,
               environment());
}

bool EjabberdFixture::registerUser(const QString &user, const QString &password)
{
    m_users.append({user, password});
    return !isRunning() || add(user, password);
}

bool EjabberdFixture::add(const QString &user, const QString &password)
{
    if (control({QStringLiteral("register"), user, QStringLiteral("localhost"), password}))
        return true;
    return m_error.contains(QLatin1String("already registered"));
}

bool EjabberdFixture::afterStart()
{
    // The c2s port opens before ejabberd_ctl takes commands.
    if (!QTest::qWaitFor([this] { return !isRunning() || control({QStringLiteral("status")}); }, 20000)
        || !isRunning()) {
        m_error = QStringLiteral("ejabberd did not start; its log:\n%1").arg(log());
        return false;
    }
    // Again after every start: a SIGKILL can take the last registrations
    // with it (mnesia had not written them to disk yet).
    for (const auto &[user, password] : std::as_const(m_users)) {
        if (!add(user, password))
            return false;
    }
    return true;
}
