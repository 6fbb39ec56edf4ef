#include "core/identifier.h"

#include <QDebug>
#include <QHash>
#include <QSet>
#include <QTest>
#include <QVariant>

using Botdeck::Identifier;

class TestIdentifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nullByDefault();
    void makePerson();
    void makeOccupant();
    void makeRoom();
    void requiredFields_data();
    void requiredFields();
    void setters();
    void setNickIgnoresEmpty();
    void aclAttrDefaultsToPerson();
    void aclAttrOverridden();
    void canContactPrivately_data();
    void canContactPrivately();
    void extras();
    void toPerson();
    void inRoom();
    void inRoomRefused_data();
    void inRoomRefused();
    void toString_data();
    void toString();
    void equality_data();
    void equality();
    void equalityIgnoresDescriptiveFields();
    void hashConsistentWithEquality();
    void usableInSetAndHash();
    void debugOutput_data();
    void debugOutput();
    void variantRoundTrip();
    void implicitSharing();
};

namespace {

Identifier alice()
{
    Identifier id = Identifier::makePerson(QStringLiteral("alice!a@host"), QStringLiteral("alice"));
    id.setClient(QStringLiteral("a@host"));
    return id;
}

} // namespace

void TestIdentifier::nullByDefault()
{
    const Identifier id;
    QCOMPARE(id.kind(), Identifier::Kind::Null);
    QVERIFY(id.isNull());
    QVERIFY(!id.isPerson());
    QVERIFY(!id.isOccupant());
    QVERIFY(!id.isRoom());
    QVERIFY(id.person().isEmpty());
    QVERIFY(id.nick().isEmpty());
    QVERIFY(id.room().isEmpty());
    QVERIFY(id.toString().isEmpty());
    QVERIFY(!id.canContactPrivately());
    QVERIFY(id.extras().isEmpty());
    QCOMPARE(id, Identifier());
}

void TestIdentifier::makePerson()
{
    const Identifier id = Identifier::makePerson(QStringLiteral("@alice"), QStringLiteral("alice"));
    QCOMPARE(id.kind(), Identifier::Kind::Person);
    QVERIFY(id.isPerson());
    QVERIFY(!id.isNull());
    QVERIFY(!id.isOccupant());
    QVERIFY(!id.isRoom());
    QCOMPARE(id.person(), QStringLiteral("@alice"));
    QCOMPARE(id.nick(), QStringLiteral("alice"));
    QVERIFY(id.client().isEmpty());
    QVERIFY(id.displayName().isEmpty());
    QVERIFY(id.room().isEmpty());
    QVERIFY(id.canContactPrivately());
    QVERIFY(id.extras().isEmpty());
}

void TestIdentifier::makeOccupant()
{
    const Identifier id
        = Identifier::makeOccupant(QStringLiteral("#lobby"), QStringLiteral("bob!b@host"), QStringLiteral("bob"));
    QCOMPARE(id.kind(), Identifier::Kind::Occupant);
    QVERIFY(id.isOccupant());
    QVERIFY(!id.isPerson());
    QVERIFY(!id.isRoom());
    QVERIFY(!id.isNull());
    QCOMPARE(id.room(), QStringLiteral("#lobby"));
    QCOMPARE(id.person(), QStringLiteral("bob!b@host"));
    QCOMPARE(id.nick(), QStringLiteral("bob"));
    QCOMPARE(id.aclAttr(), QStringLiteral("bob!b@host"));
    QVERIFY(id.canContactPrivately());
}

void TestIdentifier::makeRoom()
{
    const Identifier id = Identifier::makeRoom(QStringLiteral("room@conference.example.org"));
    QCOMPARE(id.kind(), Identifier::Kind::Room);
    QVERIFY(id.isRoom());
    QVERIFY(!id.isPerson());
    QVERIFY(!id.isOccupant());
    QCOMPARE(id.room(), QStringLiteral("room@conference.example.org"));
    QVERIFY(id.person().isEmpty());
    QVERIFY(id.nick().isEmpty());
    QVERIFY(!id.canContactPrivately());
}

void TestIdentifier::requiredFields_data()
{
    QTest::addColumn<Identifier>("identifier");
    QTest::addColumn<bool>("expectNull");

    const QString room = QStringLiteral("#r");
    const QString person = QStringLiteral("p");
    const QString nick = QStringLiteral("n");
    QTest::newRow("person complete") << Identifier::makePerson(person, nick) << false;
    QTest::newRow("person without person") << Identifier::makePerson(QString(), nick) << true;
    QTest::newRow("person without nick") << Identifier::makePerson(person, QString()) << true;
    QTest::newRow("person without both") << Identifier::makePerson(QString(), QString()) << true;
    QTest::newRow("occupant complete") << Identifier::makeOccupant(room, person, nick) << false;
    QTest::newRow("occupant without room") << Identifier::makeOccupant(QString(), person, nick) << true;
    QTest::newRow("occupant without person") << Identifier::makeOccupant(room, QString(), nick) << true;
    QTest::newRow("occupant without nick") << Identifier::makeOccupant(room, person, QString()) << true;
    QTest::newRow("room complete") << Identifier::makeRoom(room) << false;
    QTest::newRow("room empty") << Identifier::makeRoom(QString()) << true;
}

void TestIdentifier::requiredFields()
{
    QFETCH(Identifier, identifier);
    QFETCH(bool, expectNull);

    QCOMPARE(identifier.isNull(), expectNull);
    if (expectNull) {
        // Never a half-filled identifier.
        QCOMPARE(identifier, Identifier());
        QVERIFY(identifier.person().isEmpty());
        QVERIFY(identifier.nick().isEmpty());
        QVERIFY(identifier.room().isEmpty());
    }
}

void TestIdentifier::setters()
{
    Identifier id = Identifier::makePerson(QStringLiteral("alice@example.org"), QStringLiteral("alice"));
    id.setClient(QStringLiteral("phone"));
    id.setNick(QStringLiteral("ali"));
    id.setDisplayName(QStringLiteral("Alice Liddell"));
    QCOMPARE(id.client(), QStringLiteral("phone"));
    QCOMPARE(id.nick(), QStringLiteral("ali"));
    QCOMPARE(id.displayName(), QStringLiteral("Alice Liddell"));
    QCOMPARE(id.person(), QStringLiteral("alice@example.org"));
    QCOMPARE(id.kind(), Identifier::Kind::Person);

    id.setClient(QString());
    QVERIFY(id.client().isEmpty());
}

void TestIdentifier::setNickIgnoresEmpty()
{
    // A nick is required; clearing it would leave a half-filled identifier.
    Identifier id = Identifier::makePerson(QStringLiteral("@alice"), QStringLiteral("alice"));
    id.setNick(QString());
    QCOMPARE(id.nick(), QStringLiteral("alice"));
}

void TestIdentifier::aclAttrDefaultsToPerson()
{
    const Identifier person = alice();
    QCOMPARE(person.aclAttr(), QStringLiteral("alice!a@host"));
    QVERIFY(Identifier().aclAttr().isEmpty());
}

void TestIdentifier::aclAttrOverridden()
{
    Identifier id = alice();
    id.setAclAttr(QStringLiteral("account:alice"));
    QCOMPARE(id.aclAttr(), QStringLiteral("account:alice"));
    QCOMPARE(id.person(), QStringLiteral("alice!a@host"));
    // The override survives the change of kind.
    QCOMPARE(id.inRoom(QStringLiteral("#x")).aclAttr(), QStringLiteral("account:alice"));
    // Clearing it falls back to the person again.
    id.setAclAttr(QString());
    QCOMPARE(id.aclAttr(), QStringLiteral("alice!a@host"));
}

void TestIdentifier::canContactPrivately_data()
{
    QTest::addColumn<Identifier>("identifier");
    QTest::addColumn<bool>("set");
    QTest::addColumn<bool>("expected");

    const Identifier person = Identifier::makePerson(QStringLiteral("p"), QStringLiteral("n"));
    const Identifier occupant
        = Identifier::makeOccupant(QStringLiteral("#r"), QStringLiteral("p"), QStringLiteral("n"));
    const Identifier room = Identifier::makeRoom(QStringLiteral("#r"));
    QTest::newRow("person, default") << person << true << true;
    QTest::newRow("person, refused") << person << false << false;
    QTest::newRow("occupant, default") << occupant << true << true;
    QTest::newRow("occupant, anonymous room") << occupant << false << false;
    QTest::newRow("room, even if set") << room << true << false;
    QTest::newRow("null, even if set") << Identifier() << true << false;
}

void TestIdentifier::canContactPrivately()
{
    QFETCH(Identifier, identifier);
    QFETCH(bool, set);
    QFETCH(bool, expected);

    identifier.setCanContactPrivately(set);
    QCOMPARE(identifier.canContactPrivately(), expected);
}

void TestIdentifier::extras()
{
    Identifier id = alice();
    QVERIFY(!id.extra(Botdeck::Extras::Away).isValid());

    id.setExtra(Botdeck::Extras::Away, true);
    id.setExtra(Botdeck::Extras::Rank, 2);
    id.setExtra(Botdeck::Extras::RankName, QStringLiteral("operator"));
    QCOMPARE(id.extras().size(), 3);
    QCOMPARE(id.extra(Botdeck::Extras::Away), QVariant(true));
    QCOMPARE(id.extra(Botdeck::Extras::Rank).toInt(), 2);
    QCOMPARE(id.extra(Botdeck::Extras::RankName).toString(), QStringLiteral("operator"));

    // Overwriting keeps one entry.
    id.setExtra(Botdeck::Extras::Rank, 5);
    QCOMPARE(id.extras().size(), 3);
    QCOMPARE(id.extra(Botdeck::Extras::Rank).toInt(), 5);

    // An invalid value removes the key.
    id.setExtra(Botdeck::Extras::Away, QVariant());
    QCOMPARE(id.extras().size(), 2);
    QVERIFY(!id.extras().contains(Botdeck::Extras::Away));
    QVERIFY(!id.extra(Botdeck::Extras::Away).isValid());

    // Removing a key that is not there is harmless.
    id.setExtra(QStringLiteral("nothing"), QVariant());
    QCOMPARE(id.extras().size(), 2);

    QVariantMap replacement;
    replacement.insert(Botdeck::Extras::Account, QStringLiteral("alice"));
    id.setExtras(replacement);
    QCOMPARE(id.extras(), replacement);
    QCOMPARE(id.extra(Botdeck::Extras::Account).toString(), QStringLiteral("alice"));
    QVERIFY(!id.extra(Botdeck::Extras::Rank).isValid());
}

void TestIdentifier::toPerson()
{
    Identifier occupant = alice().inRoom(QStringLiteral("#lobby"));
    occupant.setDisplayName(QStringLiteral("Alice"));
    occupant.setAclAttr(QStringLiteral("acct"));
    occupant.setExtra(Botdeck::Extras::Away, true);

    const Identifier person = occupant.toPerson();
    QCOMPARE(person.kind(), Identifier::Kind::Person);
    QVERIFY(person.room().isEmpty());
    QCOMPARE(person.person(), occupant.person());
    QCOMPARE(person.nick(), occupant.nick());
    QCOMPARE(person.client(), occupant.client());
    QCOMPARE(person.displayName(), QStringLiteral("Alice"));
    QCOMPARE(person.aclAttr(), QStringLiteral("acct"));
    QCOMPARE(person.extra(Botdeck::Extras::Away), QVariant(true));
    QCOMPARE(person, alice());
    // The occupant itself is left alone.
    QCOMPARE(occupant.kind(), Identifier::Kind::Occupant);
    QCOMPARE(occupant.room(), QStringLiteral("#lobby"));

    // A person, a room and a null identifier come back as they are.
    QCOMPARE(alice().toPerson(), alice());
    const Identifier room = Identifier::makeRoom(QStringLiteral("#lobby"));
    QCOMPARE(room.toPerson(), room);
    QVERIFY(Identifier().toPerson().isNull());
}

void TestIdentifier::inRoom()
{
    const Identifier occupant = alice().inRoom(QStringLiteral("#lobby"));
    QCOMPARE(occupant.kind(), Identifier::Kind::Occupant);
    QCOMPARE(occupant.room(), QStringLiteral("#lobby"));
    QCOMPARE(occupant.person(), QStringLiteral("alice!a@host"));
    QCOMPARE(occupant.nick(), QStringLiteral("alice"));
    QCOMPARE(occupant.client(), QStringLiteral("a@host"));
    QCOMPARE(occupant.toPerson(), alice());

    // An occupant can be moved to another room.
    const Identifier moved = occupant.inRoom(QStringLiteral("#other"));
    QCOMPARE(moved.kind(), Identifier::Kind::Occupant);
    QCOMPARE(moved.room(), QStringLiteral("#other"));
    QCOMPARE(occupant.room(), QStringLiteral("#lobby"));
    QVERIFY(moved != occupant);
}

void TestIdentifier::inRoomRefused_data()
{
    QTest::addColumn<Identifier>("identifier");
    QTest::addColumn<QString>("room");

    QTest::newRow("person, empty room") << alice() << QString();
    QTest::newRow("room") << Identifier::makeRoom(QStringLiteral("#a")) << QStringLiteral("#b");
    QTest::newRow("null") << Identifier() << QStringLiteral("#b");
}

void TestIdentifier::inRoomRefused()
{
    QFETCH(Identifier, identifier);
    QFETCH(QString, room);
    QVERIFY(identifier.inRoom(room).isNull());
}

void TestIdentifier::toString_data()
{
    QTest::addColumn<Identifier>("identifier");
    QTest::addColumn<QString>("expected");

    QTest::newRow("null") << Identifier() << QString();
    QTest::newRow("person") << alice() << QStringLiteral("alice!a@host");
    QTest::newRow("xmpp person") << Identifier::makePerson(QStringLiteral("alice@example.org"), QStringLiteral("alice"))
                                 << QStringLiteral("alice@example.org");
    QTest::newRow("occupant") << alice().inRoom(QStringLiteral("#lobby")) << QStringLiteral("#lobby/alice");
    QTest::newRow("muc occupant") << Identifier::makeOccupant(QStringLiteral("room@conf.example.org"),
                                                              QStringLiteral("alice@example.org"), QStringLiteral("Al"))
                                  << QStringLiteral("room@conf.example.org/Al");
    QTest::newRow("room") << Identifier::makeRoom(QStringLiteral("#lobby")) << QStringLiteral("#lobby");
}

void TestIdentifier::toString()
{
    QFETCH(Identifier, identifier);
    QFETCH(QString, expected);
    QCOMPARE(identifier.toString(), expected);
}

void TestIdentifier::equality_data()
{
    QTest::addColumn<Identifier>("a");
    QTest::addColumn<Identifier>("b");
    QTest::addColumn<bool>("equal");

    const Identifier p = Identifier::makePerson(QStringLiteral("p"), QStringLiteral("n"));
    Identifier otherClient = p;
    otherClient.setClient(QStringLiteral("phone"));
    Identifier otherNick = p;
    otherNick.setNick(QStringLiteral("m"));

    QTest::newRow("null, null") << Identifier() << Identifier() << true;
    QTest::newRow("same person built twice")
        << p << Identifier::makePerson(QStringLiteral("p"), QStringLiteral("n")) << true;
    QTest::newRow("copy") << p << Identifier(p) << true;
    QTest::newRow("person differs") << p << Identifier::makePerson(QStringLiteral("q"), QStringLiteral("n")) << false;
    QTest::newRow("nick differs") << p << otherNick << false;
    QTest::newRow("client differs") << p << otherClient << false;
    QTest::newRow("person vs occupant") << p << p.inRoom(QStringLiteral("#r")) << false;
    QTest::newRow("occupant in other room")
        << p.inRoom(QStringLiteral("#r")) << p.inRoom(QStringLiteral("#s")) << false;
    QTest::newRow("same occupant") << p.inRoom(QStringLiteral("#r"))
                                   << Identifier::makeOccupant(QStringLiteral("#r"), QStringLiteral("p"),
                                                               QStringLiteral("n"))
                                   << true;
    QTest::newRow("room vs room") << Identifier::makeRoom(QStringLiteral("#r"))
                                  << Identifier::makeRoom(QStringLiteral("#r")) << true;
    QTest::newRow("room differs") << Identifier::makeRoom(QStringLiteral("#r"))
                                  << Identifier::makeRoom(QStringLiteral("#s")) << false;
    QTest::newRow("room vs occupant of it")
        << Identifier::makeRoom(QStringLiteral("#r")) << p.inRoom(QStringLiteral("#r")) << false;
    QTest::newRow("null vs person") << Identifier() << p << false;
}

void TestIdentifier::equality()
{
    QFETCH(Identifier, a);
    QFETCH(Identifier, b);
    QFETCH(bool, equal);

    QCOMPARE(a == b, equal);
    QCOMPARE(b == a, equal);
    QCOMPARE(a != b, !equal);
    if (equal)
        QCOMPARE(qHash(a), qHash(b));
}

void TestIdentifier::equalityIgnoresDescriptiveFields()
{
    const Identifier plain = alice();
    Identifier described = alice();
    described.setDisplayName(QStringLiteral("Alice Liddell"));
    described.setAclAttr(QStringLiteral("account:alice"));
    described.setExtra(Botdeck::Extras::Away, true);
    described.setCanContactPrivately(false);

    QVERIFY(plain == described);
    QVERIFY(!(plain != described));
    QCOMPARE(qHash(plain), qHash(described));
    QCOMPARE(qHash(plain, 42), qHash(described, 42));
}

void TestIdentifier::hashConsistentWithEquality()
{
    const Identifier a = alice();
    const Identifier b = alice();
    QCOMPARE(qHash(a), qHash(b));
    QCOMPARE(qHash(a, 7), qHash(b, 7));
    // Different identifiers should not all collide; these differ in one
    // identifying field each.
    const Identifier occupant = a.inRoom(QStringLiteral("#r"));
    Identifier renamed = a;
    renamed.setNick(QStringLiteral("alicia"));
    QVERIFY(qHash(a) != qHash(occupant));
    QVERIFY(qHash(a) != qHash(renamed));
}

void TestIdentifier::usableInSetAndHash()
{
    Identifier described = alice();
    described.setDisplayName(QStringLiteral("Alice"));

    QSet<Identifier> set;
    set.insert(alice());
    set.insert(described);
    set.insert(alice().inRoom(QStringLiteral("#lobby")));
    set.insert(Identifier::makeRoom(QStringLiteral("#lobby")));
    QCOMPARE(set.size(), 3);
    // Without the client it is a different identifier.
    const Identifier noClient = Identifier::makePerson(QStringLiteral("alice!a@host"), QStringLiteral("alice"));
    QVERIFY(!set.contains(noClient.inRoom(QStringLiteral("#lobby"))));
    QVERIFY(set.contains(alice().inRoom(QStringLiteral("#lobby"))));
    QVERIFY(set.contains(Identifier::makeRoom(QStringLiteral("#lobby"))));

    QHash<Identifier, int> hash;
    hash.insert(alice(), 1);
    hash.insert(described, 2);
    hash.insert(Identifier::makeRoom(QStringLiteral("#lobby")), 3);
    QCOMPARE(hash.size(), 2);
    QCOMPARE(hash.value(alice()), 2);
    QCOMPARE(hash.value(Identifier::makeRoom(QStringLiteral("#lobby"))), 3);
    QCOMPARE(hash.value(Identifier::makeRoom(QStringLiteral("#other")), -1), -1);
}

void TestIdentifier::debugOutput_data()
{
    QTest::addColumn<Identifier>("identifier");

    QTest::newRow("person") << alice();
    QTest::newRow("occupant") << alice().inRoom(QStringLiteral("#lobby"));
    QTest::newRow("room") << Identifier::makeRoom(QStringLiteral("#lobby"));
}

void TestIdentifier::debugOutput()
{
    QFETCH(Identifier, identifier);

    QString text;
    QDebug(&text) << identifier;
    QVERIFY(!text.isEmpty());
    QVERIFY2(text.contains(identifier.toString()), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Identifier")), qPrintable(text));

    QString null;
    QDebug(&null) << Identifier();
    QVERIFY(!null.isEmpty());
}

void TestIdentifier::variantRoundTrip()
{
    Identifier original = alice().inRoom(QStringLiteral("#lobby"));
    original.setDisplayName(QStringLiteral("Alice"));
    original.setExtra(Botdeck::Extras::Rank, 3);

    const QVariant variant = QVariant::fromValue(original);
    QVERIFY(variant.isValid());
    QCOMPARE(variant.metaType(), QMetaType::fromType<Identifier>());
    QVERIFY(variant.canConvert<Identifier>());

    const Identifier back = variant.value<Identifier>();
    QCOMPARE(back, original);
    QCOMPARE(back.kind(), Identifier::Kind::Occupant);
    QCOMPARE(back.displayName(), QStringLiteral("Alice"));
    QCOMPARE(back.extra(Botdeck::Extras::Rank).toInt(), 3);

    // QVariant compares through Identifier's operator==.
    QVERIFY(variant == QVariant::fromValue(alice().inRoom(QStringLiteral("#lobby"))));
    QVERIFY(variant != QVariant::fromValue(alice()));
}

void TestIdentifier::implicitSharing()
{
    const Identifier original = alice();
    Identifier copy = original;
    QCOMPARE(copy, original);

    copy.setNick(QStringLiteral("changed"));
    copy.setClient(QStringLiteral("elsewhere"));
    copy.setDisplayName(QStringLiteral("Changed"));
    copy.setAclAttr(QStringLiteral("acl"));
    copy.setCanContactPrivately(false);
    copy.setExtra(Botdeck::Extras::Away, true);

    QCOMPARE(original.nick(), QStringLiteral("alice"));
    QCOMPARE(original.client(), QStringLiteral("a@host"));
    QVERIFY(original.displayName().isEmpty());
    QCOMPARE(original.aclAttr(), QStringLiteral("alice!a@host"));
    QVERIFY(original.canContactPrivately());
    QVERIFY(original.extras().isEmpty());
    QVERIFY(copy != original);

    // Assignment shares as well, and a moved-to identifier keeps the value.
    Identifier assigned;
    assigned = original;
    assigned.setNick(QStringLiteral("other"));
    QCOMPARE(original.nick(), QStringLiteral("alice"));
    Identifier moved = std::move(assigned);
    QCOMPARE(moved.nick(), QStringLiteral("other"));
}

QTEST_GUILESS_MAIN(TestIdentifier)
#include "tst_identifier.moc"
