// IrcBackend against a hostile server at socket level: lines with no end,
// NUL bytes, broken UTF-8, bursts, a NAMES reply that never ends, bytes
// dripped one at a time, a certificate for another host. Each case ends in a
// clear error or is handled, within a time limit and with memory bounded.
#include "hostileserver.h"

#include "backends/irc/ircbackend.h"
#include "backends/irc/ircpendingreplies.h"
#include "backends/irc/ircroom.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <memory>

using namespace Botdeck;
using namespace Botdeck::Irc;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// A bot on its way to a hostile server that, unless the test rewrites its
// script before the event loop runs, welcomes it once it has said who it
// is and lets it into any channel it asks for, alone.
struct Session
{
    explicit Session(QVariantMap fields = {})
    {
        server.onLine = [](HostileServer &s, const QByteArray &line) {
            if (line.startsWith("USER "))
                s.send(":hostile.test 001 bot :Welcome\r\n"
                       ":hostile.test 005 bot CHANTYPES=# PREFIX=(ov)@+ :are supported\r\n");
            else if (line.startsWith("JOIN "))
                s.send(":bot!u@h JOIN " + line.mid(5) + "\r\n:hostile.test 353 bot = " + line.mid(5)
                       + " :@bot\r\n:hostile.test 366 bot " + line.mid(5) + " :End of NAMES\r\n");
        };
        fields.insert(QStringLiteral("host"), QStringLiteral("127.0.0.1"));
        fields.insert(QStringLiteral("port"), server.port());
        fields.insert(QStringLiteral("nick"), QStringLiteral("bot"));
        bot.connectToService(checkedSettings(IrcBackend::descriptor(), fields));
    }

    bool isInRoom(const QString &channel) const
    {
        return QTest::qWaitFor([&] { return bot.room(channel) && bot.room(channel)->isJoined(); }, 5000);
    }

    HostileServer server;
    IrcBackend bot;
    BackendSpies spies{&bot};
};

} // namespace

class TestIrcHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void megabyteLineIsDropped();
    void endlessLineDisconnects();
    void unfinishedLineThenSilence();
    void nulBytesDropTheLine();
    void invalidUtf8ReadAsLatin1();
    void tenThousandJoins();
    void crowdOfStrangers();
    void namesReplyThatNeverEnds();
    void slowlorisValidLines();
    void slowlorisLineThatNeverEnds();
    void slowlorisRegistration();
    void certificateForAnotherHost();
    void trustedCertificateForAnotherHost();
};

void TestIrcHostileServer::megabyteLineIsDropped()
{
    Session session;
    QTRY_VERIFY_WITH_TIMEOUT(session.bot.isConnected(), 5000);
    const CostWatch cost;
    session.server.send(QByteArray(MiB, 'x') + "\r\n:alice!a@host PRIVMSG bot :after the flood\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(session.spies.messages.count(), 1, 5000);
    QCOMPARE(session.spies.bodies(), QStringList{QStringLiteral("after the flood")});
    QVERIFY(session.bot.isConnected());
    QVERIFY2(session.spies.errorText().contains(QStringLiteral("longer than 8703 bytes")),
             qPrintable(session.spies.errorText()));
    QVERIFY2(cost.peakBelow(64 * MiB), qPrintable(cost.summary()));
}

void TestIrcHostileServer::endlessLineDisconnects()
{
    Session session;
    QTRY_VERIFY_WITH_TIMEOUT(session.bot.isConnected(), 5000);
    const CostWatch cost;
    session.server.flood(HostileServer::repeating(QByteArray(64 * 1024, 'x'), 100 * MiB));
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Reconnecting, 15000);
    QVERIFY2(session.spies.errorText().contains(QStringLiteral("more than 4 MiB without a line end")),
             qPrintable(session.spies.errorText()));
    // The bot stopped reading long before the 100 MiB were out.
    QVERIFY2(session.server.floodedBytes() < 16 * MiB, qPrintable(QString::number(session.server.floodedBytes())));
    QVERIFY2(cost.peakBelow(64 * MiB), qPrintable(cost.summary()));
    qInfo("gave up after %lld bytes: %s", session.server.floodedBytes(), qPrintable(cost.summary()));
}

void TestIrcHostileServer::unfinishedLineThenSilence()
{
    // Half a line before registration, then nothing: not a hang, a ping
    // timeout.
    Session session({{QStringLiteral("ping-interval"), 1}});
    session.server.onLine = nullptr;
    session.server.onConnected = [](HostileServer &s) { s.send(":hostile.test NOTICE * :*** Looking up your"); };
    const CostWatch cost;
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Reconnecting, 6000);
    QVERIFY2(session.spies.errorText().contains(QStringLiteral("ping timeout")), qPrintable(session.spies.errorText()));
    QVERIFY2(cost.elapsedMs() < 5000, qPrintable(cost.summary()));
}

void TestIrcHostileServer::nulBytesDropTheLine()
{
    Session session;
    QTRY_VERIFY_WITH_TIMEOUT(session.bot.isConnected(), 5000);
    session.server.send(QByteArrayLiteral(":alice!a@host PRIVMSG bot :hidden\0text\r\n"
                                          ":alice!a@host PRIVMSG bot :\0\r\n"
                                          ":alice!a@host PRIVMSG bot :clean\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(session.spies.messages.count(), 1, 5000);
    QCOMPARE(session.spies.bodies(), QStringList{QStringLiteral("clean")});
    QVERIFY(session.bot.isConnected());
    QCOMPARE(session.spies.errorText().count(QStringLiteral("line contains a NUL byte")), 2);
}

void TestIrcHostileServer::invalidUtf8ReadAsLatin1()
{
    Session session;
    QTRY_VERIFY_WITH_TIMEOUT(session.bot.isConnected(), 5000);
    // A latin-1 client, a truncated sequence, a lone continuation byte and
    // an overlong '/': each line read whole as latin-1, never dropped.
    session.server.send(QByteArrayLiteral(":alice!a@host PRIVMSG bot :caf\xe9\r\n"
                                          ":alice!a@host PRIVMSG bot :cut \xe2\x82\r\n"
                                          ":alice!a@host PRIVMSG bot :\x80\xc0\xaf\r\n"
                                          ":alice!a@host PRIVMSG bot :still fine \xe2\x82\xac\r\n"));
    QTRY_COMPARE_WITH_TIMEOUT(session.spies.messages.count(), 4, 5000);
    QCOMPARE(session.spies.bodies(),
             (QStringList{QStringLiteral("caf\u00e9"), QStringLiteral("cut \u00e2\u0082"),
                          QStringLiteral("\u0080\u00c0\u00af"), QStringLiteral("still fine \u20ac")}));
    QVERIFY(session.bot.isConnected());
}

void TestIrcHostileServer::tenThousandJoins()
{
    Session session({{QStringLiteral("rooms"), QStringLiteral("#big")}});
    QVERIFY(session.isInRoom(QStringLiteral("#big")));
    Room *room = session.bot.room(QStringLiteral("#big"));
    QByteArray burst;
    for (int i = 0; i < 10000; ++i) {
        const QByteArray n = QByteArray::number(i);
        burst += ":user" + n + "!u" + n + "@host" + n + " JOIN #big\r\n";
    }
    const CostWatch cost;
    session.server.send(burst);
    QTRY_COMPARE_WITH_TIMEOUT(room->occupantCount(), 10001, 5000);
    QVERIFY2(cost.elapsedMs() < 5000, qPrintable(cost.summary()));
    QCOMPARE(room->occupants().size(), 10001);
    QCOMPARE(room->occupant(QStringLiteral("user9999")).person(), QStringLiteral("user9999!u9999@host9999"));
    QVERIFY(session.bot.isConnected());
    qInfo("10 000 joins applied: %s", qPrintable(cost.summary()));
}

void TestIrcHostileServer::crowdOfStrangers()
{
    // 10 000 people message the bot once each, and 2 000 come through a
    // channel and go: months on a public network in a burst. The bot hears
    // everyone and remembers only those it still shares a room with.
    Session session({{QStringLiteral("rooms"), QStringLiteral("#door")}});
    QVERIFY(session.isInRoom(QStringLiteral("#door")));
    QByteArray burst;
    for (int i = 0; i < 10000; ++i) {
        const QByteArray n = QByteArray::number(i);
        burst += "@account=acct" + n + " :stranger" + n + "!s" + n + "@host" + n + " PRIVMSG bot :hello " + n + "\r\n";
    }
    for (int i = 0; i < 2000; ++i) {
        const QByteArray who = ":passer" + QByteArray::number(i) + "!p@host";
        burst += who + " JOIN #door\r\n" + who + " PRIVMSG #door :hi\r\n";
        burst += i % 2 ? who + " PART #door\r\n" : ":op!o@host KICK #door passer" + QByteArray::number(i) + "\r\n";
    }
    burst += ":stays!s@host JOIN #door\r\n";
    session.server.send(burst);
    QTRY_COMPARE_WITH_TIMEOUT(session.spies.messages.count(), 12000, 10000);
    // What each message said of its sender was kept in the message.
    const Message first = session.spies.messages.first().first().value<Message>();
    QCOMPARE(first.from().person(), QStringLiteral("stranger0!s0@host0"));
    QCOMPARE(first.from().extras().value(Extras::Account).toString(), QStringLiteral("acct0"));
    QTRY_VERIFY_WITH_TIMEOUT(session.bot.room(QStringLiteral("#door"))->hasOccupant(QStringLiteral("stays")), 5000);
    // The bot, and the one who stayed in the room.
    QVERIFY2(session.bot.knownPeople() <= 2, qPrintable(QString::number(session.bot.knownPeople())));
}

void TestIrcHostileServer::namesReplyThatNeverEnds()
{
    Session session({{QStringLiteral("rooms"), QStringLiteral("#big")}});
    QVERIFY(session.isInRoom(QStringLiteral("#big")));
    Room *room = session.bot.room(QStringLiteral("#big"));
    const CostWatch cost;
    // 353 after 353, twenty new people each, and never a 366.
    session.server.flood([serial = 0]() mutable {
        QByteArray lines;
        for (int line = 0; line < 100; ++line) {
            lines += ":hostile.test 353 bot = #big :";
            for (int i = 0; i < 20; ++i)
                lines += " +n" + QByteArray::number(serial++);
            lines += "\r\n";
        }
        return lines;
    });
    QTRY_VERIFY_WITH_TIMEOUT(session.spies.errorText().contains(QStringLiteral("listed more than 50000 people")),
                             15000);
    session.server.stopSending();
    const QString costOfFlood = cost.summary();
    // Each listed person costs about 1.2 KiB (identifier, extras, known
    // user): the cap, not the flood, sets the bound.
    QVERIFY2(cost.peakBelow(96 * MiB), qPrintable(costOfFlood));
    // Still in step: what comes after the flood is read.
    session.server.send(":alice!a@host PRIVMSG bot :still listening\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(session.spies.messages.count(), 1, 10000);
    QVERIFY(session.bot.isConnected());
    QCOMPARE(session.spies.errorText().count(QStringLiteral("listed more than")), 1);
    // The end of the list, at last: the capped list is applied.
    session.server.send(":hostile.test 366 bot #big :End of NAMES\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(room->occupantCount(), int(IrcPendingReplies::MaxNames), 5000);
    qInfo("capped after %lld bytes of NAMES: %s", session.server.floodedBytes(), qPrintable(costOfFlood));
}

void TestIrcHostileServer::slowlorisValidLines()
{
    Session session;
    QTRY_VERIFY_WITH_TIMEOUT(session.bot.isConnected(), 5000);
    // Every line arrives as it completes, while more bytes still trickle.
    session.server.drip(":a!b@c PRIVMSG bot :one\r\n:a!b@c PRIVMSG bot :two\r\n", 50);
    QTRY_COMPARE_WITH_TIMEOUT(session.spies.messages.count(), 1, 5000);
    QVERIFY(session.server.drippedBytes() < 50);
    QTRY_COMPARE_WITH_TIMEOUT(session.spies.messages.count(), 2, 5000);
    QCOMPARE(session.spies.bodies(), (QStringList{QStringLiteral("one"), QStringLiteral("two")}));
    QVERIFY(session.bot.isConnected());
}

void TestIrcHostileServer::slowlorisLineThatNeverEnds()
{
    // Bytes keep coming but never make a line: the link counts as silent.
    Session session({{QStringLiteral("ping-interval"), 1}});
    QTRY_VERIFY_WITH_TIMEOUT(session.bot.isConnected(), 5000);
    const CostWatch cost;
    session.server.drip("x", 50, true);
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Reconnecting, 6000);
    QVERIFY2(session.spies.errorText().contains(QStringLiteral("ping timeout")), qPrintable(session.spies.errorText()));
    QVERIFY2(cost.elapsedMs() < 5000, qPrintable(cost.summary()));
}

void TestIrcHostileServer::slowlorisRegistration()
{
    // Whole lines, but never a welcome: the registration time limit.
    Session session;
    session.server.onLine = nullptr;
    session.server.onConnected
        = [](HostileServer &s) { s.drip(":hostile.test NOTICE * :*** Checking ident\r\n", 20, true); };
    // In time: the limit starts once the connection is up, in the event loop.
    session.bot.setRegistrationTimeout(2000);
    const CostWatch cost;
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Reconnecting, 6000);
    QVERIFY2(session.spies.errorText().contains(QStringLiteral("did not complete the login within 2 s")),
             qPrintable(session.spies.errorText()));
    QVERIFY2(cost.elapsedMs() < 4000, qPrintable(cost.summary()));
    QVERIFY(session.server.drippedBytes() > 40); // lines did come, just never the one that matters
}

void TestIrcHostileServer::certificateForAnotherHost()
{
    const TestCertificate certificate = TestCertificate::make(QStringLiteral("evil.example"));
    if (!certificate.error.isEmpty())
        QSKIP(qPrintable(certificate.error));
    Session session({{QStringLiteral("tls"), true}});
    session.server.setCertificate(certificate, true);
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Reconnecting, 5000);
    const QString text = session.spies.errorText();
    QVERIFY2(text.contains(QStringLiteral("certificate cannot be trusted")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("for the host name evil.example, not 127.0.0.1")), qPrintable(text));
    QVERIFY(!session.server.received().contains("NICK")); // nothing was said over it
}

void TestIrcHostileServer::trustedCertificateForAnotherHost()
{
    // A certificate the system trusts, but issued to another name: refused
    // for the name alone.
    const TestCertificate certificate = TestCertificate::make(QStringLiteral("evil.example"));
    if (!certificate.error.isEmpty())
        QSKIP(qPrintable(certificate.error));
    const QSslConfiguration original = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = original;
    trusting.addCaCertificate(certificate.certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    const auto restore = qScopeGuard([&original] { QSslConfiguration::setDefaultConfiguration(original); });
    Session session({{QStringLiteral("tls"), true}});
    session.server.setCertificate(certificate, true);
    QTRY_COMPARE_WITH_TIMEOUT(session.bot.state(), Backend::State::Reconnecting, 5000);
    const QString text = session.spies.errorText();
    QVERIFY2(text.contains(QStringLiteral("certificate cannot be trusted: the certificate is for the host name "
                                          "evil.example, not 127.0.0.1 (")),
             qPrintable(text));
    QVERIFY(!session.server.received().contains("NICK"));
}

QTEST_GUILESS_MAIN(TestIrcHostileServer)
#include "tst_irchostileserver.moc"
