#include "core/presence.h"

#include <QTest>
#include <QVariant>

using Botdeck::Identifier;
using Botdeck::Presence;

class TestPresence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void constructor();
    void setters();
    void isAvailable_data();
    void isAvailable();
    void equality_data();
    void equality();
    void variantRoundTrip();
    void implicitSharing();
};

namespace {

Identifier alice()
{
    return Identifier::makePerson(QStringLiteral("alice@example.org"), QStringLiteral("alice"));
}

} // namespace

void TestPresence::defaults()
{
    const Presence p;
    QVERIFY(p.identifier().isNull());
    QCOMPARE(p.status(), Presence::Status::Online);
    QVERIFY(p.message().isEmpty());
    QVERIFY(p.isAvailable());
}

void TestPresence::constructor()
{
    const Presence p(alice(), Presence::Status::Away, QStringLiteral("lunch"));
    QCOMPARE(p.identifier(), alice());
    QCOMPARE(p.status(), Presence::Status::Away);
    QCOMPARE(p.message(), QStringLiteral("lunch"));

    const Presence noMessage(alice(), Presence::Status::DoNotDisturb);
    QCOMPARE(noMessage.status(), Presence::Status::DoNotDisturb);
    QVERIFY(noMessage.message().isEmpty());
}

void TestPresence::setters()
{
    Presence p;
    p.setIdentifier(alice());
    p.setStatus(Presence::Status::ExtendedAway);
    p.setMessage(QStringLiteral("holiday"));
    QCOMPARE(p.identifier(), alice());
    QCOMPARE(p.status(), Presence::Status::ExtendedAway);
    QCOMPARE(p.message(), QStringLiteral("holiday"));
}

void TestPresence::isAvailable_data()
{
    QTest::addColumn<Presence::Status>("status");
    QTest::addColumn<bool>("available");

    QTest::newRow("online") << Presence::Status::Online << true;
    QTest::newRow("away") << Presence::Status::Away << true;
    QTest::newRow("dnd") << Presence::Status::DoNotDisturb << true;
    QTest::newRow("xa") << Presence::Status::ExtendedAway << true;
    QTest::newRow("offline") << Presence::Status::Offline << false;
}

void TestPresence::isAvailable()
{
    QFETCH(Presence::Status, status);
    QFETCH(bool, available);
    QCOMPARE(Presence(alice(), status).isAvailable(), available);
}

void TestPresence::equality_data()
{
    QTest::addColumn<Presence>("other");
    QTest::addColumn<bool>("equal");

    const Presence reference(alice(), Presence::Status::Away, QStringLiteral("lunch"));
    QTest::newRow("same") << Presence(alice(), Presence::Status::Away, QStringLiteral("lunch")) << true;
    QTest::newRow("copy") << Presence(reference) << true;
    QTest::newRow("identifier") << Presence(alice().inRoom(QStringLiteral("room@conf")), Presence::Status::Away,
                                            QStringLiteral("lunch"))
                                << false;
    QTest::newRow("status") << Presence(alice(), Presence::Status::Online, QStringLiteral("lunch")) << false;
    QTest::newRow("message") << Presence(alice(), Presence::Status::Away, QStringLiteral("dinner")) << false;

    // Only the identifying fields of the identifier count.
    Identifier described = alice();
    described.setDisplayName(QStringLiteral("Alice"));
    QTest::newRow("descriptive fields of the identifier")
        << Presence(described, Presence::Status::Away, QStringLiteral("lunch")) << true;
}

void TestPresence::equality()
{
    QFETCH(Presence, other);
    QFETCH(bool, equal);

    const Presence reference(alice(), Presence::Status::Away, QStringLiteral("lunch"));
    QCOMPARE(reference == other, equal);
    QCOMPARE(other == reference, equal);
    QCOMPARE(reference != other, !equal);
}

void TestPresence::variantRoundTrip()
{
    const Presence original(alice(), Presence::Status::DoNotDisturb, QStringLiteral("busy"));
    const QVariant variant = QVariant::fromValue(original);
    QCOMPARE(variant.metaType(), QMetaType::fromType<Presence>());

    const Presence back = variant.value<Presence>();
    QCOMPARE(back, original);
    QCOMPARE(back.identifier(), alice());
    QCOMPARE(back.status(), Presence::Status::DoNotDisturb);
    QCOMPARE(back.message(), QStringLiteral("busy"));
}

void TestPresence::implicitSharing()
{
    const Presence original(alice(), Presence::Status::Online);
    Presence copy = original;
    copy.setStatus(Presence::Status::Offline);
    copy.setMessage(QStringLiteral("bye"));
    copy.setIdentifier(Identifier());

    QCOMPARE(original.status(), Presence::Status::Online);
    QVERIFY(original.message().isEmpty());
    QCOMPARE(original.identifier(), alice());
    QVERIFY(copy != original);
}

QTEST_GUILESS_MAIN(TestPresence)
#include "tst_presence.moc"
