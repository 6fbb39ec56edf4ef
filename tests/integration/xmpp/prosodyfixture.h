#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A real Prosody 0.12 for the XMPP integration tests: a throw-away
// configuration, data folder and self-signed certificate in a temporary
// folder, free loopback ports for c2s, HTTP and HTTPS (WebSocket), a MUC component
// at conference.localhost, and users registered with prosodyctl. Stopped
// (and everything deleted) when the fixture goes.
class ProsodyFixture
{
public:
    ProsodyFixture();
    ~ProsodyFixture();

    // Empty when prosody, prosodyctl and openssl are installed; otherwise
    // what is missing, for QSKIP.
    static QString missing();

    // Offers only SASL PLAIN (no SCRAM), so the password itself crosses the
    // (encrypted) stream; call before the first start().
    void offerPlainOnly() { m_plainOnly = true; }
    // Writes the configuration and certificate (once), starts Prosody and
    // waits until its ports accept connections.
    bool start();
    // Terminates Prosody politely and waits for it.
    void stop();
    // SIGKILL: the server vanishes as in a crash.
    void kill();
    bool isRunning() const;
    bool registerUser(const QString &user, const QString &password);

    QString error() const { return m_error; }
    quint16 c2sPort() const { return m_c2sPort; }
    quint16 httpPort() const { return m_httpPort; }
    quint16 httpsPort() const { return m_httpsPort; }
    // SHA-256 of the self-signed certificate, to pin it.
    QString fingerprint() const { return m_fingerprint; }
    QString configPath() const;
    QString log() const;

private:
    bool prepare();
    bool run(const QString &program, const QStringList &arguments);
    bool waitForPort(quint16 port);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_c2sPort = 0;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    QString m_fingerprint;
    QString m_error;
    bool m_prepared = false;
    bool m_plainOnly = false;
};
