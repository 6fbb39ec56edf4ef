// The XMPP backend against a scripted server, for what a real server does
// not do on demand: stream errors, refusing to log in without encryption,
// hostile XML, and a room that silently lost the bot (XEP-0410 self-ping).
#include "fakexmppserver.h"

#include "backends/xmpp/xmppbackend.h"
#include "backends/xmpp/xmpproom.h"

#include "core/backendregistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace Botdeck;
using namespace Botdeck::Xmpp;

namespace {

BackendSettings settings(quint16 port, const QVariantMap &extra = {})
{
    QVariantMap given{
        {QStringLiteral("jid"), QStringLiteral("bot@localhost")}, {QStringLiteral("password"), QStringLiteral("pw")},
        {QStringLiteral("host"), QStringLiteral("127.0.0.1")},    {QStringLiteral("port"), port},
        {QStringLiteral("resource"), QStringLiteral("test")},     {QStringLiteral("allow-plain"), true}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        given.insert(it.key(), it.value());
    BackendRegistry registry;
    registry.add(XmppBackend::descriptor());
    return registry.settings(QStringLiteral("xmpp"), given).value();
}

bool isJoin(const XmlElement &stanza)
{
    return stanza.name() == QLatin1String("presence")
        && stanza.attribute(QStringLiteral("to")).startsWith(QLatin1String("room@conference.localhost/"))
        && stanza.attribute(QStringLiteral("type")).isEmpty();
}

// Answers a room join with the occupant list and our own presence.
void answerJoins(FakeXmppServer &server, const XmlElement &stanza)
{
    const QString to = stanza.attribute(QStringLiteral("to"));
    if (isJoin(stanza)) {
        server.send(QStringLiteral("<presence from='room@conference.localhost/alice'><x "
                                   "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='owner' "
                                   "role='moderator'/></x></presence>"
                                   "<presence from='%1'><x xmlns='http://jabber.org/protocol/muc#user'><item "
                                   "affiliation='none' role='participant'/><status code='110'/></x></presence>")
                        .arg(to)
                        .toUtf8());
    }
}

// The exit of an older session of the bot with the same address, as
// ejabberd sends it to a bot restarted before the old session was let go.
const QByteArray GhostLeave
    = QByteArrayLiteral("<presence type='unavailable' from='room@conference.localhost/bot'><x "
                        "xmlns='http://jabber.org/protocol/muc#user'><item affiliation='none' role='none'/>"
                        "<status code='110'/></x></presence>");

// Has server answer every join after it sent stanzas, as if they had been
// waiting for the bot.
void answerJoinsAfter(FakeXmppServer &server, const QByteArray &stanzas)
{
    server.onStanza = [stanzas](FakeXmppServer &s, const XmlElement &stanza) {
        if (isJoin(stanza))
            s.send(stanzas);
        answerJoins(s, stanza);
    };
}

// Logs backend in with room@conference.localhost to join: the room once
// joined, else null.
Room *joinedRoom(XmppBackend &backend, const FakeXmppServer &server)
{
    backend.connectToService(
        settings(server.port(), {{QStringLiteral("rooms"), QStringLiteral("room@conference.localhost")}}));
    Room *room = nullptr;
    const bool joined = QTest::qWaitFor(
        [&] { return (room = backend.room(QStringLiteral("room@conference.localhost"))) && room->isJoined(); }, 5000);
    return joined ? room : nullptr;
}

bool receivedGroupMessage(const FakeXmppServer &server, const QString &body)
{
    for (const XmlElement &element : server.received()) {
        if (element.name() == QLatin1String("message")
            && element.attribute(QStringLiteral("type")) == QLatin1String("groupchat")
            && element.childText(QStringLiteral("body")) == body)
            return true;
    }
    return false;
}

} // namespace

class TestXmppSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamErrorInPlainWords()
    {
        FakeXmppServer server(QStringLiteral("pw"));
        server.onHeader = [](FakeXmppServer &s) {
            s.sendHeader();
            s.send(QByteArrayLiteral("<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/>"
                                     "</stream:error></stream:stream>"));
        };
        XmppBackend backend;
        QSignalSpy errors(&backend, &Backend::errorOccurred);
        backend.connectToService(settings(server.port()));
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), Backend::State::Failed, 5000);
        QVERIFY2(errors.last().first().toString().contains(QStringLiteral("does not serve this domain")),
                 qPrintable(errors.last().first().toString()));
    }

    // README, "Reconnecting": only a refused login is final; a server that
    // is not ready for the bot is tried again.
    void linkFailuresAreRetried_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("errorContains");
        const QByteArray header = "<?xml version='1.0'?><stream:stream xmlns='jabber:client' "
                                  "xmlns:stream='http://etherx.jabber.org/streams' from='localhost' id='fake' ";
        QTest::newRow("see-other-host") << header
                + "version='1.0'><stream:error><see-other-host xmlns='urn:ietf:params:xml:ns:xmpp-streams'>"
                  "xmpp.example</see-other-host></stream:error></stream:stream>"
                                        << QStringLiteral("another host (xmpp.example)");
        QTest::newRow("old version") << header + "version='0.9'>" << QStringLiteral("older than 1.0");
    }

    void linkFailuresAreRetried()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, errorContains);
        FakeXmppServer server(QStringLiteral("pw"));
        server.onHeader = [reply](FakeXmppServer &s) { s.send(reply); };
        XmppBackend backend;
        backend.setReconnectDelays(std::chrono::milliseconds(50), std::chrono::milliseconds(100));
        QSignalSpy errors(&backend, &Backend::errorOccurred);
        backend.connectToService(settings(server.port()));
        QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 3, 5000);
        QVERIFY(backend.state() != Backend::State::Failed);
        QVERIFY2(errors.last().first().toString().contains(errorContains),
                 qPrintable(errors.last().first().toString()));
    }

    void refusesToLogInWithoutEncryption()
    {
        FakeXmppServer server(QStringLiteral("pw"));
        XmppBackend backend;
        QSignalSpy errors(&backend, &Backend::errorOccurred);
        backend.connectToService(settings(server.port(), {{QStringLiteral("allow-plain"), false}}));
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), Backend::State::Failed, 5000);
        QVERIFY2(errors.last().first().toString().contains(QStringLiteral("does not offer encryption")),
                 qPrintable(errors.last().first().toString()));
        for (const XmlElement &element : server.received())
            QVERIFY(element.name() != QLatin1String("auth"));
    }

    // allow-plain means what its help says: without TLS, the login too,
    // PLAIN included when the server offers nothing better.
    void allowPlainSendsPlainOverPlainConnection()
    {
        FakeXmppServer server(QStringLiteral("pw"));
        server.onHeader = [](FakeXmppServer &s) {
            s.sendHeader();
            s.send(QByteArrayLiteral("<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>"
                                     "<mechanism>PLAIN</mechanism></mechanisms></stream:features>"));
        };
        XmppBackend backend;
        QSignalSpy errors(&backend, &Backend::errorOccurred);
        backend.connectToService(settings(server.port()));
        const auto sentPlain = [&server] {
            for (const XmlElement &element : server.received()) {
                if (element.name() == QLatin1String("auth")
                    && element.attribute(QStringLiteral("mechanism")) == QLatin1String("PLAIN"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(sentPlain(), 5000);
    }

    void scramLoginAgainstScriptedServer()
    {
        FakeXmppServer server(QStringLiteral("pw"));
        XmppBackend backend;
        backend.connectToService(settings(server.port()));
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), Backend::State::Connected, 5000);
        QCOMPARE(backend.boundJid().full(), QStringLiteral("bot@localhost/test"));
    }

    void impostorServerIsRefused()
    {
        // The server does not know the password: its SCRAM signature is wrong.
        FakeXmppServer server(QStringLiteral("not the password"));
        XmppBackend backend;
        QSignalSpy errors(&backend, &Backend::errorOccurred);
        backend.connectToService(settings(server.port()));
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), Backend::State::Failed, 5000);
        QVERIFY(errors.last().first().toString().contains(QStringLiteral("impostor")));
    }

    void hostileXml_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("entity declaration")
            << QByteArray("<!DOCTYPE x [<!ENTITY a 'aaaa'>]>") << QStringLiteral("document type");
        QTest::newRow("deep nesting") << QByteArray("<message>").repeated(200) << QStringLiteral("nested deeper");
        QTest::newRow("garbage") << QByteArray("<message><</message>") << QStringLiteral("malformed");
    }

    void hostileXml()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, errorContains);
        FakeXmppServer server(QStringLiteral("pw"));
        XmppBackend backend;
        backend.setReconnectDelays(std::chrono::milliseconds(50), std::chrono::milliseconds(100));
        QSignalSpy errors(&backend, &Backend::errorOccurred);
        backend.connectToService(settings(server.port()));
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), Backend::State::Connected, 5000);
        server.send(xml);
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 5000);
        QVERIFY2(errors.first().first().toString().contains(errorContains),
                 qPrintable(errors.first().first().toString()));
        // A misbehaving server is a reason to reconnect, not to crash or hang.
        QTRY_COMPARE_WITH_TIMEOUT(server.connections(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), Backend::State::Connected, 5000);
    }

    void selfPingNoticesDropOutAndRejoins()
    {
        FakeXmppServer server(QStringLiteral("pw"));
        bool forgotten = false;
        server.onStanza = [&forgotten](FakeXmppServer &s, const XmlElement &stanza) {
            answerJoins(s, stanza);
            if (stanza.name() == QLatin1String("presence"))
                forgotten = false;
            if (stanza.name() == QLatin1String("iq") && stanza.hasChild(QStringLiteral("ping"))) {
                // The room lost us without telling: it says we are not in it.
                const QString reply = forgotten
                    ? QStringLiteral("<iq type='error' id='%1' from='%2'><error type='modify'><not-acceptable "
                                     "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>")
                    : QStringLiteral("<iq type='result' id='%1' from='%2'/>");
                s.send(
                    reply.arg(stanza.attribute(QStringLiteral("id")), stanza.attribute(QStringLiteral("to"))).toUtf8());
            }
        };
        XmppBackend backend;
        backend.setSelfPingInterval(50);
        backend.connectToService(
            settings(server.port(), {{QStringLiteral("rooms"), QStringLiteral("room@conference.localhost")}}));
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), Backend::State::Connected, 5000);
        Room *room = backend.room(QStringLiteral("room@conference.localhost"));
        QTRY_VERIFY_WITH_TIMEOUT(room->isJoined(), 5000);
        QCOMPARE(room->occupantCount(), 2);

        QSignalSpy joined(room, &Room::joinedChanged);
        QSignalSpy errors(room, &Room::errorOccurred);
        forgotten = true;
        QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, 5000); // out, and in again
        QVERIFY(room->isJoined());
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("dropped out")));
    }

    void technicalRemovalRejoins()
    {
        FakeXmppServer server(QStringLiteral("pw"));
        server.onStanza = [](FakeXmppServer &s, const XmlElement &stanza) { answerJoins(s, stanza); };
        XmppBackend backend;
        Room *room = joinedRoom(backend, server);
        QVERIFY(room);
        QSignalSpy joined(room, &Room::joinedChanged);
        server.send(QByteArrayLiteral("<presence type='unavailable' from='room@conference.localhost/bot'><x "
                                      "xmlns='http://jabber.org/protocol/muc#user'><item role='none'/>"
                                      "<status code='110'/><status code='333'/></x></presence>"));
        QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, 5000);
        QVERIFY(room->isJoined());
    }

    void ghostLeaveBeforeTheJoinIsAnsweredIsIgnored()
    {
        FakeXmppServer server(QStringLiteral("pw"));
        answerJoinsAfter(server, GhostLeave);
        XmppBackend backend;
        Room *room = joinedRoom(backend, server);
        QVERIFY(room);
        QCOMPARE(room->occupantCount(), 2);
        backend.sendText(room->identifier(), QStringLiteral("still here"));
        QTRY_VERIFY_WITH_TIMEOUT(receivedGroupMessage(server, QStringLiteral("still here")), 5000);
        QVERIFY(room->isJoined());
    }

    void ghostLeaveAfterTheJoinIsChecked_data()
    {
        QTest::addColumn<bool>("stillIn");
        QTest::newRow("the room still has us") << true;
        QTest::newRow("the room lost us") << false;
    }

    void ghostLeaveAfterTheJoinIsChecked()
    {
        QFETCH(bool, stillIn);
        FakeXmppServer server(QStringLiteral("pw"));
        int joins = 0;
        int selfPings = 0;
        server.onStanza = [&](FakeXmppServer &s, const XmlElement &stanza) {
            if (isJoin(stanza))
                ++joins;
            answerJoins(s, stanza);
            if (stanza.name() == QLatin1String("iq") && stanza.hasChild(QStringLiteral("ping"))
                && stanza.attribute(QStringLiteral("to")) == QLatin1String("room@conference.localhost/bot")) {
                ++selfPings;
                const QString reply = stillIn
                    ? QStringLiteral("<iq type='result' id='%1' from='%2'/>")
                    : QStringLiteral("<iq type='error' id='%1' from='%2'><error type='modify'><not-acceptable "
                                     "xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>");
                s.send(
                    reply.arg(stanza.attribute(QStringLiteral("id")), stanza.attribute(QStringLiteral("to"))).toUtf8());
            }
        };
        XmppBackend backend;
        Room *room = joinedRoom(backend, server);
        QVERIFY(room);
        QSignalSpy joined(room, &Room::joinedChanged);
        server.send(GhostLeave);
        // The leave is not believed: the room is asked instead.
        QTRY_COMPARE_WITH_TIMEOUT(selfPings, 1, 5000);
        if (stillIn) {
            QVERIFY(room->isJoined());
            QCOMPARE(joined.size(), 0);
            QCOMPARE(joins, 1);
        } else {
            QTRY_COMPARE_WITH_TIMEOUT(joined.size(), 2, 5000); // out, and in again
            QCOMPARE(joins, 2);
        }
        QVERIFY(room->isJoined());
        backend.sendText(room->identifier(), QStringLiteral("still here"));
        QTRY_VERIFY_WITH_TIMEOUT(receivedGroupMessage(server, QStringLiteral("still here")), 5000);
    }

    // The resource that spoke gets the answer; once it has gone, the bare
    // JID, so the server can hand it to another.
    void replyGoesToTheResourceWhileItIsThere()
    {
        FakeXmppServer server(QStringLiteral("pw"));
        XmppBackend backend;
        backend.connectToService(settings(server.port()));
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), Backend::State::Connected, 5000);
        QSignalSpy received(&backend, &Backend::messageReceived);
        server.send(QByteArrayLiteral("<message type='chat' from='alice@localhost/phone' id='m1'>"
                                      "<body>hi</body></message>"));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 5000);
        const Message question = received.first().first().value<Message>();
        const auto lastTo = [&server] {
            for (auto it = server.received().crbegin(); it != server.received().crend(); ++it) {
                if (it->name() == QLatin1String("message"))
                    return it->attribute(QStringLiteral("to"));
            }
            return QString();
        };
        backend.sendMessage(backend.buildReply(question, QStringLiteral("one")));
        QTRY_COMPARE_WITH_TIMEOUT(lastTo(), QStringLiteral("alice@localhost/phone"), 5000);

        QSignalSpy presences(&backend, &Backend::presenceChanged);
        server.send(QByteArrayLiteral("<presence type='unavailable' from='alice@localhost/phone'/>"));
        QVERIFY(presences.wait(5000));
        backend.sendMessage(backend.buildReply(question, QStringLiteral("two")));
        QTRY_COMPARE_WITH_TIMEOUT(lastTo(), QStringLiteral("alice@localhost"), 5000);
    }

    // ejabberd sends a presence from the bare room JID, with its entity
    // capabilities, during the join and later: it is nobody in the room.
    void roomsOwnPresenceIsNoOccupant()
    {
        const QByteArray roomPresence
            = QByteArrayLiteral("<presence from='room@conference.localhost'><c xmlns='http://jabber.org/protocol/caps' "
                                "hash='sha-1' node='http://www.process-one.net/en/ejabberd/' ver='abc='/></presence>");
        FakeXmppServer server(QStringLiteral("pw"));
        answerJoinsAfter(server, roomPresence);
        XmppBackend backend;
        Room *room = joinedRoom(backend, server);
        QVERIFY(room);
        QCOMPARE(room->occupantCount(), 2);
        QVERIFY(!room->hasOccupant(QString()));

        QSignalSpy handled(&backend, &XmppBackend::stanzaReceived);
        QSignalSpy joinedNow(room, &Room::occupantJoined);
        server.send(roomPresence);
        QVERIFY(handled.wait(5000));
        QCOMPARE(joinedNow.size(), 0);
        QCOMPARE(room->occupantCount(), 2);
    }

    void unansweredIqsGetAnError()
    {
        FakeXmppServer server(QStringLiteral("pw"));
        XmppBackend backend;
        backend.setIqTimeout(100);
        backend.connectToService(settings(server.port()));
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), Backend::State::Connected, 5000);
        QString type;
        XmlElement iq(QStringLiteral("iq"), QStringLiteral("jabber:client"));
        iq.setAttribute(QStringLiteral("type"), QStringLiteral("get"));
        backend.sendIq(iq, [&type](const XmlElement &reply) { type = reply.attribute(QStringLiteral("type")); });
        QTRY_COMPARE_WITH_TIMEOUT(type, QStringLiteral("error"), 5000);
    }

    void answersPingsAndUnknownRequests()
    {
        FakeXmppServer server(QStringLiteral("pw"));
        XmppBackend backend;
        backend.connectToService(settings(server.port()));
        QTRY_COMPARE_WITH_TIMEOUT(backend.state(), Backend::State::Connected, 5000);
        server.send(QByteArrayLiteral("<iq type='get' id='p1' from='localhost'><ping xmlns='urn:xmpp:ping'/></iq>"
                                      "<iq type='set' id='u1' from='localhost'><query xmlns='urn:example:x'/></iq>"));
        const auto replyTo = [&server](const QString &id) {
            for (const XmlElement &element : server.received()) {
                if (element.attribute(QStringLiteral("id")) == id)
                    return element.attribute(QStringLiteral("type"));
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(replyTo(QStringLiteral("p1")), QStringLiteral("result"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(replyTo(QStringLiteral("u1")), QStringLiteral("error"), 5000);
    }
};

QTEST_GUILESS_MAIN(TestXmppSession)
#include "tst_xmppsession.moc"
