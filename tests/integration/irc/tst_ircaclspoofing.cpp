// Access control against impostors on real IRC servers (ngircd, InspIRCd 3):
// an in-process Bot on the real backend, an admin bound to nick and host,
// and raw clients that take the admin's nick from another loopback address
// (127.0.0.2), rename themselves to it, or write it in another case, in a
// channel and in private. Every refusal is checked twice: the bot says no,
// and what the command would have done (join a channel) did not happen.
#include "ircintegration.h"

#include "backends/irc/irccasemapping.h"
#include "core/bot/accesscontrol.h"
#include "core/bot/bot.h"

#include <QSignalSpy>

using namespace Botdeck;
using namespace Botdeck::Irc;

namespace {

const QHostAddress AdminHost(QStringLiteral("127.0.0.1"));
const QHostAddress OtherHost(QStringLiteral("127.0.0.2"));

bool isReply(const IrcMessage &m)
{
    return m.command == QLatin1String("PRIVMSG") || m.command == QLatin1String("NOTICE");
}

} // namespace

class TestIrcAclSpoofing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void adminAccepted();
    void sameNickOtherHost();
    void sameNickOtherHostAfterUnseenQuit();
    void nickChangeToAdminsNick();
    void caseMappingLookAlikes();

private:
    IrcServer *server() const;
    // A raw client registered as nick from host; null (with a warning) if
    // the server refused it.
    std::unique_ptr<IrcTestClient> connectClient(const QString &nick, const QHostAddress &host,
                                                 const QString &user = {});
    void joinChannel(IrcTestClient &client, const QString &channel);
    // Waits until the bot's view of the channel has (or has not) nick.
    bool botSees(const QString &nick, bool present);
    // Says text to target (the channel or the bot) and returns the bot's
    // answer to it, in the channel or privately.
    QString ask(IrcTestClient &client, const QString &target, const QString &text);
    // Asks the server (not the bot) whether the bot is in channel.
    bool botIsIn(IrcTestClient &observer, const QString &channel);
    void quit(IrcTestClient &client);
    // The admin-only command that changes something, and a harmless one
    // whose refusal names the caller; both refused, and nothing joined.
    void verifyRefused(IrcTestClient &client, const QString &target, const QString &vault);

    std::unique_ptr<IrcServer> m_ngircd;
    std::unique_ptr<IrcServer> m_inspircd;
    std::unique_ptr<IrcBackend> m_backend;
    std::unique_ptr<Bot> m_bot;
    int m_round = 0;
    QString m_botNick;
    QString m_adminNick; // "Ad[min]N": the brackets fold under rfc1459
    QString m_channel;
};

void TestIrcAclSpoofing::initTestCase_data()
{
    QTest::addColumn<IrcServer::Kind>("kind");
    QTest::newRow("ngircd") << IrcServer::Kind::Ngircd;
    QTest::newRow("inspircd") << IrcServer::Kind::Inspircd;
}

void TestIrcAclSpoofing::initTestCase()
{
    // Every address in 127.0.0.0/8 is this machine; the servers listen on
    // 127.0.0.1 only, so a client bound to 127.0.0.2 shows another host.
    QTcpSocket probe;
    if (!probe.bind(OtherHost))
        QSKIP("127.0.0.2 cannot be bound here");
    m_ngircd = std::make_unique<IrcServer>(IrcServer::Kind::Ngircd);
    if (m_ngircd->missingReason().isEmpty())
        QVERIFY2(m_ngircd->start(), qPrintable(m_ngircd->error()));
    m_inspircd = std::make_unique<IrcServer>(IrcServer::Kind::Inspircd);
    if (m_inspircd->missingReason().isEmpty())
        QVERIFY2(m_inspircd->start(), qPrintable(m_inspircd->error()));
}

IrcServer *TestIrcAclSpoofing::server() const
{
    QFETCH_GLOBAL(IrcServer::Kind, kind);
    return kind == IrcServer::Kind::Ngircd ? m_ngircd.get() : m_inspircd.get();
}

void TestIrcAclSpoofing::init()
{
    if (const QString missing = server()->missingReason(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    // Fresh nicks and channel each time: the last test's clients may not
    // have left the server yet.
    ++m_round;
    m_botNick = QStringLiteral("aclbot%1").arg(m_round);
    m_adminNick = QStringLiteral("Ad[min]%1").arg(m_round);
    m_channel = QStringLiteral("#acl%1").arg(m_round);

    m_bot = std::make_unique<Bot>();
    m_bot->setSendRate(0);
    m_bot->addBuiltinPlugins();
    AccessControl acl;
    // Nick and host: only the host is the server's word, so it is what
    // keeps impostors out; the nick makes the case mapping matter.
    acl.setAdmins({m_adminNick + QStringLiteral("!*@127.0.0.1")});
    m_bot->setAccessControl(acl);
    QVariantMap fields = ircFields(server()->port(), m_botNick);
    fields.insert(QStringLiteral("rooms"), m_channel);
    m_backend = makeIrcBackend(fields);
    QVERIFY(m_backend);
    m_bot->attach(m_backend.get());
    QTRY_VERIFY_WITH_TIMEOUT(m_backend->room(m_channel) && m_backend->room(m_channel)->isJoined(), 10000);
}

void TestIrcAclSpoofing::cleanup()
{
    m_bot.reset();
    if (m_backend)
        m_backend->disconnectFromService();
    m_backend.reset();
}

std::unique_ptr<IrcTestClient> TestIrcAclSpoofing::connectClient(const QString &nick, const QHostAddress &host,
                                                                 const QString &user)
{
    // Registered under a plain nick first: the test client's user name is
    // its first nick, and ngircd refuses brackets in user names. The same
    // user name for admin and impostor leaves the host as the only
    // difference.
    const QString first = user.isEmpty() ? QStringLiteral("adm%1").arg(m_round) : user;
    auto client = std::make_unique<IrcTestClient>();
    client->setLocalAddress(host);
    if (!client->connectAndRegister(server()->port(), first)) {
        qWarning("%s could not register from %s", qPrintable(first), qPrintable(host.toString()));
        return nullptr;
    }
    if (nick != first) {
        client->send(QStringLiteral("NICK ") + nick);
        if (client->waitForCommand(QStringLiteral("NICK")).command.isEmpty()) {
            qWarning("%s could not take the nick %s", qPrintable(first), qPrintable(nick));
            return nullptr;
        }
    }
    return client;
}

void TestIrcAclSpoofing::joinChannel(IrcTestClient &client, const QString &channel)
{
    client.send(QStringLiteral("JOIN ") + channel);
    QVERIFY(!client.waitForCommand(QStringLiteral("366")).command.isEmpty());
}

bool TestIrcAclSpoofing::botSees(const QString &nick, bool present)
{
    return QTest::qWaitFor([&] { return m_backend->room(m_channel)->hasOccupant(nick) == present; }, 10000);
}

QString TestIrcAclSpoofing::ask(IrcTestClient &client, const QString &target, const QString &text)
{
    const bool inChannel = target.startsWith(u'#');
    const auto fromBot = [&](const IrcMessage &m) {
        return isReply(m) && m.nick() == m_backend->currentNick()
            && (inChannel ? m.param(0) == target : !m.param(0).startsWith(u'#'));
    };
    // What the bot said to others in the channel is not the answer; the
    // callers' own waits (JOIN, NICK) come after it on the same socket.
    while (!client.waitFor(fromBot, 0).command.isEmpty()) { }
    client.send(QStringLiteral("PRIVMSG %1 :%2").arg(target, text));
    return client.waitFor(fromBot).param(1);
}

bool TestIrcAclSpoofing::botIsIn(IrcTestClient &observer, const QString &channel)
{
    observer.send(QStringLiteral("NAMES ") + channel);
    if (observer
            .waitFor([&](const IrcMessage &m) { return m.command == QLatin1String("366") && m.param(1) == channel; })
            .command.isEmpty())
        return true; // no answer: assume the worst
    const CaseMapping mapping = m_backend->isupport().caseMapping();
    bool found = false;
    for (;;) {
        const IrcMessage names = observer.waitFor(
            [&](const IrcMessage &m) { return m.command == QLatin1String("353") && m.param(2) == channel; }, 0);
        if (names.command.isEmpty())
            return found;
        const QStringList nicks = names.params.constLast().split(u' ', Qt::SkipEmptyParts);
        for (QString nick : nicks) {
            while (!nick.isEmpty() && QStringView(u"~&@%+").contains(nick.front()))
                nick.remove(0, 1);
            found = found || equalFolded(nick, m_backend->currentNick(), mapping);
        }
    }
}

void TestIrcAclSpoofing::quit(IrcTestClient &client)
{
    client.send(QStringLiteral("QUIT :bye"));
    QVERIFY(!client.waitForCommand(QStringLiteral("ERROR")).command.isEmpty());
}

void TestIrcAclSpoofing::verifyRefused(IrcTestClient &client, const QString &target, const QString &vault)
{
    const QString show = ask(client, target, QStringLiteral("!acl show"));
    QVERIFY2(show.contains(QStringLiteral("You may not run acl show: only admins may run acl show")), qPrintable(show));
    // The refusal names what the bot went by: the impostor's own host.
    QVERIFY2(show.contains(QStringLiteral("@127.0.0.2")), qPrintable(show));
    QVERIFY2(!show.contains(QStringLiteral("Admins:")), qPrintable(show));

    const QString join = ask(client, target, QStringLiteral("!room join ") + vault);
    QVERIFY2(join.contains(QStringLiteral("You may not run room join")), qPrintable(join));
    // An accepted join would have been sent before any answer; none was.
    QVERIFY(!m_backend->room(vault) || !m_backend->room(vault)->isJoined());
    QVERIFY(!botIsIn(client, vault));
}

void TestIrcAclSpoofing::adminAccepted()
{
    // The control: without it every refusal below could be a broken bot.
    std::unique_ptr<IrcTestClient> admin = connectClient(m_adminNick, AdminHost);
    QVERIFY(admin);
    joinChannel(*admin, m_channel);
    QVERIFY(botSees(m_adminNick, true));

    const QString shown = ask(*admin, m_backend->currentNick(), QStringLiteral("!acl show"));
    QVERIFY2(shown.contains(QStringLiteral("Admins: ") + m_adminNick), qPrintable(shown));
    const QString vault = m_channel + QStringLiteral("-vault");
    const QString joined = ask(*admin, m_channel, QStringLiteral("!room join ") + vault);
    QVERIFY2(joined.contains(QStringLiteral("Joined")), qPrintable(joined));
    QVERIFY(botIsIn(*admin, vault));
}

void TestIrcAclSpoofing::sameNickOtherHost()
{
    std::unique_ptr<IrcTestClient> admin = connectClient(m_adminNick, AdminHost);
    QVERIFY(admin);
    joinChannel(*admin, m_channel);
    QVERIFY(botSees(m_adminNick, true));
    QVERIFY(ask(*admin, m_channel, QStringLiteral("!acl show")).contains(QStringLiteral("Admins:")));
    quit(*admin);
    QVERIFY(botSees(m_adminNick, false));

    std::unique_ptr<IrcTestClient> impostor = connectClient(m_adminNick, OtherHost);
    QVERIFY(impostor);
    joinChannel(*impostor, m_channel);
    QVERIFY(botSees(m_adminNick, true));
    const Identifier seen = m_backend->room(m_channel)->occupant(m_adminNick);
    QVERIFY2(seen.aclAttr().endsWith(QStringLiteral("@127.0.0.2")), qPrintable(seen.aclAttr()));
    verifyRefused(*impostor, m_channel, m_channel + QStringLiteral("-vault"));
    verifyRefused(*impostor, m_backend->currentNick(), m_channel + QStringLiteral("-vault"));
}

void TestIrcAclSpoofing::sameNickOtherHostAfterUnseenQuit()
{
    // The admin only ever speaks privately and shares no channel with the
    // bot, so the bot never sees them quit: whatever it remembers about
    // that nick must not carry over to the next one to take it.
    std::unique_ptr<IrcTestClient> admin = connectClient(m_adminNick, AdminHost);
    QVERIFY(admin);
    QVERIFY(ask(*admin, m_backend->currentNick(), QStringLiteral("!acl show")).contains(QStringLiteral("Admins:")));
    quit(*admin);

    std::unique_ptr<IrcTestClient> impostor = connectClient(m_adminNick, OtherHost);
    QVERIFY(impostor);
    verifyRefused(*impostor, m_backend->currentNick(), m_channel + QStringLiteral("-vault"));
}

void TestIrcAclSpoofing::nickChangeToAdminsNick()
{
    std::unique_ptr<IrcTestClient> admin = connectClient(m_adminNick, AdminHost);
    QVERIFY(admin);
    joinChannel(*admin, m_channel);
    const QString mallorysNick = QStringLiteral("mallory%1").arg(m_round);
    std::unique_ptr<IrcTestClient> mallory = connectClient(mallorysNick, OtherHost, mallorysNick);
    QVERIFY(mallory);
    joinChannel(*mallory, m_channel);
    QVERIFY(botSees(mallorysNick, true));
    QVERIFY(ask(*admin, m_channel, QStringLiteral("!acl show")).contains(QStringLiteral("Admins:")));
    quit(*admin);
    QVERIFY(botSees(m_adminNick, false));

    QSignalSpy changed(m_backend->room(m_channel), &Room::occupantChanged);
    mallory->send(QStringLiteral("NICK ") + m_adminNick);
    QVERIFY(!mallory->waitForCommand(QStringLiteral("NICK")).command.isEmpty());
    QVERIFY(botSees(m_adminNick, true));
    QVERIFY(!m_backend->room(m_channel)->hasOccupant(mallorysNick));
    // The bot's record of the renamed occupant keeps mallory's host.
    const Identifier seen = m_backend->room(m_channel)->occupant(m_adminNick);
    QVERIFY2(seen.aclAttr().endsWith(QStringLiteral("@127.0.0.2")), qPrintable(seen.aclAttr()));
    verifyRefused(*mallory, m_channel, m_channel + QStringLiteral("-vault"));
    verifyRefused(*mallory, m_backend->currentNick(), m_channel + QStringLiteral("-vault"));
}

void TestIrcAclSpoofing::caseMappingLookAlikes()
{
    const CaseMapping mapping = m_backend->isupport().caseMapping();
    // Under rfc1459 "[" and "{" are one letter in two cases; under ascii
    // they are two characters, and only A-Z fold.
    const QString upper = m_adminNick.toUpper();
    QString braces = m_adminNick;
    braces.replace(u'[', u'{').replace(u']', u'}');
    QVERIFY(equalFolded(upper, m_adminNick, mapping));
    QCOMPARE(equalFolded(braces, m_adminNick, mapping), mapping != CaseMapping::Ascii);

    // From another host no spelling of the nick helps.
    const QString vault = m_channel + QStringLiteral("-vault");
    for (const QString &nick : {upper, braces}) {
        std::unique_ptr<IrcTestClient> impostor = connectClient(nick, OtherHost);
        QVERIFY(impostor);
        joinChannel(*impostor, m_channel);
        QVERIFY(botSees(nick, true));
        verifyRefused(*impostor, m_channel, vault);
        verifyRefused(*impostor, m_backend->currentNick(), vault);
        quit(*impostor);
        QVERIFY(botSees(nick, false));
    }

    // From the admin's host the nick matches as the server compares nicks:
    // another case of the same nick is the admin, and on an ascii server
    // braces make a different nick, which is not.
    for (const QString &nick : {upper, braces}) {
        std::unique_ptr<IrcTestClient> admin = connectClient(nick, AdminHost);
        QVERIFY(admin);
        joinChannel(*admin, m_channel);
        QVERIFY(botSees(nick, true));
        const bool sameNick = equalFolded(nick, m_adminNick, mapping);
        for (const QString &target : {m_channel, m_backend->currentNick()}) {
            const QString shown = ask(*admin, target, QStringLiteral("!acl show"));
            QVERIFY2(shown.contains(QStringLiteral("Admins:")) == sameNick, qPrintable(nick + u' ' + shown));
        }
        quit(*admin);
        QVERIFY(botSees(nick, false));
    }
}

QTEST_GUILESS_MAIN(TestIrcAclSpoofing)
#include "tst_ircaclspoofing.moc"
