#include "xmppdescriptor.h"

#include "xmppbackend.h"

#include <QCoreApplication>

namespace Botdeck::Xmpp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Botdeck::Xmpp::XmppBackend", text);
}

LoginField field(const QString &key, const QString &label, LoginField::Kind kind, const QVariant &defaultValue,
                 const QString &help)
{
    LoginField f;
    f.key = key;
    f.label = label;
    f.kind = kind;
    f.defaultValue = defaultValue;
    f.help = help;
    return f;
}

} // namespace

BackendDescriptor xmppDescriptor()
{
    using Kind = LoginField::Kind;
    BackendDescriptor d;
    d.name = QStringLiteral("xmpp");
    d.displayName = tr("XMPP (Jabber)");
    d.description = tr("An XMPP account, with 1:1 chat and multi-user chat rooms, over TCP (STARTTLS) or WebSocket.");
    LoginField jid
        = field(QStringLiteral("jid"), tr("JID"), Kind::Text, {}, tr("The bot's XMPP address, user@example.org"));
    jid.required = true;
    LoginField transport = field(QStringLiteral("transport"), tr("Transport"), Kind::Choice, QStringLiteral("tcp"),
                                 tr("tcp (port 5222, STARTTLS) or websocket (RFC 7395)"));
    transport.choices = {QStringLiteral("tcp"), QStringLiteral("websocket")};
    d.fields = {
        jid,
        field(QStringLiteral("password"), tr("Password"), Kind::Password, {}, tr("The account's password")),
        field(QStringLiteral("host"), tr("Host"), Kind::Text, {},
              tr("The server to connect to, when it is not the JID's domain")),
        field(QStringLiteral("port"), tr("Port"), Kind::Port, {},
              tr("The server's port (default 5222; WebSocket 5281, or 5280 with allow-plain)")),
        transport,
        field(QStringLiteral("websocket-path"), tr("WebSocket path"), Kind::Text, QStringLiteral("/xmpp-websocket"),
              tr("The path of the server's XMPP WebSocket endpoint")),
        field(QStringLiteral("allow-plain"), tr("Allow unencrypted"), Kind::Bool, false,
              tr("Log in even without TLS (for a test server on loopback only; never on a network)")),
        field(QStringLiteral("verify-certificate"), tr("Verify certificate"), Kind::Bool, true,
              tr("Check the server's TLS certificate (turn off only for testing)")),
        field(QStringLiteral("trusted-fingerprint"), tr("Trusted fingerprint"), Kind::Text, {},
              tr("SHA-256 fingerprint of a self-signed server certificate to trust")),
        field(QStringLiteral("resource"), tr("Resource"), Kind::Text, QStringLiteral("botdeck"),
              tr("The resource (device name) to log in with")),
        field(QStringLiteral("nick"), tr("Nick"), Kind::Text, {},
              tr("The bot's nick in rooms (default: the JID's user name)")),
        field(QStringLiteral("rooms"), tr("Rooms"), Kind::Text, {},
              tr("Rooms to join after logging in, room@service, separated by commas")),
    };
    d.create = [](QObject *parent) -> Backend * { return new XmppBackend(parent); };
    return d;
}

} // namespace Botdeck::Xmpp
