#include "backends/xmpp/saslmechanism.h"
#include "backends/xmpp/scrammechanism.h"

#include <QTest>

using namespace Botdeck::Xmpp;

class TestXmppSasl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scramVectors_data()
    {
        QTest::addColumn<int>("hash");
        QTest::addColumn<QByteArray>("clientNonce");
        QTest::addColumn<QByteArray>("serverFirst");
        QTest::addColumn<QByteArray>("clientFinal");
        QTest::addColumn<QByteArray>("serverFinal");

        // RFC 5802, section 5.
        QTest::newRow("RFC 5802 SCRAM-SHA-1")
            << int(ScramMechanism::Hash::Sha1) << QByteArray("fyko+d2lbbFgONRv9qkxdawL")
            << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096")
            << QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
            << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
        // RFC 7677, section 3.
        QTest::newRow("RFC 7677 SCRAM-SHA-256")
            << int(ScramMechanism::Hash::Sha256) << QByteArray("rOprNGfwEbeRWgbNEkqO")
            << QByteArray("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
            << QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                          "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
            << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    }

    void scramVectors()
    {
        QFETCH(int, hash);
        QFETCH(QByteArray, clientNonce);
        QFETCH(QByteArray, serverFirst);
        QFETCH(QByteArray, clientFinal);
        QFETCH(QByteArray, serverFinal);

        ScramMechanism scram(ScramMechanism::Hash(hash), QStringLiteral("user"), QStringLiteral("pencil"), clientNonce);
        QCOMPARE(scram.initialResponse(), "n,,n=user,r=" + clientNonce);
        const auto response = scram.respond(serverFirst);
        QVERIFY2(response.isOk(), qPrintable(response.error()));
        QCOMPARE(response.value(), clientFinal);
        const auto verified = scram.verifySuccess(serverFinal);
        QVERIFY2(verified.isOk(), qPrintable(verified.error()));
    }

    void scramRejectsForgedServerSignature()
    {
        ScramMechanism scram(ScramMechanism::Hash::Sha1, QStringLiteral("user"), QStringLiteral("pencil"),
                             "fyko+d2lbbFgONRv9qkxdawL");
        (void)scram.initialResponse();
        QVERIFY(scram.respond("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096").isOk());
        const auto verified = scram.verifySuccess("v=AAAApqV8S7suAoZWja4dJRkFsKQ=");
        QVERIFY(!verified.isOk());
        QVERIFY(verified.error().contains(QStringLiteral("impostor")));
    }

    void scramHostileChallenges_data()
    {
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QString>("errorContains");
        QTest::newRow("nonce not ours") << QByteArray("r=other,s=QSXCR+Q6sek8bf92,i=4096") << QStringLiteral("nonce");
        QTest::newRow("nonce not extended") << QByteArray("r=abc,s=QSXCR+Q6sek8bf92,i=4096") << QStringLiteral("nonce");
        QTest::newRow("no salt") << QByteArray("r=abcdef,i=4096") << QStringLiteral("salt");
        QTest::newRow("huge iterations") << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92,i=2000000000")
                                         << QStringLiteral("iterations");
        QTest::newRow("tiny iterations") << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92,i=1")
                                         << QStringLiteral("iterations");
        QTest::newRow("garbage iterations")
            << QByteArray("r=abcdef,s=QSXCR+Q6sek8bf92,i=x") << QStringLiteral("iterations");
        QTest::newRow("extension") << QByteArray("m=ext,r=abcdef,s=QSXCR+Q6sek8bf92,i=4096")
                                   << QStringLiteral("extension");
        QTest::newRow("huge") << QByteArray("r=abcdef,s=") + QByteArray(10000, 'A') << QStringLiteral("long");
    }

    void scramHostileChallenges()
    {
        QFETCH(QByteArray, challenge);
        QFETCH(QString, errorContains);
        ScramMechanism scram(ScramMechanism::Hash::Sha256, QStringLiteral("u"), QStringLiteral("p"), "abc");
        (void)scram.initialResponse();
        const auto response = scram.respond(challenge);
        QVERIFY(!response.isOk());
        QVERIFY2(response.error().contains(errorContains), qPrintable(response.error()));
    }

    void scramEscapesUserName()
    {
        ScramMechanism scram(ScramMechanism::Hash::Sha1, QStringLiteral("a=b,c"), QStringLiteral("p"), "n");
        QCOMPARE(scram.initialResponse(), QByteArray("n,,n=a=3Db=2Cc,r=n"));
    }

    void scramRandomNonce()
    {
        ScramMechanism a(ScramMechanism::Hash::Sha1, QStringLiteral("u"), QStringLiteral("p"));
        ScramMechanism b(ScramMechanism::Hash::Sha1, QStringLiteral("u"), QStringLiteral("p"));
        QVERIFY(a.initialResponse() != b.initialResponse());
        QVERIFY(a.initialResponse().size() > 30);
    }

    void plain()
    {
        PlainMechanism plain(QStringLiteral("bot"), QStringLiteral("secret"));
        QCOMPARE(plain.initialResponse(), QByteArray("\0bot\0secret", 11));
        QVERIFY(!plain.respond("x").isOk());
    }

    void choice_data()
    {
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<bool>("clearPasswordAllowed"); // encrypted, or allow-plain
        QTest::addColumn<QString>("chosen");
        const QString all = QStringLiteral("PLAIN SCRAM-SHA-1 SCRAM-SHA-256");
        QTest::newRow("best") << all.split(u' ') << true << QStringLiteral("SCRAM-SHA-256");
        QTest::newRow("sha1") << QStringLiteral("PLAIN SCRAM-SHA-1").split(u' ') << false
                              << QStringLiteral("SCRAM-SHA-1");
        QTest::newRow("plain over tls") << QStringList{QStringLiteral("PLAIN")} << true << QStringLiteral("PLAIN");
        QTest::newRow("plain without tls") << QStringList{QStringLiteral("PLAIN")} << false << QString();
        QTest::newRow("plain allowed without tls")
            << QStringList{QStringLiteral("PLAIN")} << true << QStringLiteral("PLAIN");
        QTest::newRow("nothing known") << QStringList{QStringLiteral("DIGEST-MD5")} << true << QString();
    }

    void choice()
    {
        QFETCH(QStringList, offered);
        QFETCH(bool, clearPasswordAllowed);
        QFETCH(QString, chosen);
        const SaslChoice choice
            = chooseSaslMechanism(offered, clearPasswordAllowed, QStringLiteral("u"), QStringLiteral("p"));
        if (chosen.isEmpty()) {
            QVERIFY(!choice.mechanism);
            QVERIFY(!choice.error.isEmpty());
        } else {
            QVERIFY(choice.mechanism);
            QCOMPARE(choice.mechanism->name(), chosen);
        }
    }

    void failureWords()
    {
        QCOMPARE(describeSaslFailure(QStringLiteral("not-authorized"), {}),
                 QStringLiteral("wrong user name or password"));
        QVERIFY(describeSaslFailure(QStringLiteral("account-disabled"), QStringLiteral("banned"))
                    .contains(QStringLiteral("banned")));
    }
};

QTEST_GUILESS_MAIN(TestXmppSasl)
#include "tst_xmppsasl.moc"
