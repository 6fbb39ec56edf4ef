// The lines behind kick, ban, privileges, nick, WHOIS and raw lines, and the
// WHOIS numerics turned into facts.
#include "backends/irc/irccodec.h"
#include "backends/irc/ircoperatorcommands.h"

#include <QTest>

using namespace Botdeck;
using namespace Botdeck::Irc;
using namespace Qt::StringLiterals;

namespace {

QString wire(const IrcMessage &message)
{
    return QString::fromUtf8(IrcCodec::serialize(message).value());
}

IrcMessage line(const char *text)
{
    return IrcCodec::parse(QByteArray(text)).value();
}

} // namespace

class TestIrcOperatorCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QString>("built");
        QTest::addColumn<QString>("expected");
        QTest::newRow("kick with reason")
            << wire(IrcOperatorCommands::kick(u"#lobby"_s, u"bob"_s, u"be nice"_s)) << u"KICK #lobby bob :be nice"_s;
        QTest::newRow("kick without reason")
            << wire(IrcOperatorCommands::kick(u"#lobby"_s, u"bob"_s, {})) << u"KICK #lobby bob"_s;
        QTest::newRow("op") << wire(
            IrcOperatorCommands::privilege(u"#lobby"_s, u"bob"_s, Room::Privilege::Operator, true))
                            << u"MODE #lobby +o bob"_s;
        QTest::newRow("deop") << wire(
            IrcOperatorCommands::privilege(u"#lobby"_s, u"bob"_s, Room::Privilege::Operator, false))
                              << u"MODE #lobby -o bob"_s;
        QTest::newRow("voice") << wire(
            IrcOperatorCommands::privilege(u"#lobby"_s, u"bob"_s, Room::Privilege::Voice, true))
                               << u"MODE #lobby +v bob"_s;
        QTest::newRow("devoice") << wire(
            IrcOperatorCommands::privilege(u"#lobby"_s, u"bob"_s, Room::Privilege::Voice, false))
                                 << u"MODE #lobby -v bob"_s;
        QTest::newRow("ban by host") << wire(IrcOperatorCommands::ban(u"#lobby"_s, u"bob"_s, u"b@host.example"_s))
                                     << u"MODE #lobby +b *!*@host.example"_s;
        QTest::newRow("ban by nick") << wire(IrcOperatorCommands::ban(u"#lobby"_s, u"bob"_s, {}))
                                     << u"MODE #lobby +b bob!*@*"_s;
        QTest::newRow("nick") << wire(IrcOperatorCommands::nick(u"newbot"_s)) << u"NICK newbot"_s;
        QTest::newRow("whois") << wire(IrcOperatorCommands::whois(u"bob"_s)) << u"WHOIS bob"_s;
        QTest::newRow("raw") << wire(IrcOperatorCommands::raw(u"  MODE #lobby +m "_s).value()) << u"MODE #lobby +m"_s;
        QTest::newRow("raw trailing") << wire(IrcOperatorCommands::raw(u"PRIVMSG #a :hello there"_s).value())
                                      << u"PRIVMSG #a :hello there"_s;
    }
    void lines()
    {
        QFETCH(QString, built);
        QFETCH(QString, expected);
        QCOMPARE(built, expected);
    }

    void rawRefusesWhatIsNoLine()
    {
        QVERIFY(!IrcOperatorCommands::raw(QString()));
        QVERIFY(!IrcOperatorCommands::raw(u"   "_s));
        // A line break would smuggle a second command past the confirmation.
        const Result<IrcMessage> smuggled = IrcOperatorCommands::raw(u"PRIVMSG #a :hi\r\nQUIT"_s);
        QVERIFY(!smuggled || !IrcCodec::serialize(smuggled.value()));
    }

    void facts_data()
    {
        QTest::addColumn<QString>("numeric");
        QTest::addColumn<QString>("fact");
        QTest::newRow("311") << u":srv 311 me bob b host.example * :Bob Smith"_s
                             << u"bob is b@host.example (Bob Smith)"_s;
        QTest::newRow("312") << u":srv 312 me bob irc.example :The server"_s
                             << u"bob is connected to irc.example (The server)"_s;
        QTest::newRow("313") << u":srv 313 me bob :is an IRC operator"_s << u"bob is an IRC operator"_s;
        QTest::newRow("317") << u":srv 317 me bob 42 1700000000 :seconds idle, signon time"_s
                             << u"bob has been idle for 42 second(s), connected since 2023-11-14T22:13:20Z"_s;
        QTest::newRow("319") << u":srv 319 me bob :@#lobby +#dev "_s << u"bob is in @#lobby +#dev"_s;
        QTest::newRow("330") << u":srv 330 me bob bobacct :is logged in as"_s << u"bob is logged in as bobacct"_s;
        QTest::newRow("671") << u":srv 671 me bob :is using a secure connection"_s
                             << u"bob is using a secure connection"_s;
        QTest::newRow("301") << u":srv 301 me bob :gone fishing"_s << u"bob is away: gone fishing"_s;
        QTest::newRow("401") << u":srv 401 me nobody :No such nick"_s << u"Nobody is called nobody on this network"_s;
        QTest::newRow("318 ends, says nothing") << u":srv 318 me bob :End of WHOIS list"_s << QString();
        QTest::newRow("not whois") << u":srv 332 me #lobby :topic"_s << QString();
    }
    void facts()
    {
        QFETCH(QString, numeric);
        QFETCH(QString, fact);
        QCOMPARE(IrcWhoisReplies::fact(IrcCodec::parse(numeric.toUtf8()).value()), fact);
    }

    void repliesCollectUntilTheEnd()
    {
        IrcWhoisReplies replies;
        const Identifier bob = Identifier::makePerson(u"bob"_s, u"bob"_s);
        QVERIFY(replies.ask(u"bob"_s, bob));
        QVERIFY(!replies.add(u"bob"_s, line(":srv 311 me bob b host * :Bob")));
        QVERIFY(!replies.add(u"bob"_s, line(":srv 319 me bob :#lobby")));
        // Replies about nobody asked for are not collected.
        QVERIFY(!replies.add(u"carol"_s, line(":srv 318 me carol :End")));
        const auto answer = replies.add(u"bob"_s, line(":srv 318 me bob :End of WHOIS list"));
        QVERIFY(answer);
        QCOMPARE(answer->person, bob);
        QCOMPARE(answer->facts, QStringList({u"bob is b@host (Bob)"_s, u"bob is in #lobby"_s}));
        QVERIFY(!replies.isPending(u"bob"_s));

        // "No such nick" is an answer too, and the end of it.
        QVERIFY(replies.ask(u"ghost"_s, Identifier::makePerson(u"ghost"_s, u"ghost"_s)));
        const auto none = replies.add(u"ghost"_s, line(":srv 401 me ghost :No such nick"));
        QVERIFY(none);
        QCOMPARE(none->facts, QStringList({u"Nobody is called ghost on this network"_s}));
    }

    void openQuestionsAreBounded()
    {
        IrcWhoisReplies replies;
        for (int i = 0; i < IrcWhoisReplies::MaxPending; ++i)
            QVERIFY(replies.ask(QString::number(i), Identifier::makePerson(QString::number(i), QString::number(i))));
        QVERIFY(!replies.ask(u"one-more"_s, Identifier::makePerson(u"x"_s, u"x"_s)));
        // Asking again about someone already asked about is no new question.
        QVERIFY(replies.ask(u"0"_s, Identifier::makePerson(u"0"_s, u"0"_s)));
    }

    void joinsAreBatched()
    {
        // Keyed channels first, so each key pairs with its channel.
        const QList<IrcMessage> few
            = IrcOperatorCommands::joins({{u"#a"_s, {}}, {u"#b"_s, u"secret"_s}, {u"#c"_s, {}}, {u"#d"_s, u"k2"_s}});
        QCOMPARE(few.size(), 1);
        QCOMPARE(wire(few.first()), u"JOIN #b,#d,#a,#c secret,k2"_s);

        QList<std::pair<QString, QString>> many;
        for (int i = 0; i < 60; ++i)
            many.append({u"#channel-number-%1"_s.arg(i), {}});
        const QList<IrcMessage> lines = IrcOperatorCommands::joins(many);
        QVERIFY(lines.size() > 1);
        QVERIFY(lines.size() < 10);
        QStringList all;
        for (const IrcMessage &line : lines) {
            QVERIFY(wire(line).toUtf8().size() + 2 <= 512);
            all += line.param(0).split(u',');
        }
        QCOMPARE(all.size(), 60);
        QCOMPARE(all.first(), u"#channel-number-0"_s);
        QCOMPARE(all.last(), u"#channel-number-59"_s);
        QVERIFY(IrcOperatorCommands::joins({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIrcOperatorCommands)
#include "tst_ircoperatorcommands.moc"
