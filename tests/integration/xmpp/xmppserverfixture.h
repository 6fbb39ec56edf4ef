#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// What every throw-away XMPP server of the integration tests shares: a
// temporary folder (configuration, data, logs), a self-signed certificate
// for localhost and conference.localhost, free loopback ports for c2s,
// HTTP and HTTPS (WebSocket at /xmpp-websocket), the server process run in
// the foreground and users registered with the server's own tool. Stopped
// (and everything deleted) when the fixture goes, and killed by the kernel
// if the test program dies first, so no server outlives its test.
//
// Each suite runs against the server BOTDECK_XMPP_SERVER names (prosody, the
// default, or ejabberd): make() builds that one.
class XmppServerFixture
{
public:
    enum class Server { Prosody, Ejabberd };

    virtual ~XmppServerFixture();
    XmppServerFixture(const XmppServerFixture &) = delete;
    XmppServerFixture &operator=(const XmppServerFixture &) = delete;

    // The server BOTDECK_XMPP_SERVER names, and a fixture for it.
    static Server chosen();
    static std::unique_ptr<XmppServerFixture> make();

    virtual Server server() const = 0;
    // "Prosody" or "ejabberd", for messages.
    virtual QString name() const = 0;
    // Empty when the server and openssl are installed; otherwise what is
    // missing, for QSKIP.
    virtual QString missingPrograms() const = 0;
    virtual bool registerUser(const QString &user, const QString &password) = 0;
    // Whether rooms give each occupant a stable id (XEP-0421): Prosody 0.12
    // does; ejabberd 23.01 has no mod_muc_occupantid, so there the room
    // JID (room/nick) is all the bot knows of an anonymous occupant.
    bool hasOccupantIds() const { return server() == Server::Prosody; }

    // Offers only SASL PLAIN (no SCRAM), so the password itself crosses the
    // stream, encrypted or not; call before the first start().
    void offerPlainOnly() { m_plainOnly = true; }
    // Writes the configuration and certificate (once), starts the server
    // and waits until its ports accept connections.
    bool start();
    // Terminates the server politely and waits for it.
    void stop();
    // SIGKILL: the server vanishes as in a crash.
    void kill();
    bool isRunning() const;

    QString error() const { return m_error; }
    quint16 c2sPort() const { return m_c2sPort; }
    quint16 httpPort() const { return m_httpPort; }
    quint16 httpsPort() const { return m_httpsPort; }
    // SHA-256 of the self-signed certificate, to pin it.
    QString fingerprint() const { return m_fingerprint; }
    // The end of the server's log, for a failure message.
    QString log() const;

protected:
    XmppServerFixture();

    struct Launch
    {
        QString program;
        QStringList arguments;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    // The configuration, written once the certificate and ports are known.
    virtual bool writeConfig() = 0;
    virtual Launch launch() const = 0;
    virtual QString logPath() const = 0;
    // After the ports opened.
    virtual bool afterStart() { return true; }

    bool prepare();
    // Runs a helper program to its end; false (with error()) unless it
    // exits with 0. Its arguments stay out of the error: they may hold a
    // password.
    bool run(const QString &program, const QStringList &arguments,
             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    bool writeFile(const QString &name, const QString &text);
    QString folder() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString certificatePath() const { return path(QStringLiteral("certs/localhost.crt")); }
    QString keyPath() const { return path(QStringLiteral("certs/localhost.key")); }
    static quint16 freePort();
    static QStringList absentPrograms(const QStringList &programs);

    bool m_plainOnly = false;
    QString m_error;

private:
    bool makeCertificate();
    bool waitForPort(quint16 port);

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_c2sPort = 0;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    QString m_fingerprint;
    bool m_prepared = false;
};
