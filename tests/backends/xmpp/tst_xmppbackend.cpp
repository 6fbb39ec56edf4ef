// The XMPP backend without a server: its login fields, the settings it
// refuses with clear words, and how it reads identifiers people write.
#include "backends/xmpp/xmppbackend.h"
#include "backends/xmpp/xmpproom.h"

#include "core/backendregistry.h"

#include <QSignalSpy>
#include <QTest>

using namespace Botdeck;
using namespace Botdeck::Xmpp;

namespace {

BackendSettings settings(const QVariantMap &given)
{
    BackendRegistry registry;
    registry.add(XmppBackend::descriptor());
    const auto checked = registry.settings(QStringLiteral("xmpp"), given);
    if (!checked)
        qFatal("%s", qPrintable(checked.error()));
    return checked.value();
}

} // namespace

class TestXmppBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void descriptor()
    {
        const BackendDescriptor d = XmppBackend::descriptor();
        QCOMPARE(d.name, QStringLiteral("xmpp"));
        QStringList keys;
        for (const LoginField &field : d.fields)
            keys.append(field.key);
        for (const QString &key : {QStringLiteral("jid"), QStringLiteral("password"), QStringLiteral("host"),
                                   QStringLiteral("port"), QStringLiteral("transport"), QStringLiteral("allow-plain"),
                                   QStringLiteral("verify-certificate"), QStringLiteral("trusted-fingerprint"),
                                   QStringLiteral("resource"), QStringLiteral("nick"), QStringLiteral("rooms")})
            QVERIFY2(keys.contains(key), qPrintable(key));
        QVERIFY(d.field(QStringLiteral("password"))->isSecret());
        QVERIFY(d.field(QStringLiteral("jid"))->required);
        // Not required by the form: the application may take it from a file
        // or BOTDECK_PASSWORD, and says so when there is none.
        QVERIFY(!d.field(QStringLiteral("password"))->required);
        QCOMPARE(d.field(QStringLiteral("transport"))->choices,
                 (QStringList{QStringLiteral("tcp"), QStringLiteral("websocket")}));
        QCOMPARE(d.field(QStringLiteral("allow-plain"))->defaultValue.toBool(), false);
        QCOMPARE(d.field(QStringLiteral("verify-certificate"))->defaultValue.toBool(), true);
        std::unique_ptr<Backend> backend(d.create(nullptr));
        QCOMPARE(backend->name(), QStringLiteral("xmpp"));
    }

    void refusedSettings_data()
    {
        QTest::addColumn<QVariantMap>("given");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("bad jid") << QVariantMap{{QStringLiteral("jid"), QStringLiteral("a b@example.org")},
                                                {QStringLiteral("password"), QStringLiteral("x")}}
                                 << QStringLiteral("spaces");
        QTest::newRow("no user") << QVariantMap{{QStringLiteral("jid"), QStringLiteral("example.org")},
                                                {QStringLiteral("password"), QStringLiteral("x")}}
                                 << QStringLiteral("no user name");
        QTest::newRow("no password") << QVariantMap{{QStringLiteral("jid"), QStringLiteral("bot@example.org")}}
                                     << QStringLiteral("BOTDECK_PASSWORD");
        QTest::newRow("bad room") << QVariantMap{{QStringLiteral("jid"), QStringLiteral("bot@example.org")},
                                                 {QStringLiteral("password"), QStringLiteral("x")},
                                                 {QStringLiteral("rooms"),
                                                  QStringLiteral("ok@conference.example.org,#irc")}}
                                  << QStringLiteral("#irc");
    }

    void refusedSettings()
    {
        QFETCH(QVariantMap, given);
        QFETCH(QString, errorContains);
        qunsetenv("BOTDECK_PASSWORD");
        XmppBackend backend;
        QSignalSpy errors(&backend, &Backend::errorOccurred);
        backend.connectToService(settings(given));
        QCOMPARE(backend.state(), Backend::State::Failed);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(errorContains),
                 qPrintable(errors.first().first().toString()));
    }

    void webSocketIsSecureUnlessAllowedPlain()
    {
        XmppBackend backend;
        backend.connectToService(settings({{QStringLiteral("jid"), QStringLiteral("bot@localhost")},
                                           {QStringLiteral("password"), QStringLiteral("x")},
                                           {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                           {QStringLiteral("transport"), QStringLiteral("websocket")}}));
        QVERIFY2(backend.serviceName().contains(QStringLiteral("wss://127.0.0.1:5281/xmpp-websocket")),
                 qPrintable(backend.serviceName()));
        backend.disconnectFromService();
        backend.connectToService(settings({{QStringLiteral("jid"), QStringLiteral("bot@localhost")},
                                           {QStringLiteral("password"), QStringLiteral("x")},
                                           {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                                           {QStringLiteral("transport"), QStringLiteral("websocket")},
                                           {QStringLiteral("allow-plain"), true}}));
        QVERIFY2(backend.serviceName().contains(QStringLiteral("ws://127.0.0.1:5280")),
                 qPrintable(backend.serviceName()));
        backend.disconnectFromService();
        QCOMPARE(backend.state(), Backend::State::Disconnected);
    }

    void identifiers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("person");
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("nick");
        QTest::addColumn<QString>("room");
        using K = Identifier::Kind;
        QTest::newRow("bare person") << "alice@example.org" << int(K::Person) << "alice@example.org"
                                     << ""
                                     << "alice"
                                     << "";
        QTest::newRow("full person") << "Alice@Example.org/phone" << int(K::Person) << "alice@example.org"
                                     << "phone"
                                     << "alice"
                                     << "";
        QTest::newRow("xmpp uri") << "xmpp:alice@example.org" << int(K::Person) << "alice@example.org"
                                  << ""
                                  << "alice"
                                  << "";
        QTest::newRow("room") << "dev@conference.example.org" << int(K::Room) << ""
                              << ""
                              << ""
                              << "dev@conference.example.org";
        QTest::newRow("occupant") << "dev@conference.example.org/bob" << int(K::Occupant)
                                  << "dev@conference.example.org/bob"
                                  << "bob"
                                  << "bob"
                                  << "dev@conference.example.org";
        QTest::newRow("known room on any domain") << "team@rooms2.example.org" << int(K::Room) << ""
                                                  << ""
                                                  << ""
                                                  << "team@rooms2.example.org";
    }

    void identifiers()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, person);
        QFETCH(QString, client);
        QFETCH(QString, nick);
        QFETCH(QString, room);
        XmppBackend backend;
        QVERIFY(backend.queryRoom(QStringLiteral("team@rooms2.example.org")).isOk());
        const auto built = backend.buildIdentifier(text);
        QVERIFY2(built.isOk(), qPrintable(built.error()));
        const Identifier id = built.value();
        QCOMPARE(int(id.kind()), kind);
        if (!person.isEmpty())
            QCOMPARE(id.person(), person);
        QCOMPARE(id.client(), client);
        if (!nick.isEmpty())
            QCOMPARE(id.nick(), nick);
        QCOMPARE(id.room(), room);
        if (id.isOccupant())
            QVERIFY(!id.canContactPrivately());
        if (id.isPerson())
            QCOMPARE(id.aclAttr(), person);
    }

    void badIdentifiers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("empty") << "  "
                               << "empty";
        QTest::newRow("server only") << "example.org"
                                     << "a server";
        QTest::newRow("bad local") << "a<b@example.org"
                                   << "<";
        QTest::newRow("no domain") << "alice@"
                                   << "domain";
        QTest::newRow("hint") << "@x"
                              << "alice@example.org";
    }

    void badIdentifiers()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorContains);
        XmppBackend backend;
        const auto built = backend.buildIdentifier(text);
        QVERIFY(!built.isOk());
        QVERIFY2(built.error().contains(errorContains), qPrintable(built.error()));
    }

    void rooms()
    {
        XmppBackend backend;
        QVERIFY(!backend.queryRoom(QStringLiteral("#irc")).isOk());
        QVERIFY(!backend.queryRoom(QStringLiteral("room@conference.example.org/nick")).isOk());
        QVERIFY(!backend.queryRoom(QStringLiteral("conference.example.org")).isOk());
        const auto room = backend.queryRoom(QStringLiteral("Dev@Conference.Example.org"));
        QVERIFY(room.isOk());
        QCOMPARE(room.value()->id(), QStringLiteral("dev@conference.example.org"));
        QCOMPARE(backend.queryRoom(QStringLiteral("dev@conference.example.org")).value(), room.value());
        QVERIFY(qobject_cast<XmppRoom *>(room.value()));
        // Joining while disconnected is remembered, not sent.
        room.value()->join();
        QVERIFY(!room.value()->isJoined());
        QVERIFY(qobject_cast<XmppRoom *>(room.value())->wantsToBeJoined());
    }

    void sendingWhileDisconnectedIsAnError()
    {
        XmppBackend backend;
        QSignalSpy errors(&backend, &Backend::errorOccurred);
        backend.sendText(Identifier::makePerson(QStringLiteral("alice@example.org"), QStringLiteral("alice")),
                         QStringLiteral("hi"));
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("not connected"), Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(TestXmppBackend)
#include "tst_xmppbackend.moc"
