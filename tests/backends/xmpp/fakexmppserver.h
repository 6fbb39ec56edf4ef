#pragma once

// A scripted XMPP server on a loopback port for the cases a real server
// will not produce on demand: stream errors, hostile XML, a room that has
// silently lost us. It logs in any client with SCRAM-SHA-1 (it checks
// nothing but computes a true server signature, which the client checks),
// binds bot@localhost/test, and hands every later stanza to the test.
#include "backends/xmpp/streamparser.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

class FakeXmppServer : public QObject
{
public:
    using Element = Botdeck::Xmpp::XmlElement;

    explicit FakeXmppServer(const QString &password)
        : m_password(password.toUtf8())
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_socket = socket;
                m_parser.reset();
                m_authenticated = false;
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    const QList<Element> &received() const { return m_received; }

    // What the server answers a stream header with, before login; a test
    // replaces it to offer other features or to misbehave.
    std::function<void(FakeXmppServer &)> onHeader = [](FakeXmppServer &server) {
        server.sendHeader();
        server.send(server.m_authenticated
                        ? QByteArrayLiteral("<stream:features><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'/>"
                                            "</stream:features>")
                        : QByteArrayLiteral("<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                                            "<mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>"));
    };
    // Every stanza after binding.
    std::function<void(FakeXmppServer &, const Element &)> onStanza;

    void sendHeader()
    {
        send(QByteArrayLiteral("<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                               "xmlns:stream='http://etherx.jabber.org/streams' from='localhost' id='fake' "
                               "version='1.0'>"));
    }
    void send(const QByteArray &xml)
    {
        if (m_socket)
            m_socket->write(xml);
    }
    void drop()
    {
        if (m_socket)
            m_socket->abort();
    }

private:
    void onData(QTcpSocket *socket)
    {
        if (socket != m_socket)
            return;
        const QList<Botdeck::Xmpp::StreamEvent> events = m_parser.feed(socket->readAll());
        for (const auto &event : events) {
            if (event.type == Botdeck::Xmpp::StreamEvent::Type::StreamOpened)
                onHeader(*this);
            else if (event.type == Botdeck::Xmpp::StreamEvent::Type::Stanza)
                handle(event.element);
        }
    }

    void handle(const Element &element)
    {
        m_received.append(element);
        if (element.name() == QLatin1String("auth")) {
            m_clientFirstBare = QByteArray::fromBase64(element.text().toLatin1()).mid(3);
            const QByteArray nonce = m_clientFirstBare.mid(m_clientFirstBare.indexOf(",r=") + 3);
            m_serverFirst = "r=" + nonce + "fakeserver,s=" + QByteArray("saltsalt").toBase64() + ",i=4096";
            send("<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + m_serverFirst.toBase64() + "</challenge>");
        } else if (element.name() == QLatin1String("response")) {
            const QByteArray clientFinal = QByteArray::fromBase64(element.text().toLatin1());
            const QByteArray withoutProof = clientFinal.left(clientFinal.indexOf(",p="));
            const QByteArray authMessage = m_clientFirstBare + ',' + m_serverFirst + ',' + withoutProof;
            const QByteArray salted
                = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha1, m_password, "saltsalt", 4096, 20);
            const QByteArray serverKey
                = QMessageAuthenticationCode::hash("Server Key", salted, QCryptographicHash::Sha1);
            const QByteArray signature
                = QMessageAuthenticationCode::hash(authMessage, serverKey, QCryptographicHash::Sha1);
            send("<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>" + ("v=" + signature.toBase64()).toBase64()
                 + "</success>");
            m_authenticated = true;
            m_parser.reset();
        } else if (element.name() == QLatin1String("iq") && element.hasChild(QStringLiteral("bind"))) {
            send("<iq type='result' id='" + element.attribute(QStringLiteral("id")).toUtf8()
                 + "'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><jid>bot@localhost/test</jid></bind></iq>");
        } else if (onStanza) {
            onStanza(*this, element);
        }
    }

    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    Botdeck::Xmpp::StreamParser m_parser;
    QByteArray m_password;
    QByteArray m_clientFirstBare;
    QByteArray m_serverFirst;
    QList<Element> m_received;
    bool m_authenticated = false;
    int m_connections = 0;
};
