// buildIdentifier for IRC and the mapping of people onto identifiers.
#include "backends/irc/ircbackend.h"
#include "backends/irc/irccodec.h"
#include "backends/irc/ircidentifiers.h"
#include "backends/irc/ircredaction.h"
#include "core/backendregistry.h"

#include <QTest>

using namespace Botdeck;
using namespace Botdeck::Irc;

class TestIrcIdentifiers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void personMapping();
    void occupantRanks();
    void redaction_data();
    void redaction();
    void descriptor();
};

void TestIrcIdentifiers::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("room");
    QTest::addColumn<QString>("client");
    QTest::newRow("nick") << QStringLiteral("alice") << int(Identifier::Kind::Person) << QStringLiteral("alice")
                          << QStringLiteral("alice") << QString() << QString();
    QTest::newRow("special nick") << QStringLiteral("[bot]`_") << int(Identifier::Kind::Person)
                                  << QStringLiteral("[bot]`_") << QStringLiteral("[bot]`_") << QString() << QString();
    QTest::newRow("hostmask") << QStringLiteral("alice!~al@example.org") << int(Identifier::Kind::Person)
                              << QStringLiteral("alice!~al@example.org") << QStringLiteral("alice") << QString()
                              << QStringLiteral("~al@example.org");
    QTest::newRow("channel") << QStringLiteral("#botdeck") << int(Identifier::Kind::Room) << QString() << QString()
                             << QStringLiteral("#botdeck") << QString();
    QTest::newRow("occupant") << QStringLiteral("#botdeck/alice") << int(Identifier::Kind::Occupant)
                              << QStringLiteral("alice") << QStringLiteral("alice") << QStringLiteral("#botdeck")
                              << QString();
    QTest::newRow("spaces trimmed") << QStringLiteral("  bob ") << int(Identifier::Kind::Person)
                                    << QStringLiteral("bob") << QStringLiteral("bob") << QString() << QString();
}

void TestIrcIdentifiers::parse()
{
    QFETCH(QString, text);
    const Result<Identifier> id = IrcIdentifiers::parse(text, IrcIsupport());
    QVERIFY2(id.isOk(), qPrintable(id.error()));
    QTEST(int(id.value().kind()), "kind");
    if (!id.value().isRoom()) {
        QTEST(id.value().person(), "person");
        QTEST(id.value().nick(), "nick");
        QTEST(id.value().client(), "client");
        QCOMPARE(id.value().aclAttr(), id.value().person());
    }
    QTEST(id.value().room(), "room");
}

void TestIrcIdentifiers::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QString() << QStringLiteral("cannot be empty");
    QTest::newRow("digit first") << QStringLiteral("1alice") << QStringLiteral("must start with a letter");
    QTest::newRow("bad char") << QStringLiteral("al ice") << QStringLiteral("not allowed");
    QTest::newRow("too long") << QStringLiteral("averyveryverylongnick") << QStringLiteral("longer than the 9");
    QTest::newRow("channel space") << QStringLiteral("#a,b") << QStringLiteral("comma");
    QTest::newRow("bare hash") << QStringLiteral("#") << QStringLiteral("name is missing");
    QTest::newRow("half hostmask") << QStringLiteral("alice!al") << QStringLiteral("nick!user@host");
    QTest::newRow("no user") << QStringLiteral("alice@host") << QStringLiteral("nick!user@host");
    QTest::newRow("bad occupant") << QStringLiteral("#chan/9x") << QStringLiteral("must start with a letter");
    QTest::newRow("empty occupant") << QStringLiteral("#chan/") << QStringLiteral("cannot be empty");
}

void TestIrcIdentifiers::errors()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const Result<Identifier> id = IrcIdentifiers::parse(text, IrcIsupport());
    QVERIFY(!id.isOk());
    QVERIFY2(id.error().contains(reason), qPrintable(id.error()));
}

void TestIrcIdentifiers::personMapping()
{
    IrcUser user{QStringLiteral("alice"),         QStringLiteral("~al"),       QStringLiteral("host.example"),
                 QStringLiteral("Alice Liddell"), QStringLiteral("aliceacct"), true};
    const Identifier id = IrcIdentifiers::person(user);
    QCOMPARE(id.person(), QStringLiteral("alice!~al@host.example"));
    QCOMPARE(id.client(), QStringLiteral("~al@host.example"));
    QCOMPARE(id.nick(), QStringLiteral("alice"));
    QCOMPARE(id.displayName(), QStringLiteral("Alice Liddell"));
    QCOMPARE(id.aclAttr(), QStringLiteral("alice!~al@host.example"));
    QCOMPARE(id.extra(Extras::Account).toString(), QStringLiteral("aliceacct"));
    QCOMPARE(id.extra(Extras::Away).toBool(), true);
    QVERIFY(id.canContactPrivately());
}

void TestIrcIdentifiers::occupantRanks()
{
    IrcIsupport isupport;
    isupport.apply({QStringLiteral("PREFIX=(qaohv)~&@%+")});
    const IrcUser user{QStringLiteral("bob"), QStringLiteral("b"), QStringLiteral("h"), {}, {}, false};
    const Identifier op = IrcIdentifiers::occupant(user, QStringLiteral("#c"), QStringLiteral("+@"), isupport);
    QCOMPARE(op.room(), QStringLiteral("#c"));
    QCOMPARE(op.extra(IrcIdentifiers::Modes).toString(), QStringLiteral("@+"));
    QCOMPARE(op.extra(Extras::Rank).toInt(), 3);
    QCOMPARE(op.extra(Extras::RankName).toString(), QStringLiteral("operator"));
    QCOMPARE(op.extra(Extras::RankSymbol).toString(), QStringLiteral("@"));
    QCOMPARE(standingOf(op), Standing::Operator);
    const Identifier plain = IrcIdentifiers::occupant(user, QStringLiteral("#c"), {}, isupport);
    QCOMPARE(plain.extra(Extras::Rank).toInt(), 0);
    QCOMPARE(plain.extra(Extras::RankSymbol).toString(), QString());
    QCOMPARE(standingOf(plain), Standing::Ordinary);
    // Each of the usual prefixes stands where other services' ranks do.
    const std::pair<QString, Standing> expected[] = {{QStringLiteral("~"), Standing::Owner},
                                                     {QStringLiteral("&"), Standing::Admin},
                                                     {QStringLiteral("%"), Standing::HalfOperator},
                                                     {QStringLiteral("+"), Standing::Voiced}};
    for (const auto &[symbol, standing] : expected) {
        const Identifier who = IrcIdentifiers::occupant(user, QStringLiteral("#c"), symbol, isupport);
        QCOMPARE(who.extra(Extras::RankSymbol).toString(), symbol);
        QCOMPARE(standingOf(who), standing);
    }
    QCOMPARE(plain, IrcIdentifiers::occupant(user, QStringLiteral("#c"), QStringLiteral("~"), isupport));
}

void TestIrcIdentifiers::redaction_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("secret");
    QTest::newRow("pass") << QByteArray("PASS hunter2") << QStringLiteral("PASS ****") << QStringLiteral("hunter2");
    QTest::newRow("sasl payload") << QByteArray("AUTHENTICATE YWNjdABhY2N0AHMzY3JldA==")
                                  << QStringLiteral("AUTHENTICATE ****") << QStringLiteral("YWNjdABhY2N0AHMzY3JldA");
    QTest::newRow("nickserv") << QByteArray("PRIVMSG NickServ :IDENTIFY acct hunter2")
                              << QStringLiteral("PRIVMSG NickServ :IDENTIFY ****") << QStringLiteral("hunter2");
    QTest::newRow("mechanism kept") << QByteArray("AUTHENTICATE PLAIN") << QStringLiteral("AUTHENTICATE PLAIN")
                                    << QString();
    QTest::newRow("ordinary") << QByteArray("PRIVMSG #c :hello") << QStringLiteral("PRIVMSG #c :hello") << QString();
}

void TestIrcIdentifiers::redaction()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, secret);
    const IrcMessage message = IrcCodec::parse(line).value();
    const QString shown = redactedOutgoing(message, QString::fromUtf8(line));
    QTEST(shown, "shown");
    if (!secret.isEmpty())
        QVERIFY(!shown.contains(secret));
}

void TestIrcIdentifiers::descriptor()
{
    const BackendDescriptor d = IrcBackend::descriptor();
    QCOMPARE(d.name, QStringLiteral("irc"));
    for (const char *key : {"host", "port", "transport", "tls", "nick", "username", "realname", "password", "sasl",
                            "sasl-user", "sasl-password", "verify-certificate", "trusted-fingerprint", "rooms"})
        QVERIFY2(d.field(QString::fromLatin1(key)), key);
    QVERIFY(d.field(QStringLiteral("password"))->isSecret());
    QVERIFY(d.field(QStringLiteral("sasl-password"))->isSecret());
}

QTEST_GUILESS_MAIN(TestIrcIdentifiers)
#include "tst_ircidentifiers.moc"
