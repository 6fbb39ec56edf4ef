#include "prosodyfixture.h"

QString ProsodyFixture::missing()
{
    const QStringList absent
        = absentPrograms({QStringLiteral("prosody"), QStringLiteral("prosodyctl"), QStringLiteral("openssl")});
    if (absent.isEmpty())
        return {};
    return QStringLiteral("%1 not installed (scripts/deps --test installs it)").arg(absent.join(QStringLiteral(", ")));
}

QString ProsodyFixture::configPath() const
{
    return path(QStringLiteral("prosody.cfg.lua"));
}

QString ProsodyFixture::logPath() const
{
    return path(QStringLiteral("prosody.log"));
}

bool ProsodyFixture::writeConfig()
{
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
    config = config.arg(folder()).arg(c2sPort()).arg(httpPort()).arg(httpsPort());
    if (m_plainOnly)
        config.replace(QStringLiteral("storage = \"internal\"\n"),
                       QStringLiteral("storage = \"internal\"\ndisable_sasl_mechanisms = { \"SCRAM-SHA-1\" }\n"
                                      "allow_unencrypted_plain_auth = true\n"));
    return writeFile(QStringLiteral("prosody.cfg.lua"), config);
}

bool ProsodyFixture::registerUser(const QString &user, const QString &password)
{
    if (!prepare())
        return false;
    return run(QStringLiteral("prosodyctl"),
               {QStringLiteral("--config"), configPath(), QStringLiteral("register"), user, QStringLiteral("localhost"),
                password});
}

XmppServerFixture::Launch ProsodyFixture::launch() const
{
    Launch how;
    how.program = QStringLiteral("prosody");
    how.arguments = {QStringLiteral("-F"), QStringLiteral("--config"), configPath()};
    return how;
}
