// The registration state machine against scripted server lines, including
// SASL, which the servers under test cannot do without services.
#include "backends/irc/irccodec.h"
#include "backends/irc/ircregistration.h"

#include <QTest>

using namespace Botdeck::Irc;

namespace {

IrcMessage line(const char *text)
{
    return IrcCodec::parse(QByteArray(text)).value();
}

QStringList lines(const QList<IrcMessage> &messages)
{
    QStringList out;
    for (const IrcMessage &m : messages)
        out.append(QString::fromUtf8(IrcCodec::serialize(m).value()));
    return out;
}

IrcRegistration::Config config(IrcRegistration::Sasl sasl = IrcRegistration::Sasl::None)
{
    IrcRegistration::Config c;
    c.nick = QStringLiteral("bot");
    c.username = QStringLiteral("botuser");
    c.realname = QStringLiteral("The Bot");
    c.sasl = sasl;
    c.saslUser = QStringLiteral("acct");
    c.saslPassword = QStringLiteral("s3cret");
    return c;
}

} // namespace

class TestIrcRegistration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startLines();
    void capNegotiation();
    void multilineLs();
    void nak();
    void noCapServer();
    void saslPlain();
    void saslLongPayload();
    void saslExternal();
    void saslFailure();
    void saslNotOffered();
    void nickInUse();
    void erroneousNick();
    void capNewDel();
    void passwordRefused();
};

void TestIrcRegistration::startLines()
{
    IrcRegistration reg;
    IrcRegistration::Config c = config();
    c.password = QStringLiteral("serverpass");
    QCOMPARE(lines(reg.start(c)),
             (QStringList{QStringLiteral("PASS serverpass"), QStringLiteral("CAP LS 302"), QStringLiteral("NICK bot"),
                          QStringLiteral("USER botuser 0 * :The Bot")}));
}

void TestIrcRegistration::capNegotiation()
{
    IrcRegistration reg;
    reg.start(config());
    IrcRegistration::Step step
        = reg.handle(line(":irc.test CAP * LS :multi-prefix away-notify sasl=PLAIN,EXTERNAL server-time draft/foo"));
    QCOMPARE(lines(step.send), QStringList{QStringLiteral("CAP REQ :away-notify multi-prefix server-time")});
    step = reg.handle(line(":irc.test CAP * ACK :multi-prefix away-notify server-time"));
    QCOMPARE(lines(step.send), QStringList{QStringLiteral("CAP END")});
    QVERIFY(reg.hasCapability(QStringLiteral("multi-prefix")));
    QVERIFY(!reg.hasCapability(QStringLiteral("sasl")));
    step = reg.handle(line(":irc.test 001 bot :Welcome"));
    QVERIFY(step.registered);
    QVERIFY(reg.isRegistered());
    QCOMPARE(reg.nick(), QStringLiteral("bot"));
}

void TestIrcRegistration::multilineLs()
{
    IrcRegistration reg;
    reg.start(config());
    QVERIFY(reg.handle(line(":irc.test CAP * LS * :multi-prefix")).send.isEmpty());
    const IrcRegistration::Step step = reg.handle(line(":irc.test CAP * LS :batch"));
    QCOMPARE(lines(step.send), QStringList{QStringLiteral("CAP REQ :batch multi-prefix")});
}

void TestIrcRegistration::nak()
{
    IrcRegistration reg;
    reg.start(config());
    reg.handle(line(":irc.test CAP * LS :multi-prefix batch"));
    const IrcRegistration::Step step = reg.handle(line(":irc.test CAP * NAK :batch multi-prefix"));
    QCOMPARE(lines(step.send), QStringList{QStringLiteral("CAP END")});
    QVERIFY(reg.enabledCapabilities().isEmpty());
}

void TestIrcRegistration::noCapServer()
{
    IrcRegistration reg;
    reg.start(config());
    QVERIFY(reg.handle(line(":old.server 421 bot CAP :Unknown command")).send.isEmpty());
    QVERIFY(reg.handle(line(":old.server 001 bot :hi")).registered);
    IrcRegistration withSasl;
    withSasl.start(config(IrcRegistration::Sasl::Plain));
    const IrcRegistration::Step step = withSasl.handle(line(":old.server 001 bot :hi"));
    QVERIFY(step.error.contains(QStringLiteral("SASL")));
}

void TestIrcRegistration::saslPlain()
{
    IrcRegistration reg;
    reg.start(config(IrcRegistration::Sasl::Plain));
    IrcRegistration::Step step = reg.handle(line(":irc.test CAP * LS :sasl multi-prefix"));
    QCOMPARE(lines(step.send), QStringList{QStringLiteral("CAP REQ :multi-prefix sasl")});
    step = reg.handle(line(":irc.test CAP * ACK :multi-prefix sasl"));
    QCOMPARE(lines(step.send), QStringList{QStringLiteral("AUTHENTICATE PLAIN")});
    step = reg.handle(line("AUTHENTICATE +"));
    const QByteArray payload = QByteArray("acct\0acct\0s3cret", 16).toBase64();
    QCOMPARE(lines(step.send), QStringList{QStringLiteral("AUTHENTICATE ") + QString::fromLatin1(payload)});
    QVERIFY(reg.handle(line(":irc.test 900 bot bot!u@h acct :You are now logged in as acct")).send.isEmpty());
    step = reg.handle(line(":irc.test 903 bot :SASL authentication successful"));
    QCOMPARE(lines(step.send), QStringList{QStringLiteral("CAP END")});
    QVERIFY(reg.isSaslAuthenticated());
}

void TestIrcRegistration::saslLongPayload()
{
    IrcRegistration reg;
    IrcRegistration::Config c = config(IrcRegistration::Sasl::Plain);
    // 300 bytes of base64 input -> exactly 400 encoded: a "+" must follow.
    c.saslUser = QString(2, QLatin1Char('u'));
    c.saslPassword = QString(300 - 2 - 2 - 2, QLatin1Char('p'));
    reg.start(c);
    reg.handle(line("CAP * LS :sasl"));
    reg.handle(line("CAP * ACK :sasl"));
    const QStringList sent = lines(reg.handle(line("AUTHENTICATE +")).send);
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).size(), int(QStringLiteral("AUTHENTICATE ").size() + 400));
    QCOMPARE(sent.at(1), QStringLiteral("AUTHENTICATE +"));
}

void TestIrcRegistration::saslExternal()
{
    IrcRegistration reg;
    reg.start(config(IrcRegistration::Sasl::External));
    reg.handle(line("CAP * LS :sasl=EXTERNAL"));
    QCOMPARE(lines(reg.handle(line("CAP * ACK :sasl")).send), QStringList{QStringLiteral("AUTHENTICATE EXTERNAL")});
    QCOMPARE(lines(reg.handle(line("AUTHENTICATE +")).send), QStringList{QStringLiteral("AUTHENTICATE +")});
}

void TestIrcRegistration::saslFailure()
{
    IrcRegistration reg;
    reg.start(config(IrcRegistration::Sasl::Plain));
    reg.handle(line("CAP * LS :sasl"));
    reg.handle(line("CAP * ACK :sasl"));
    reg.handle(line("AUTHENTICATE +"));
    const IrcRegistration::Step step = reg.handle(line(":irc.test 904 bot :SASL authentication failed"));
    QVERIFY(step.error.contains(QStringLiteral("wrong account name or password")));
}

void TestIrcRegistration::saslNotOffered()
{
    IrcRegistration reg;
    reg.start(config(IrcRegistration::Sasl::Plain));
    const IrcRegistration::Step step = reg.handle(line("CAP * LS :multi-prefix"));
    QVERIFY(step.error.contains(QStringLiteral("does not offer SASL")));
}

void TestIrcRegistration::nickInUse()
{
    IrcRegistration reg;
    reg.start(config());
    QStringList tried;
    for (int i = 0; i < 4; ++i) {
        const IrcRegistration::Step step = reg.handle(line(":irc.test 433 * bot :Nickname is already in use"));
        QVERIFY(step.error.isEmpty());
        QVERIFY(!step.notice.isEmpty());
        tried += lines(step.send);
    }
    QCOMPARE(tried,
             (QStringList{QStringLiteral("NICK bot_"), QStringLiteral("NICK bot__"), QStringLiteral("NICK bot1"),
                          QStringLiteral("NICK bot2")}));
    QVERIFY(reg.handle(line(":irc.test 001 bot2 :Welcome")).registered);
    QCOMPARE(reg.nick(), QStringLiteral("bot2"));
    // Not forever: a server that refuses everything ends in an error.
    IrcRegistration stubborn;
    stubborn.start(config());
    QString error;
    for (int i = 0; i < 20 && error.isEmpty(); ++i)
        error = stubborn.handle(line(":irc.test 433 * x :in use")).error;
    QVERIFY(error.contains(QStringLiteral("in use")));
}

void TestIrcRegistration::erroneousNick()
{
    IrcRegistration reg;
    reg.start(config());
    const IrcRegistration::Step step = reg.handle(line(":irc.test 432 * bot :Erroneous nickname"));
    QVERIFY(step.error.contains(QStringLiteral("does not accept")));
}

void TestIrcRegistration::capNewDel()
{
    IrcRegistration reg;
    reg.start(config());
    reg.handle(line("CAP * LS :multi-prefix"));
    reg.handle(line("CAP * ACK :multi-prefix"));
    reg.handle(line("001 bot :hi"));
    QCOMPARE(lines(reg.handle(line("CAP bot NEW :away-notify unknown-cap")).send),
             QStringList{QStringLiteral("CAP REQ away-notify")});
    reg.handle(line("CAP bot ACK :away-notify"));
    QVERIFY(reg.hasCapability(QStringLiteral("away-notify")));
    reg.handle(line("CAP bot DEL :away-notify"));
    QVERIFY(!reg.hasCapability(QStringLiteral("away-notify")));
}

void TestIrcRegistration::passwordRefused()
{
    IrcRegistration reg;
    reg.start(config());
    QVERIFY(reg.handle(line(":irc.test 464 * :Password incorrect")).error.contains(QStringLiteral("password")));
}

QTEST_GUILESS_MAIN(TestIrcRegistration)
#include "tst_ircregistration.moc"
