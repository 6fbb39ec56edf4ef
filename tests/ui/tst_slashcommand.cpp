#include "ui/slashcommand.h"

#include <QTest>

using namespace Botdeck;
using Kind = SlashCommand::Kind;

class TestSlashCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("text");

        const auto command = [](const char *row, const QString &line, const QString &name, const QStringList &args) {
            QTest::newRow(row) << line << Kind::Command << name << args << QString();
        };
        command("join", QStringLiteral("/join #second"), QStringLiteral("join"), {QStringLiteral("#second")});
        command("join key", QStringLiteral("/join #x secret"), QStringLiteral("join"),
                {QStringLiteral("#x"), QStringLiteral("secret")});
        command("part", QStringLiteral("/part"), QStringLiteral("part"), {});
        command("leave alias", QStringLiteral("/leave bye"), QStringLiteral("part"), {QStringLiteral("bye")});
        command("nick", QStringLiteral("/nick newbot"), QStringLiteral("nick"), {QStringLiteral("newbot")});
        command("msg", QStringLiteral("/msg bob hi"), QStringLiteral("msg"),
                {QStringLiteral("bob"), QStringLiteral("hi")});
        command("query", QStringLiteral("/query bob"), QStringLiteral("query"), {QStringLiteral("bob")});
        command("me", QStringLiteral("/me waves"), QStringLiteral("me"), {QStringLiteral("waves")});
        command("topic", QStringLiteral("/topic"), QStringLiteral("topic"), {});
        command("mode", QStringLiteral("/mode +o bob"), QStringLiteral("mode"),
                {QStringLiteral("+o"), QStringLiteral("bob")});
        command("kick", QStringLiteral("/kick bob"), QStringLiteral("kick"), {QStringLiteral("bob")});
        command("whois", QStringLiteral("/whois bob"), QStringLiteral("whois"), {QStringLiteral("bob")});
        command("away", QStringLiteral("/away"), QStringLiteral("away"), {});
        command("invite", QStringLiteral("/invite bob #dev"), QStringLiteral("invite"),
                {QStringLiteral("bob"), QStringLiteral("#dev")});
        command("quote", QStringLiteral("/quote PING x"), QStringLiteral("quote"),
                {QStringLiteral("PING"), QStringLiteral("x")});
        command("raw alias", QStringLiteral("/raw PING"), QStringLiteral("quote"), {QStringLiteral("PING")});
        command("clear", QStringLiteral("/clear"), QStringLiteral("clear"), {});
        command("help", QStringLiteral("/help kick"), QStringLiteral("help"), {QStringLiteral("kick")});
        command("case-insensitive", QStringLiteral("/JoIn #x"), QStringLiteral("join"), {QStringLiteral("#x")});

        QTest::newRow("text") << QStringLiteral("hello /join") << Kind::Text << QString() << QStringList()
                              << QStringLiteral("hello /join");
        QTest::newRow("escaped slash") << QStringLiteral("//text here") << Kind::Text << QString() << QStringList()
                                       << QStringLiteral("/text here");
        QTest::newRow("unknown") << QStringLiteral("/frob x") << Kind::Unknown << QStringLiteral("frob")
                                 << QStringList{QStringLiteral("x")} << QString();
        QTest::newRow("join without room")
            << QStringLiteral("/join") << Kind::UsageError << QStringLiteral("join") << QStringList() << QString();
        QTest::newRow("msg without text") << QStringLiteral("/msg bob") << Kind::UsageError << QStringLiteral("msg")
                                          << QStringList{QStringLiteral("bob")} << QString();
        QTest::newRow("kick without nick")
            << QStringLiteral("/kick ") << Kind::UsageError << QStringLiteral("kick") << QStringList() << QString();
    }

    void parses()
    {
        QFETCH(QString, line);
        QFETCH(Kind, kind);
        QFETCH(QString, name);
        QFETCH(QStringList, arguments);
        QFETCH(QString, text);
        const SlashCommand command = SlashCommand::parse(line);
        QCOMPARE(command.kind(), kind);
        QCOMPARE(command.name(), name);
        QCOMPARE(command.arguments(), arguments);
        QCOMPARE(command.text(), text);
        // Whatever is not run or sent says why.
        QCOMPARE(command.error().isEmpty(), kind == Kind::Text || kind == Kind::Command);
    }

    void usageErrorsSayHowToCall()
    {
        QVERIFY(SlashCommand::parse(QStringLiteral("/kick")).error().contains(QStringLiteral("/kick nick [reason]")));
        QVERIFY(SlashCommand::parse(QStringLiteral("/frob")).error().contains(QStringLiteral("/frob")));
    }

    void restKeepsTheFreeText()
    {
        const SlashCommand command = SlashCommand::parse(QStringLiteral("/msg bob  hello   there"));
        QCOMPARE(command.rest(1), QStringLiteral("hello   there"));
        QCOMPARE(SlashCommand::parse(QStringLiteral("/kick bob")).rest(1), QString());
        QCOMPARE(SlashCommand::parse(QStringLiteral("/topic a new topic")).rest(0), QStringLiteral("a new topic"));
    }

    void everyCommandHasUsageAndHelp()
    {
        for (const SlashCommand::Spec &spec : SlashCommand::commands()) {
            QVERIFY(spec.usage.startsWith(QLatin1Char('/') + spec.name));
            QVERIFY(!spec.help.isEmpty());
            QCOMPARE(SlashCommand::find(spec.name.toUpper()), &spec);
        }
    }
};

QTEST_GUILESS_MAIN(TestSlashCommand)
#include "tst_slashcommand.moc"
