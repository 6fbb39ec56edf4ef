#include "xmppdescriptor.h"

#include "xmppbackend.h"

#include <QCoreApplication>

namespace Botdeck::Xmpp {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Botdeck::Xmpp::XmppBackend", text);
}

} // namespace

BackendDescriptor xmppDescriptor()
{
    using Kind = LoginField::Kind;
    BackendDescriptor d;
    d.name = QStringLiteral("xmpp");
    d.displayName = tr("XMPP (Jabber)");
    d.description = tr("An XMPP account, with 1:1 chat and multi-user chat rooms, over TCP (STARTTLS) or WebSocket.");
    LoginField jid = LoginField::make(QStringLiteral("jid"), tr("JID"), Kind::Text, {},
                                      tr("The bot's XMPP address, user@example.org"));
    jid.required = true;
    LoginField transport
        = LoginField::make(QStringLiteral("transport"), tr("Transport"), Kind::Choice, QStringLiteral("tcp"),
                           tr("tcp (port 5222, STARTTLS) or websocket (RFC 7395)"));
    transport.choices = {QStringLiteral("tcp"), QStringLiteral("websocket")};
    d.fields = {
        jid,
        LoginField::make(QStringLiteral("password"), tr("Password"), Kind::Password, {}, tr("The account's password")),
        LoginField::make(QStringLiteral("host"), tr("Host"), Kind::Text, {},
                         tr("The server to connect to, when it is not the JID's domain")),
        LoginField::make(QStringLiteral("port"), tr("Port"), Kind::Port, {},
                         tr("The server's port (default 5222; WebSocket 5281, or 5280 with allow-plain)")),
        transport,
        LoginField::make(QStringLiteral("websocket-path"), tr("WebSocket path"), Kind::Text,
                         QStringLiteral("/xmpp-websocket"), tr("The path of the server's XMPP WebSocket endpoint")),
        LoginField::make(QStringLiteral("allow-plain"), tr("Allow unencrypted"), Kind::Bool, false,
                         tr("Log in even without TLS (for a test server on loopback only; never on a network)")),
        LoginField::make(QStringLiteral("verify-certificate"), tr("Verify certificate"), Kind::Bool, true,
                         tr("Check the server's TLS certificate (turn off only for testing)")),
        LoginField::make(QStringLiteral("trusted-fingerprint"), tr("Trusted fingerprint"), Kind::Text, {},
                         tr("SHA-256 fingerprint of a self-signed server certificate to trust")),
        LoginField::make(QStringLiteral("resource"), tr("Resource"), Kind::Text, QStringLiteral("botdeck"),
                         tr("The resource (device name) to log in with")),
        LoginField::make(QStringLiteral("nick"), tr("Nick"), Kind::Text, {},
                         tr("The bot's nick in rooms (default: the JID's user name)")),
        LoginField::make(QStringLiteral("rooms"), tr("Rooms"), Kind::Text, {},
                         tr("Rooms to join after logging in, room@service, separated by commas")),
    };
    d.create = [](QObject *parent) -> Backend * { return new XmppBackend(parent); };
    return d;
}

} // namespace Botdeck::Xmpp
