#include "core/message.h"

#include <QDebug>
#include <QTest>
#include <QVariant>

using Botdeck::Identifier;
using Botdeck::Message;

class TestMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void constructor();
    void setters();
    void target_data();
    void target();
    void extras();
    void equality_data();
    void equality();
    void variantRoundTrip();
    void implicitSharing();
    void debugOutput();
};

namespace {

Identifier lobby()
{
    return Identifier::makeRoom(QStringLiteral("#lobby"));
}

Identifier alice()
{
    return Identifier::makePerson(QStringLiteral("@alice"), QStringLiteral("alice"));
}

Identifier bot()
{
    return Identifier::makePerson(QStringLiteral("@bot"), QStringLiteral("bot"));
}

const QDateTime fixedTime = QDateTime(QDate(2024, 5, 1), QTime(12, 30, 15), Qt::UTC);

Message sample()
{
    Message m(lobby(), QStringLiteral("hello"));
    m.setFrom(alice().inRoom(QStringLiteral("#lobby")));
    m.setTimestamp(fixedTime);
    m.setId(QStringLiteral("id-1"));
    m.setReplyTo(QStringLiteral("id-0"));
    m.setThread(QStringLiteral("thread-1"));
    m.setExtra(QStringLiteral("time"), QStringLiteral("2024-05-01T12:30:15Z"));
    return m;
}

} // namespace

void TestMessage::defaults()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Message m;
    const QDateTime after = QDateTime::currentDateTimeUtc();

    QVERIFY(m.from().isNull());
    QVERIFY(m.to().isNull());
    QVERIFY(m.body().isEmpty());
    QCOMPARE(m.type(), Message::Type::Chat);
    QVERIFY(m.id().isEmpty());
    QVERIFY(m.replyTo().isEmpty());
    QVERIFY(m.thread().isEmpty());
    QVERIFY(m.extras().isEmpty());
    // Stamped at creation.
    QVERIFY(m.timestamp().isValid());
    QVERIFY(m.timestamp() >= before);
    QVERIFY(m.timestamp() <= after);
}

void TestMessage::constructor()
{
    const Message chat(alice(), QStringLiteral("hi"));
    QCOMPARE(chat.to(), alice());
    QCOMPARE(chat.body(), QStringLiteral("hi"));
    QCOMPARE(chat.type(), Message::Type::Chat);
    QVERIFY(chat.from().isNull());

    const Message action(lobby(), QStringLiteral("waves"), Message::Type::Action);
    QCOMPARE(action.type(), Message::Type::Action);
    QCOMPARE(action.to(), lobby());
    QCOMPARE(action.body(), QStringLiteral("waves"));
}

void TestMessage::setters()
{
    Message m;
    m.setFrom(alice());
    m.setTo(bot());
    m.setBody(QStringLiteral("text"));
    m.setType(Message::Type::Notice);
    m.setTimestamp(fixedTime);
    m.setId(QStringLiteral("abc"));
    m.setReplyTo(QStringLiteral("xyz"));
    m.setThread(QStringLiteral("t"));

    QCOMPARE(m.from(), alice());
    QCOMPARE(m.to(), bot());
    QCOMPARE(m.body(), QStringLiteral("text"));
    QCOMPARE(m.type(), Message::Type::Notice);
    QCOMPARE(m.timestamp(), fixedTime);
    QCOMPARE(m.id(), QStringLiteral("abc"));
    QCOMPARE(m.replyTo(), QStringLiteral("xyz"));
    QCOMPARE(m.thread(), QStringLiteral("t"));
}

void TestMessage::target_data()
{
    QTest::addColumn<Identifier>("to");
    QTest::addColumn<bool>("group");
    QTest::addColumn<QString>("room");

    QTest::newRow("room") << lobby() << true << QStringLiteral("#lobby");
    QTest::newRow("person") << alice() << false << QString();
    // A private message inside a room (XMPP MUC private chat) is direct,
    // though the occupant has a room.
    QTest::newRow("occupant") << alice().inRoom(QStringLiteral("#lobby")) << false << QString();
    QTest::newRow("null") << Identifier() << false << QString();
}

void TestMessage::target()
{
    QFETCH(Identifier, to);
    QFETCH(bool, group);
    QFETCH(QString, room);

    Message m(to, QStringLiteral("x"));
    QCOMPARE(m.isGroup(), group);
    QCOMPARE(m.isDirect(), !group);
    QCOMPARE(m.room(), room);

    // The type does not change where a message goes.
    m.setType(Message::Type::Action);
    QCOMPARE(m.isGroup(), group);

    // Retargeting changes it.
    m.setTo(group ? alice() : lobby());
    QCOMPARE(m.isGroup(), !group);
    QCOMPARE(m.room(), group ? QString() : QStringLiteral("#lobby"));
}

void TestMessage::extras()
{
    Message m;
    m.setExtra(QStringLiteral("msgid"), QStringLiteral("42"));
    m.setExtra(QStringLiteral("batch"), 7);
    QCOMPARE(m.extras().size(), 2);
    QCOMPARE(m.extras().value(QStringLiteral("msgid")).toString(), QStringLiteral("42"));
    QCOMPARE(m.extras().value(QStringLiteral("batch")).toInt(), 7);

    m.setExtra(QStringLiteral("batch"), QVariant());
    QCOMPARE(m.extras().size(), 1);
    QVERIFY(!m.extras().contains(QStringLiteral("batch")));

    QVariantMap replacement;
    replacement.insert(QStringLiteral("stanza-id"), QStringLiteral("s1"));
    m.setExtras(replacement);
    QCOMPARE(m.extras(), replacement);
}

void TestMessage::equality_data()
{
    QTest::addColumn<Message>("other");
    QTest::addColumn<bool>("equal");

    QTest::newRow("same") << sample() << true;

    Message m = sample();
    m.setFrom(alice());
    QTest::newRow("from") << m << false;
    m = sample();
    m.setTo(Identifier::makeRoom(QStringLiteral("#other")));
    QTest::newRow("to") << m << false;
    m = sample();
    m.setBody(QStringLiteral("bye"));
    QTest::newRow("body") << m << false;
    m = sample();
    m.setType(Message::Type::Notice);
    QTest::newRow("type") << m << false;
    m = sample();
    m.setTimestamp(fixedTime.addSecs(1));
    QTest::newRow("timestamp") << m << false;
    m = sample();
    m.setId(QStringLiteral("id-2"));
    QTest::newRow("id") << m << false;
    m = sample();
    m.setReplyTo(QString());
    QTest::newRow("replyTo") << m << false;
    m = sample();
    m.setThread(QStringLiteral("thread-2"));
    QTest::newRow("thread") << m << false;
    m = sample();
    m.setExtra(QStringLiteral("time"), QVariant());
    QTest::newRow("extras") << m << false;
}

void TestMessage::equality()
{
    QFETCH(Message, other);
    QFETCH(bool, equal);

    const Message reference = sample();
    QCOMPARE(reference == other, equal);
    QCOMPARE(other == reference, equal);
    QCOMPARE(reference != other, !equal);
}

void TestMessage::variantRoundTrip()
{
    const Message original = sample();
    const QVariant variant = QVariant::fromValue(original);
    QCOMPARE(variant.metaType(), QMetaType::fromType<Message>());

    const Message back = variant.value<Message>();
    QCOMPARE(back, original);
    QCOMPARE(back.body(), QStringLiteral("hello"));
    QCOMPARE(back.from(), alice().inRoom(QStringLiteral("#lobby")));
    QCOMPARE(back.timestamp(), fixedTime);
    QVERIFY(back.isGroup());
}

void TestMessage::implicitSharing()
{
    const Message original = sample();
    Message copy = original;
    QCOMPARE(copy, original);

    copy.setBody(QStringLiteral("changed"));
    copy.setTo(alice());
    copy.setExtra(QStringLiteral("new"), 1);

    QCOMPARE(original.body(), QStringLiteral("hello"));
    QCOMPARE(original.to(), lobby());
    QCOMPARE(original.extras().size(), 1);
    QVERIFY(copy != original);
}

void TestMessage::debugOutput()
{
    QString text;
    QDebug(&text) << sample();
    QVERIFY2(text.contains(QLatin1String("hello")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("#lobby/alice")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
