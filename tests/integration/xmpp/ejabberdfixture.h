#pragma once

#include "xmppserverfixture.h"

#include <QList>
#include <utility>

// A real ejabberd 23.01 (Debian's), started without ejabberdctl, which only
// root or the ejabberd user may run: erl boots the ejabberd application
// with its own node name, cookie, HOME, mnesia spool and logs in the
// fixture's folder, and Erlang distribution on a free loopback port of its
// own (no epmd), so it never meets the system's instance. mod_muc at
// conference.localhost, mod_stream_mgmt (resumption for 120 s), mod_ping.
// Users are registered through ejabberd_ctl, ejabberdctl's own module,
// once the node runs (asked earlier, on start()), and again on every start.
class EjabberdFixture : public XmppServerFixture
{
public:
    EjabberdFixture();

    // Empty when erl, ejabberd and openssl are installed; otherwise what is
    // missing, for QSKIP.
    static QString missing();

    Server server() const override { return Server::Ejabberd; }
    QString name() const override { return QStringLiteral("ejabberd"); }
    QString missingPrograms() const override { return missing(); }
    bool registerUser(const QString &user, const QString &password) override;

protected:
    bool writeConfig() override;
    Launch launch() const override;
    QString logPath() const override;
    bool afterStart() override;

private:
    // Where Debian's ejabberdctl finds ejabberd's Erlang applications.
    static QString erlangLibraries();
    QProcessEnvironment environment() const;
    QStringList distribution(const QString &node) const;
    bool control(const QStringList &command);
    // Registers user, or finds them registered already.
    bool add(const QString &user, const QString &password);

    const QString m_node;
    const QString m_cookie;
    quint16 m_distributionPort = 0;
    int m_controls = 0;
    QList<std::pair<QString, QString>> m_users;
};
