#include "backends/xmpp/jid.h"

#include <QTest>

using namespace Botdeck::Xmpp;

class TestXmppJid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QString>("full");

        QTest::newRow("bare") << QStringLiteral("alice@example.org") << QStringLiteral("alice")
                              << QStringLiteral("example.org") << QString() << QStringLiteral("alice@example.org");
        QTest::newRow("full") << QStringLiteral("alice@example.org/phone") << QStringLiteral("alice")
                              << QStringLiteral("example.org") << QStringLiteral("phone")
                              << QStringLiteral("alice@example.org/phone");
        QTest::newRow("domain only") << QStringLiteral("localhost") << QString() << QStringLiteral("localhost")
                                     << QString() << QStringLiteral("localhost");
        QTest::newRow("case folded") << QStringLiteral("Alice@Example.ORG/Phone") << QStringLiteral("alice")
                                     << QStringLiteral("example.org") << QStringLiteral("Phone")
                                     << QStringLiteral("alice@example.org/Phone");
        QTest::newRow("resource with @ and /")
            << QStringLiteral("room@conference.localhost/nick@home/x") << QStringLiteral("room")
            << QStringLiteral("conference.localhost") << QStringLiteral("nick@home/x")
            << QStringLiteral("room@conference.localhost/nick@home/x");
        QTest::newRow("trailing dot") << QStringLiteral("a@example.org.") << QStringLiteral("a")
                                      << QStringLiteral("example.org") << QString() << QStringLiteral("a@example.org");
        QTest::newRow("ipv6") << QStringLiteral("a@[::1]") << QStringLiteral("a") << QStringLiteral("[::1]")
                              << QString() << QStringLiteral("a@[::1]");
        QTest::newRow("resource with spaces")
            << QStringLiteral("r@c/Big Nick") << QStringLiteral("r") << QStringLiteral("c")
            << QStringLiteral("Big Nick") << QStringLiteral("r@c/Big Nick");
        QTest::newRow("unicode") << QStringLiteral("jürgen@例え.jp") << QStringLiteral("jürgen")
                                 << QStringLiteral("例え.jp") << QString() << QStringLiteral("jürgen@例え.jp");
    }

    void valid()
    {
        QFETCH(QString, text);
        QFETCH(QString, local);
        QFETCH(QString, domain);
        QFETCH(QString, resource);
        QFETCH(QString, full);
        const auto jid = Jid::parse(text);
        QVERIFY2(jid.isOk(), qPrintable(jid.error()));
        QCOMPARE(jid.value().local(), local);
        QCOMPARE(jid.value().domain(), domain);
        QCOMPARE(jid.value().resource(), resource);
        QCOMPARE(jid.value().full(), full);
        QCOMPARE(jid.value().isBare(), resource.isEmpty());
        QVERIFY(Jid::parse(jid.value().full()).value() == jid.value());
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("errorContains");

        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("no local") << QStringLiteral("@example.org") << QStringLiteral("before the @");
        QTest::newRow("no domain") << QStringLiteral("alice@") << QStringLiteral("domain is empty");
        QTest::newRow("no resource") << QStringLiteral("alice@example.org/") << QStringLiteral("after the /");
        QTest::newRow("space in local") << QStringLiteral("al ice@example.org") << QStringLiteral("spaces");
        QTest::newRow("quote in local") << QStringLiteral("al\"ice@example.org") << QStringLiteral("\"");
        QTest::newRow("colon in local") << QStringLiteral("a:b@example.org") << QStringLiteral(":");
        QTest::newRow("lt in local") << QStringLiteral("a<b@example.org") << QStringLiteral("<");
        QTest::newRow("two @") << QStringLiteral("a@b@example.org") << QStringLiteral("@");
        QTest::newRow("empty label") << QStringLiteral("a@example..org") << QStringLiteral("empty label");
        QTest::newRow("space in domain") << QStringLiteral("a@exa mple.org") << QStringLiteral("may not contain");
        QTest::newRow("long local") << QString(1024, QLatin1Char('a')) + QStringLiteral("@example.org")
                                    << QStringLiteral("1023 bytes");
        QTest::newRow("long multibyte local")
            << QString(512, QChar(0xe4)) + QStringLiteral("@example.org") << QStringLiteral("1023 bytes");
        QTest::newRow("long label") << QStringLiteral("a@") + QString(64, QLatin1Char('b')) + QStringLiteral(".org")
                                    << QStringLiteral("63 bytes");
        QTest::newRow("long resource") << QStringLiteral("a@b/") + QString(1024, QLatin1Char('r'))
                                       << QStringLiteral("1023 bytes");
        QTest::newRow("control in resource") << QStringLiteral("a@b/x\x01y") << QStringLiteral("control");
        QTest::newRow("bad ipv6") << QStringLiteral("a@[zz]") << QStringLiteral("IPv6");
    }

    void invalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, errorContains);
        const auto jid = Jid::parse(text);
        QVERIFY(!jid.isOk());
        QVERIFY2(jid.error().contains(errorContains), qPrintable(jid.error()));
    }

    void parts()
    {
        const Jid room = Jid::parse(QStringLiteral("room@conference.localhost")).value();
        QCOMPARE(room.withResource(QStringLiteral("bot")).full(), QStringLiteral("room@conference.localhost/bot"));
        QVERIFY(room.withResource(QStringLiteral("\x01")).isNull());
        QCOMPARE(room.withResource(QStringLiteral("bot")).toBare(), room);
        QVERIFY(Jid().isNull());
    }
};

QTEST_GUILESS_MAIN(TestXmppJid)
#include "tst_xmppjid.moc"
