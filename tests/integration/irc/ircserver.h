#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real IRC server for one test suite: ngircd or InspIRCd 3, started on
// free loopback ports with a throw-away configuration in a temporary
// folder, and killed when the object goes.
class IrcServer
{
public:
    enum class Kind { Ngircd, Inspircd };

    explicit IrcServer(Kind kind);
    ~IrcServer();

    // Empty when the server binary is installed; otherwise the reason to
    // skip the tests that need it.
    QString missingReason() const;
    // A server password (PASS) every client must give; ngircd only, set
    // before start().
    void setPassword(const QString &password) { m_password = password; }
    // The only Origin InspIRCd accepts in a WebSocket handshake (any by
    // default); set before start().
    void setWebSocketOrigin(const QString &origin) { m_webSocketOrigin = origin; }
    // InspIRCd only, before start(): the flood protection of the connect
    // class Debian ships (threshold 10, one command a second, fakelag, an
    // 8 KiB receive queue) instead of none.
    void setDebianFloodProtection(bool on) { m_debianFloodProtection = on; }
    // Writes the configuration (and, with TLS, a self-signed certificate
    // made with openssl) and starts the server; false with error() set.
    bool start(bool withTls = false);
    // Kills the server at once, as a crash would.
    void kill();
    // Starts it again on the same ports.
    bool restart();
    bool isRunning() const;

    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    quint16 tlsPort() const { return m_tlsPort; }
    quint16 webSocketPort() const { return m_webSocketPort; }
    // SHA-256 of the self-signed certificate, lower-case hex.
    QString certificateFingerprint() const { return m_fingerprint; }
    QString serverName() const;

    static quint16 freePort();

private:
    QString program() const;
    bool writeConfig();
    bool makeCertificate();
    bool launch();
    bool waitUntilListening(quint16 port);

    Kind m_kind;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_error;
    QString m_fingerprint;
    QString m_password;
    QString m_webSocketOrigin = QStringLiteral("*");
    bool m_debianFloodProtection = false;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    quint16 m_webSocketPort = 0;
    bool m_tls = false;
};
