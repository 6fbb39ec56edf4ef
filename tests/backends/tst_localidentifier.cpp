// LocalBackend::buildIdentifier: what people write, turned into identifiers
// of the local service, connected and not.

#include "localtesthelpers.h"

#include "core/simulationcontrol.h"

#include <QSignalSpy>
#include <QTest>

using namespace Botdeck;
using namespace Botdeck::Local;
using LocalTest::s;

namespace {

void addColumns()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Identifier::Kind>("kind");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("aclAttr");
    QTest::addColumn<QString>("room");
}

void addErrorColumns()
{
    QTest::addColumn<QString>("text");
    // Something the error must mention, so it says what was wrong.
    QTest::addColumn<QString>("mentions");
}

// Wrong however the service stands.
void addAlwaysWrong()
{
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << s("   ") << QString();
    QTest::newRow("@") << s("@") << s("@");
    QTest::newRow("@Alice Smith") << s("@Alice Smith") << s("@Alice Smith");
    QTest::newRow("@ALICE") << s("@ALICE") << s("@ALICE");
    QTest::newRow("#") << s("#") << s("#");
    QTest::newRow("#bad room") << s("#bad room") << s("#bad room");
    QTest::newRow("#lobby/") << s("#lobby/") << QString();
    QTest::newRow("#lobby/no such") << s("#lobby/no such") << s("no such");
    QTest::newRow("#lobby/a/b") << s("#lobby/a/b") << s("a/b");
    QTest::newRow("9lives") << s("9lives") << s("9lives");
    QTest::newRow("a b") << s("a b") << s("a b");
    QTest::newRow("alice@example.org") << s("alice@example.org") << s("alice@example.org");
    QTest::newRow("nick!user@host") << s("nick!user@host") << s("nick!user@host");
}

} // namespace

class TestLocalIdentifier : public QObject
{
    Q_OBJECT

private:
    void check(const Result<Identifier> &result)
    {
        QFETCH(Identifier::Kind, kind);
        QFETCH(QString, person);
        QFETCH(QString, client);
        QFETCH(QString, nick);
        QFETCH(QString, displayName);
        QFETCH(QString, aclAttr);
        QFETCH(QString, room);
        QVERIFY2(result.isOk(), qPrintable(result.error()));
        QVERIFY(result.error().isEmpty());
        const Identifier id = result.value();
        QCOMPARE(id.kind(), kind);
        QCOMPARE(id.person(), person);
        QCOMPARE(id.client(), client);
        QCOMPARE(id.nick(), nick);
        QCOMPARE(id.displayName(), displayName);
        QCOMPARE(id.aclAttr(), aclAttr);
        QCOMPARE(id.room(), room);
    }

    void checkError(const Result<Identifier> &result)
    {
        QFETCH(QString, mentions);
        QVERIFY(!result.isOk());
        QVERIFY(!result);
        QVERIFY(!result.error().trimmed().isEmpty());
        QVERIFY2(result.error().contains(mentions), qPrintable(result.error()));
    }

    std::unique_ptr<LocalBackend> m_connected;

private Q_SLOTS:
    void initTestCase()
    {
        m_connected = LocalTest::connected();
        QVERIFY(m_connected);
    }

    void cleanupTestCase() { m_connected.reset(); }

    void connected_data()
    {
        addColumns();
        const auto alice = [](const char *name, const char *text) {
            QTest::newRow(name) << s(text) << Identifier::Kind::Person << s("@alice") << s("laptop") << s("alice")
                                << s("Alice Ashdown") << s("@alice") << QString();
        };
        alice("@alice", "@alice");
        alice("alice", "alice");
        alice("ALICE", "ALICE");
        alice("Alice", "Alice");
        alice("trimmed @alice", "  @alice  ");
        alice("trimmed nick", "\talice\n");
        QTest::newRow("@heidi") << s("@heidi") << Identifier::Kind::Person << s("@heidi") << s("laptop") << s("heidi")
                                << s("Heidi Hansen") << s("@heidi") << QString();
        QTest::newRow("the bot") << s("botdeck") << Identifier::Kind::Person << s("@botdeck") << s("botdeck")
                                 << s("botdeck") << s("Botdeck") << s("@botdeck") << QString();
        QTest::newRow("#lobby") << s("#lobby") << Identifier::Kind::Room << QString() << QString() << QString()
                                << QString() << QString() << s("#lobby");
        QTest::newRow("#LOBBY") << s("#LOBBY") << Identifier::Kind::Room << QString() << QString() << QString()
                                << QString() << QString() << s("#lobby");
        QTest::newRow("#vault, not joined") << s("#vault") << Identifier::Kind::Room << QString() << QString()
                                            << QString() << QString() << QString() << s("#vault");
        QTest::newRow("#new, to be created") << s("#new") << Identifier::Kind::Room << QString() << QString()
                                             << QString() << QString() << QString() << s("#new");
        QTest::newRow("#lobby/alice") << s("#lobby/alice") << Identifier::Kind::Occupant << s("@alice") << s("laptop")
                                      << s("alice") << s("Alice Ashdown") << s("@alice") << s("#lobby");
        QTest::newRow("#Lobby/ALICE") << s("#Lobby/ALICE") << Identifier::Kind::Occupant << s("@alice") << s("laptop")
                                      << s("alice") << s("Alice Ashdown") << s("@alice") << s("#lobby");
        QTest::newRow("#vault/grace, not joined")
            << s("#vault/grace") << Identifier::Kind::Occupant << s("@grace") << s("desktop") << s("grace")
            << s("Grace Gupta") << s("@grace") << s("#vault");
        QTest::newRow("trimmed occupant") << s(" #dev/dave ") << Identifier::Kind::Occupant << s("@dave") << s("tablet")
                                          << s("dave") << s("Dave Dalton") << s("@dave") << s("#dev");
    }

    void connected()
    {
        QFETCH(QString, text);
        QVERIFY(m_connected->isConnected());
        check(m_connected->buildIdentifier(text));
    }

    void disconnected_data()
    {
        addColumns();
        const auto row
            = [](const char *text, Identifier::Kind kind, const char *person, const char *nick, const char *room) {
                  QTest::newRow(text) << s(text) << kind << s(person) << QString() << s(nick) << QString() << s(person)
                                      << s(room);
              };
        row("@alice", Identifier::Kind::Person, "@alice", "alice", "");
        row("alice", Identifier::Kind::Person, "@alice", "alice", "");
        row("ALICE", Identifier::Kind::Person, "@alice", "ALICE", "");
        row("  @alice  ", Identifier::Kind::Person, "@alice", "alice", "");
        row("#lobby", Identifier::Kind::Room, "", "", "#lobby");
        row("#lobby/alice", Identifier::Kind::Occupant, "@alice", "alice", "#lobby");
        // Nobody can say yet who is where.
        row("#lobby/zed", Identifier::Kind::Occupant, "@zed", "zed", "#lobby");
        row("@zed", Identifier::Kind::Person, "@zed", "zed", "");
        row("#nosuchroom/alice", Identifier::Kind::Occupant, "@alice", "alice", "#nosuchroom");
        // Nick characters that accounts cannot have are left out, as the
        // service does for a new user, so the account is one that parses
        // (found by fuzz_identifiers).
        row("Ad[min]", Identifier::Kind::Person, "@admin", "Ad[min]", "");
        row("#dev/x|away", Identifier::Kind::Occupant, "@xaway", "x|away", "#dev");
    }

    void disconnected()
    {
        QFETCH(QString, text);
        auto backend = LocalTest::create();
        QVERIFY(backend);
        QCOMPARE(backend->state(), Backend::State::Disconnected);
        check(backend->buildIdentifier(text));
    }

    void connectedErrors_data()
    {
        addErrorColumns();
        addAlwaysWrong();
        QTest::newRow("#lobby/zed") << s("#lobby/zed") << s("zed");
        QTest::newRow("#lobby/grace, elsewhere") << s("#lobby/grace") << s("grace");
        QTest::newRow("@zed") << s("@zed") << s("@zed");
        QTest::newRow("zed") << s("zed") << s("zed");
        QTest::newRow("#nosuchroom/alice") << s("#nosuchroom/alice") << s("#nosuchroom");
    }

    void connectedErrors()
    {
        QFETCH(QString, text);
        QVERIFY(m_connected->isConnected());
        checkError(m_connected->buildIdentifier(text));
    }

    void disconnectedErrors_data()
    {
        addErrorColumns();
        addAlwaysWrong();
    }

    void disconnectedErrors()
    {
        QFETCH(QString, text);
        auto backend = LocalTest::create();
        QVERIFY(backend);
        checkError(backend->buildIdentifier(text));
    }

    void identifiersMatchWhatArrives()
    {
        // What buildIdentifier gives is what the bot sees in messages and
        // rooms, so it can be compared and used as a hash key.
        auto *simulation = qobject_cast<SimulationControl *>(m_connected.get());
        QVERIFY(simulation);
        Room *lobby = m_connected->room(s("#lobby"));
        QVERIFY(lobby && lobby->isJoined());
        QSignalSpy received(m_connected.get(), &Backend::messageReceived);
        QVERIFY(simulation->speakAs(s("alice"), m_connected->buildIdentifier(s("#lobby")).value(), s("hi")));
        QVERIFY(simulation->speakAs(s("alice"), m_connected->botIdentifier(), s("psst")));
        QTRY_COMPARE(received.count(), 2);
        const Message inRoom = received.at(0).at(0).value<Message>();
        const Message direct = received.at(1).at(0).value<Message>();
        QCOMPARE(inRoom.to(), m_connected->buildIdentifier(s("#LOBBY")).value());
        QCOMPARE(inRoom.from(), m_connected->buildIdentifier(s("#lobby/alice")).value());
        QCOMPARE(inRoom.from(), lobby->occupant(s("alice")));
        QCOMPARE(inRoom.from().toPerson(), m_connected->buildIdentifier(s("@alice")).value());
        QCOMPARE(direct.from(), m_connected->buildIdentifier(s("alice")).value());
        QCOMPARE(qHash(direct.from()), qHash(m_connected->buildIdentifier(s("ALICE")).value()));
        QCOMPARE(m_connected->buildIdentifier(s("botdeck")).value(), m_connected->botIdentifier());

        // An identifier built while disconnected reaches the same person
        // once connected.
        auto offline = LocalTest::create();
        QVERIFY(offline);
        const Identifier early = offline->buildIdentifier(s("@bob")).value();
        const BackendSettings settings = LocalTest::settings({{s("rooms"), s("#random")}});
        offline->connectToService(settings);
        QVERIFY(LocalTest::waitUntilReady(*offline, settings));
        QSignalSpy sent(offline.get(), &Backend::messageSent);
        offline->sendText(early, s("hello bob"));
        QVERIFY(sent.wait());
        QCOMPARE(sent.at(0).at(0).value<Message>().to().person(), s("@bob"));
        QCOMPARE(sent.at(0).at(0).value<Message>().to().displayName(), s("Bob Brennan"));
    }
};

QTEST_GUILESS_MAIN(TestLocalIdentifier)
#include "tst_localidentifier.moc"
