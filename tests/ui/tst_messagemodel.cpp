// A conversation's lines: messages, the bot's own ones apart, quiet lines
// for what happens in the room, and the scrollback cap.
#include "../common/testroom.h"

#include "ui/models/messagemodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QPoint>
#include <QSignalSpy>
#include <QTest>

using namespace Botdeck;

namespace {

Message said(const TestRoom &room, const QString &nick, const QString &body, Message::Type type = Message::Type::Chat)
{
    Message message(room.identifier(), body, type);
    message.setFrom(room.occupantNamed(nick));
    return message;
}

} // namespace

class TestMessageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesAndTheirRoles()
    {
        TestRoom room;
        MessageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendMessage(said(room, QStringLiteral("alice"), QStringLiteral("hello")), false);
        model.appendMessage(said(room, QStringLiteral("bob"), QStringLiteral("waves"), Message::Type::Action), false);
        model.appendMessage(said(room, QStringLiteral("botdeck"), QStringLiteral("hi all")), true);
        model.appendMessage(
            said(room, QStringLiteral("carol"), QStringLiteral("server restart"), Message::Type::Notice), false);
        QCOMPARE(model.rowCount(), 4);

        const QModelIndex first = model.index(0);
        QVERIFY(first.data().toString().endsWith(QStringLiteral("<alice> hello")));
        QCOMPARE(first.data(MessageModel::TextRole).toString(), QStringLiteral("hello"));
        QCOMPARE(first.data(MessageModel::SenderRole).value<Identifier>().nick(), QStringLiteral("alice"));
        QCOMPARE(first.data(MessageModel::OwnRole).toBool(), false);
        QVERIFY(first.data(MessageModel::TimeRole).toDateTime().isValid());
        // Hovering the sender shows the display name and address.
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("ALICE")));
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("@alice")));

        QVERIFY(model.index(1).data().toString().endsWith(QStringLiteral("* bob waves")));
        QCOMPARE(model.index(1).data(MessageModel::LineKindRole).toInt(), int(MessageModel::LineKind::Action));
        QVERIFY(model.index(3).data().toString().endsWith(QStringLiteral("-carol- server restart")));

        // The bot's own words stand apart: bold and coloured.
        const QModelIndex own = model.index(2);
        QCOMPARE(own.data(MessageModel::OwnRole).toBool(), true);
        QVERIFY(own.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(own.data(Qt::ForegroundRole).isValid());
        QVERIFY(!first.data(Qt::ForegroundRole).isValid());
    }

    void roomEventsAreQuietLines()
    {
        TestRoom room;
        MessageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.followRoom(&room);
        room.update().applyJoined(true);
        room.update().applyOccupantJoined(room.occupantNamed(QStringLiteral("alice")));
        room.update().applyOccupantChanged(QStringLiteral("alice"), room.occupantNamed(QStringLiteral("alice|away")));
        room.update().applyOccupantLeft(QStringLiteral("alice|away"), QStringLiteral("bye"));
        room.update().applyTopic(QStringLiteral("New topic"), room.occupantNamed(QStringLiteral("bob")));
        QStringList lines;
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row).data(MessageModel::LineKindRole).toInt(), int(MessageModel::LineKind::Event));
            QVERIFY(!model.index(row).data(MessageModel::SenderRole).isValid());
            QVERIFY(model.index(row).data(Qt::FontRole).value<QFont>().italic());
            lines.append(model.index(row).data(MessageModel::TextRole).toString());
        }
        QCOMPARE(
            lines,
            (QStringList{QStringLiteral("You joined #lobby"), QStringLiteral("alice (ALICE) joined"),
                         QStringLiteral("alice is now known as alice|away"), QStringLiteral("alice|away left (bye)"),
                         QStringLiteral("bob set the topic to: New topic")}));
    }

    void scrollbackIsCapped()
    {
        TestRoom room;
        MessageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScrollbackLimit(10);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 0; i < 25; ++i)
            model.appendMessage(said(room, QStringLiteral("alice"), QString::number(i)), false);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(removed.count(), 15);
        QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(), QStringLiteral("15"));
        QCOMPARE(model.index(9).data(MessageModel::TextRole).toString(), QStringLiteral("24"));
        // Lowering the cap drops the oldest at once.
        model.setScrollbackLimit(3);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(), QStringLiteral("22"));
    }

    void mentionsOfTheBotAreHighlighted_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("highlighted");
        QTest::newRow("addressed") << QStringLiteral("botdeck: who is here?") << true;
        QTest::newRow("cased") << QStringLiteral("thanks BotDeck!") << true;
        QTest::newRow("at") << QStringLiteral("ask @botdeck") << true;
        QTest::newRow("end of sentence") << QStringLiteral("I asked botdeck.") << true;
        QTest::newRow("longer nick") << QStringLiteral("botdecker is someone else") << false;
        QTest::newRow("inside a word") << QStringLiteral("mybotdeck") << false;
        QTest::newRow("in a link") << QStringLiteral("see https://botdeck.example.org/notes") << false;
        QTest::newRow("not at all") << QStringLiteral("hello everyone") << false;
    }

    void mentionsOfTheBotAreHighlighted()
    {
        QFETCH(QString, body);
        QFETCH(bool, highlighted);
        TestRoom room;
        MessageModel model;
        model.setHighlightedNick(QStringLiteral("botdeck"));
        model.appendMessage(said(room, QStringLiteral("alice"), body), false);
        QCOMPARE(model.index(0).data(MessageModel::HighlightRole).toBool(), highlighted);
        // The bot naming itself is no highlight.
        model.appendMessage(said(room, QStringLiteral("botdeck"), body), true);
        QCOMPARE(model.index(1).data(MessageModel::HighlightRole).toBool(), false);
    }

    void newLinesAreMarkedAfterReading()
    {
        TestRoom room;
        MessageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.appendMessage(said(room, QStringLiteral("alice"), QStringLiteral("one")), false);
        QCOMPARE(model.firstUnreadRow(), -1);
        model.markRead();
        QCOMPARE(model.firstUnreadRow(), -1);
        model.appendMessage(said(room, QStringLiteral("bob"), QStringLiteral("two")), false);
        model.appendMessage(said(room, QStringLiteral("bob"), QStringLiteral("three")), false);
        QCOMPARE(model.firstUnreadRow(), 1);
        QCOMPARE(model.index(1).data(MessageModel::FirstUnreadRole).toBool(), true);
        QCOMPARE(model.index(2).data(MessageModel::FirstUnreadRole).toBool(), false);
        // The marker follows its line as old lines scroll away.
        model.setScrollbackLimit(2);
        QCOMPARE(model.firstUnreadRow(), 0);
        QCOMPARE(model.index(0).data(MessageModel::TextRole).toString(), QStringLiteral("two"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.markRead();
        QCOMPARE(model.firstUnreadRow(), -1);
        QCOMPARE(changed.count(), 1);
    }

    void partsOfTheLineAreLocated()
    {
        TestRoom room;
        MessageModel model;
        model.appendMessage(said(room, QStringLiteral("alice"), QStringLiteral("hello")), false);
        model.appendMessage(said(room, QStringLiteral("bob"), QStringLiteral("waves"), Message::Type::Action), false);
        model.appendEvent(QStringLiteral("carol joined"));
        for (int row = 0; row < 2; ++row) {
            const QString text = model.index(row).data().toString();
            const QPoint nick = model.index(row).data(MessageModel::NickSpanRole).toPoint();
            QCOMPARE(text.mid(nick.x(), nick.y()), row == 0 ? QStringLiteral("alice") : QStringLiteral("bob"));
            QCOMPARE(text.mid(model.index(row).data(MessageModel::BodyStartRole).toInt()),
                     row == 0 ? QStringLiteral("hello") : QStringLiteral("waves"));
        }
        const QModelIndex event = model.index(2);
        QCOMPARE(event.data(MessageModel::NickSpanRole).toPoint().y(), 0);
        QCOMPARE(event.data().toString().mid(event.data(MessageModel::BodyStartRole).toInt()),
                 QStringLiteral("carol joined"));
    }

    void whoDidWhatIsSaid()
    {
        TestRoom room;
        MessageModel model;
        model.followRoom(&room);
        room.update().applyJoined(true);
        const auto last
            = [&model] { return model.index(model.rowCount() - 1).data(MessageModel::TextRole).toString(); };
        Identifier alice = room.occupantNamed(QStringLiteral("alice"));
        alice.setExtra(Extras::Address, QStringLiteral("al@wonderland.example"));
        room.update().applyOccupantJoined(alice);
        QCOMPARE(last(), QStringLiteral("alice (ALICE, al@wonderland.example) joined"));
        const Identifier bob = room.occupantNamed(QStringLiteral("bob"));
        room.update().applyOccupantJoined(bob);
        room.update().announcePrivilege(alice, Room::Privilege::Operator, true, bob);
        QCOMPARE(last(), QStringLiteral("bob gives operator status to alice"));
        room.update().announcePrivilege(alice, Room::Privilege::Voice, false, bob);
        QCOMPARE(last(), QStringLiteral("bob takes voice from alice"));
        room.update().announcePrivilege(alice, Room::Privilege::Operator, false, {});
        QCOMPARE(last(), QStringLiteral("alice is no longer an operator"));
        room.update().announceModes(QStringLiteral("+mk secret"), bob);
        QCOMPARE(last(), QStringLiteral("bob sets mode +mk secret"));
        // A kick is said once, with who and why; the leave adds nothing.
        const int before = model.rowCount();
        room.update().announceKick(alice, bob, QStringLiteral("spamming"));
        room.update().applyOccupantLeft(QStringLiteral("alice"), QStringLiteral("kicked by bob: spamming"));
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(last(), QStringLiteral("alice was kicked by bob: spamming"));
        room.update().applyOccupantLeft(QStringLiteral("bob"));
        QCOMPARE(last(), QStringLiteral("bob left"));
        // A topic told on join has its author and date; a new one, its author.
        room.update().applyTopic(QStringLiteral("Old news"), bob, QDateTime(QDate(2026, 11, 30), QTime(8, 0)));
        QVERIFY2(last().startsWith(QStringLiteral("The topic is: Old news (set by bob on ")), qPrintable(last()));
        room.update().applyTopic(QStringLiteral("Fresh news"), bob);
        QCOMPARE(last(), QStringLiteral("bob set the topic to: Fresh news"));
    }
};

QTEST_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"
