#include "xmppdescriptor.h"

#include "xmppbackend.h"

#include <QCoreApplication>

namespace Botdeck::Xmpp {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Xmpp::XmppBackend)
};

} // namespace

BackendDescriptor xmppDescriptor()
{
    using Kind = LoginField::Kind;
    BackendDescriptor d;
    d.name = QStringLiteral("xmpp");
    d.displayName = Tr::tr("XMPP (Jabber)");
    d.description
        = Tr::tr("An XMPP account, with 1:1 chat and multi-user chat rooms, over TCP (STARTTLS) or WebSocket.");
    LoginField jid = LoginField::make(QStringLiteral("jid"), Tr::tr("JID"), Kind::Text, {},
                                      Tr::tr("The bot's XMPP address, user@example.org"));
    jid.required = true;
    LoginField transport
        = LoginField::make(QStringLiteral("transport"), Tr::tr("Transport"), Kind::Choice, QStringLiteral("tcp"),
                           Tr::tr("tcp (port 5222, STARTTLS) or websocket (RFC 7395)"));
    transport.choices = {QStringLiteral("tcp"), QStringLiteral("websocket")};
    d.fields = {
        jid,
        LoginField::make(QStringLiteral("password"), Tr::tr("Password"), Kind::Password, {},
                         Tr::tr("The account's password")),
        LoginField::make(QStringLiteral("host"), Tr::tr("Host"), Kind::Text, {},
                         Tr::tr("The server to connect to, when it is not the JID's domain")),
        LoginField::make(
            QStringLiteral("port"), Tr::tr("Port"), Kind::Port, {},
            Tr::tr("The server's port (default 5222; WebSocket 5281, or 5280 with \"Allow unencrypted\")")),
        transport,
        LoginField::make(QStringLiteral("websocket-path"), Tr::tr("WebSocket path"), Kind::Text,
                         QStringLiteral("/xmpp-websocket"), Tr::tr("The path of the server's XMPP WebSocket endpoint")),
        LoginField::make(
            QStringLiteral("allow-plain"), Tr::tr("Allow unencrypted"), Kind::Bool, false,
            Tr::tr("Log in even without TLS: the password then crosses the connection unprotected, in clear "
                   "text (PLAIN) when the server offers nothing better. For a test server on "
                   "loopback only; never on a network")),
        LoginField::make(QStringLiteral("verify-certificate"), Tr::tr("Verify certificate"), Kind::Bool, true,
                         Tr::tr("Check the server's TLS certificate (turn off only for testing)")),
        LoginField::make(QStringLiteral("trusted-fingerprint"), Tr::tr("Trusted fingerprint"), Kind::Text, {},
                         Tr::tr("SHA-256 fingerprint of a self-signed server certificate to trust")),
        LoginField::make(QStringLiteral("resource"), Tr::tr("Resource"), Kind::Text, QStringLiteral("botdeck"),
                         Tr::tr("The resource (device name) to log in with")),
        LoginField::make(QStringLiteral("nick"), Tr::tr("Nick"), Kind::Text, {},
                         Tr::tr("The bot's nick in rooms (default: the JID's user name)")),
        LoginField::make(QStringLiteral("rooms"), Tr::tr("Rooms"), Kind::Text, {},
                         Tr::tr("Rooms to join after logging in, room@service, separated by commas")),
    };
    d.create = [](QObject *parent) -> Backend * { return new XmppBackend(parent); };
    return d;
}

} // namespace Botdeck::Xmpp
