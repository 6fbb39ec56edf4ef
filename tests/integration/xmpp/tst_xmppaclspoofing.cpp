// Access control against impostors on a real Prosody: an in-process Bot on
// the real XMPP backend with admin@localhost as its only admin, and other
// accounts that borrow the admin's name as a room nick, as a resource, in
// another case, or through the room's history. Every refusal is checked
// twice: the bot says no, and what the command would have done (join a
// room) did not happen.
#include "xmpptesthelpers.h"

#include "backends/xmpp/mucpresence.h"
#include "backends/xmpp/xmpproom.h"
#include "core/bot/accesscontrol.h"
#include "core/bot/bot.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace Botdeck;
using namespace Botdeck::Xmpp;

namespace {

const QString Admin = QStringLiteral("admin@localhost");
const QString Service = QStringLiteral("@conference.localhost");

QString password(const QString &user)
{
    return user.toLower() + QStringLiteral("-pw");
}

} // namespace

class TestXmppAclSpoofing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void adminAccepted();
    void anonymousRoomNickAdmin();
    void imitatedJidAsNickOrResource();
    void caseOfTheAccount();
    void historyUnderAnAdminsNick();

private:
    std::unique_ptr<TestClient> login(const QString &user, const QString &resource = QStringLiteral("test"));
    XmppRoom *enter(TestClient &client, const QString &room, const QString &nick);
    // Says text to to, as who, and returns the bot's answer.
    QString ask(TestClient &who, const Identifier &to, const QString &text);
    // The admin-only command that changes something, and a harmless one;
    // both refused, naming aclAttr, and nothing joined.
    void verifyRefused(TestClient &who, const Identifier &to, const QString &aclAttr);
    // A room in which the bot is a mere participant: carol made it, and
    // Prosody shows real JIDs to moderators only.
    XmppRoom *semiAnonymousRoom();
    // Whether the bot sent presence to room (as a join does).
    bool askedToJoin(const QString &room) const;
    static Identifier botPerson()
    {
        return Identifier::makePerson(QStringLiteral("bot@localhost"), QStringLiteral("bot"));
    }

    std::unique_ptr<XmppServerFixture> m_server = XmppServerFixture::make();
    std::unique_ptr<TestClient> m_botClient;
    std::unique_ptr<Bot> m_bot;
    std::unique_ptr<QSignalSpy> m_replies;
    std::vector<std::unique_ptr<TestClient>> m_others;
    int m_round = 0;
};

void TestXmppAclSpoofing::initTestCase()
{
    const QString missing = m_server->missingPrograms();
    if (!missing.isEmpty())
        QSKIP(qPrintable(missing));
    for (const QString &user :
         {QStringLiteral("bot"), QStringLiteral("admin"), QStringLiteral("mallory"), QStringLiteral("carol")})
        QVERIFY2(m_server->registerUser(user, password(user)), qPrintable(m_server->error()));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

void TestXmppAclSpoofing::init()
{
    ++m_round;
    m_bot = std::make_unique<Bot>();
    m_bot->setSendRate(0);
    m_bot->addBuiltinPlugins();
    AccessControl acl;
    acl.setAdmins({Admin});
    m_bot->setAccessControl(acl);
    m_replies = std::make_unique<QSignalSpy>(m_bot.get(), &Bot::replyQueued);
    m_botClient = login(QStringLiteral("bot"));
    QVERIFY(m_botClient);
    m_bot->attach(m_botClient->get());
}

void TestXmppAclSpoofing::cleanup()
{
    m_others.clear();
    m_replies.reset();
    m_bot.reset();
    m_botClient.reset();
}

std::unique_ptr<TestClient> TestXmppAclSpoofing::login(const QString &user, const QString &resource)
{
    auto client = std::make_unique<TestClient>();
    (*client)->connectToService(
        xmppSettings(*m_server, user, password(user), {{QStringLiteral("resource"), resource}}));
    if (!QTest::qWaitFor([&] { return (*client)->state() == Backend::State::Connected; }, 10000)) {
        qWarning("%s did not log in: %s", qPrintable(user), qPrintable(client->errors.join(QStringLiteral(" | "))));
        return nullptr;
    }
    return client;
}

XmppRoom *TestXmppAclSpoofing::enter(TestClient &client, const QString &room, const QString &nick)
{
    const Result<Room *> found = client->queryRoom(room);
    if (!found)
        qFatal("%s", qPrintable(found.error()));
    auto *xmpp = qobject_cast<XmppRoom *>(found.value());
    xmpp->setNick(nick);
    xmpp->join();
    if (!QTest::qWaitFor([xmpp] { return xmpp->isJoined(); }, 10000))
        qWarning("%s did not enter %s: %s", qPrintable(nick), qPrintable(room),
                 qPrintable(client.errors.join(QStringLiteral(" | "))));
    return xmpp;
}

QString TestXmppAclSpoofing::ask(TestClient &who, const Identifier &to, const QString &text)
{
    const qsizetype before = m_replies->size();
    who->sendText(to, text);
    if (!QTest::qWaitFor([&] { return m_replies->size() > before; }, 10000))
        return {};
    return m_replies->at(before).at(1).value<Message>().body();
}

void TestXmppAclSpoofing::verifyRefused(TestClient &who, const Identifier &to, const QString &aclAttr)
{
    const QString show = ask(who, to, QStringLiteral("!acl show"));
    QCOMPARE(show,
             QStringLiteral("You may not run acl show: only admins may run acl show; your aclAttr is ") + aclAttr);

    const QString vault = QStringLiteral("vault%1").arg(m_round) + Service;
    const QString join = ask(who, to, QStringLiteral("!room join ") + vault);
    QVERIFY2(join.startsWith(QStringLiteral("You may not run room join")), qPrintable(join));
    // The refusal comes before anything is done: no room, no join asked.
    QVERIFY(!(*m_botClient)->room(vault));
    QVERIFY(!askedToJoin(vault));
}

bool TestXmppAclSpoofing::askedToJoin(const QString &room) const
{
    return std::any_of(m_botClient->traffic.cbegin(), m_botClient->traffic.cend(), [&room](const QString &line) {
        return line.startsWith(QLatin1String("<presence")) && line.contains(room);
    });
}

XmppRoom *TestXmppAclSpoofing::semiAnonymousRoom()
{
    m_others.push_back(login(QStringLiteral("carol"))); // she and the room stay until cleanup()
    TestClient *carol = m_others.back().get();
    if (!carol)
        return nullptr;
    const QString id = QStringLiteral("semi%1").arg(m_round) + Service;
    enter(*carol, id, QStringLiteral("carol"));
    XmppRoom *room = enter(*m_botClient, id, QStringLiteral("bot"));
    // What makes the room a test of anonymity: the bot is no moderator and
    // is told nobody's real JID.
    const Identifier self = room->occupant(QStringLiteral("bot"));
    if (self.extra(XmppExtras::Role).toString() != QLatin1String("participant"))
        qWarning("the bot is %s in %s", qPrintable(self.extra(XmppExtras::Role).toString()), qPrintable(id));
    return room;
}

void TestXmppAclSpoofing::adminAccepted()
{
    // The control: without it every refusal below could be a broken bot.
    auto admin = login(QStringLiteral("admin"));
    QVERIFY(admin);
    const QString shown = ask(*admin, botPerson(), QStringLiteral("!acl show"));
    QVERIFY2(shown.startsWith(QStringLiteral("Admins: ") + Admin), qPrintable(shown));
    const QString vault = QStringLiteral("vault%1").arg(m_round) + Service;
    const QString joined = ask(*admin, botPerson(), QStringLiteral("!room join ") + vault);
    QCOMPARE(joined, QStringLiteral("Joined %1.").arg(vault));
    QVERIFY((*m_botClient)->room(vault)->isJoined());
}

void TestXmppAclSpoofing::anonymousRoomNickAdmin()
{
    XmppRoom *room = semiAnonymousRoom();
    QVERIFY(room && room->isJoined());
    const Identifier carol = room->occupant(QStringLiteral("carol"));
    QCOMPARE(room->occupant(QStringLiteral("bot")).extra(XmppExtras::Role).toString(), QStringLiteral("participant"));
    QVERIFY(carol.extra(XmppExtras::RealJid).toString().isEmpty());
    QVERIFY(!carol.canContactPrivately());

    auto mallory = login(QStringLiteral("mallory"));
    QVERIFY(mallory);
    XmppRoom *malloryRoom = enter(*mallory, room->id(), QStringLiteral("admin"));
    QVERIFY(malloryRoom->isJoined());
    QTRY_VERIFY_WITH_TIMEOUT(room->hasOccupant(QStringLiteral("admin")), 5000);
    const Identifier seen = room->occupant(QStringLiteral("admin"));
    QVERIFY(seen.extra(XmppExtras::RealJid).toString().isEmpty());
    const QString scope = m_server->hasOccupantIds() ? room->id() + QStringLiteral("#occupant-id:")
                                                     : room->id() + QStringLiteral("/admin");
    QVERIFY2(seen.aclAttr().startsWith(scope), qPrintable(seen.aclAttr()));
    verifyRefused(*mallory, malloryRoom->identifier(), seen.aclAttr());
    // A private message through the room: the same occupant, refused alike.
    verifyRefused(*mallory, malloryRoom->occupant(QStringLiteral("bot")), seen.aclAttr());

    // Here even the real admin cannot be told from an impostor: refused.
    auto admin = login(QStringLiteral("admin"));
    QVERIFY(admin);
    XmppRoom *adminRoom = enter(*admin, room->id(), QStringLiteral("boss"));
    QTRY_VERIFY_WITH_TIMEOUT(room->hasOccupant(QStringLiteral("boss")), 5000);
    verifyRefused(*admin, adminRoom->identifier(), room->occupant(QStringLiteral("boss")).aclAttr());
}

void TestXmppAclSpoofing::imitatedJidAsNickOrResource()
{
    XmppRoom *room = semiAnonymousRoom();
    QVERIFY(room && room->isJoined());
    auto mallory = login(QStringLiteral("mallory"), QStringLiteral("admin"));
    QVERIFY(mallory);
    // A resource is the sender's to choose; the bare JID is the server's.
    verifyRefused(*mallory, botPerson(), QStringLiteral("mallory@localhost"));

    for (const QString &nick : {Admin, Admin + QStringLiteral("/test"), QStringLiteral("Admin@Localhost")}) {
        XmppRoom *malloryRoom = enter(*mallory, room->id(), nick);
        QVERIFY(malloryRoom->isJoined());
        QTRY_VERIFY_WITH_TIMEOUT(room->hasOccupant(nick), 5000);
        const Identifier seen = room->occupant(nick);
        QVERIFY2(seen.aclAttr() != Admin, qPrintable(seen.aclAttr()));
        QVERIFY(!m_bot->isAdmin(seen, m_botClient->get()));
        verifyRefused(*mallory, malloryRoom->identifier(), seen.aclAttr());
        verifyRefused(*mallory, malloryRoom->occupant(QStringLiteral("bot")), seen.aclAttr());
        malloryRoom->leave();
        QTRY_VERIFY_WITH_TIMEOUT(!room->hasOccupant(nick), 5000);
    }
}

void TestXmppAclSpoofing::caseOfTheAccount()
{
    // Localparts are case-insensitive (nodeprep): logging in as ADMIN is
    // the admin account, and Prosody says so in its own spelling.
    auto admin = login(QStringLiteral("ADMIN"));
    QVERIFY(admin);
    const QString shown = ask(*admin, botPerson(), QStringLiteral("!acl show"));
    QVERIFY2(shown.startsWith(QStringLiteral("Admins: ")), qPrintable(shown));

    // A room nick in the admin's name, in any case, is only a nick.
    XmppRoom *room = semiAnonymousRoom();
    QVERIFY(room && room->isJoined());
    auto mallory = login(QStringLiteral("mallory"));
    QVERIFY(mallory);
    for (const QString &nick : {QStringLiteral("Admin"), QStringLiteral("ADMIN@LOCALHOST")}) {
        XmppRoom *malloryRoom = enter(*mallory, room->id(), nick);
        QTRY_VERIFY_WITH_TIMEOUT(room->hasOccupant(nick), 5000);
        verifyRefused(*mallory, malloryRoom->identifier(), room->occupant(nick).aclAttr());
        malloryRoom->leave();
        QTRY_VERIFY_WITH_TIMEOUT(!room->hasOccupant(nick), 5000);
    }
}

void TestXmppAclSpoofing::historyUnderAnAdminsNick()
{
    // The bot's account makes the room and so owns it: a moderator there,
    // it is shown real JIDs. (An earlier session of it, since a room asks
    // for history only on its first join.)
    const QString id = QStringLiteral("open%1").arg(m_round) + Service;
    {
        auto earlier = login(QStringLiteral("bot"), QStringLiteral("earlier"));
        QVERIFY(earlier);
        QVERIFY(enter(*earlier, id, QStringLiteral("bot"))->isJoined());
        m_others.push_back(login(QStringLiteral("carol"))); // keeps the room while the bot is away
        QVERIFY(m_others.back());
        QVERIFY(enter(*m_others.back(), id, QStringLiteral("carol"))->isJoined());
    }

    // Mallory speaks under the admin's nick while the bot is away and goes;
    // the admin comes in under that nick.
    auto mallory = login(QStringLiteral("mallory"));
    QVERIFY(mallory);
    XmppRoom *malloryRoom = enter(*mallory, id, QStringLiteral("admin"));
    const QString vault = QStringLiteral("vault%1").arg(m_round) + Service;
    QSignalSpy carolHeard(m_others.back()->get(), &Backend::messageReceived);
    mallory->get()->sendText(malloryRoom->identifier(), QStringLiteral("!room join ") + vault);
    QTRY_VERIFY_WITH_TIMEOUT(!carolHeard.isEmpty(), 5000); // in the room's history now
    malloryRoom->leave();
    QTRY_VERIFY_WITH_TIMEOUT(!malloryRoom->isJoined(), 5000);
    auto admin = login(QStringLiteral("admin"));
    QVERIFY(admin);
    XmppRoom *adminRoom = enter(*admin, id, QStringLiteral("admin"));

    // The bot comes back: it sees the admin's real JID behind "admin", and
    // the history says "admin" asked to join the vault.
    QSignalSpy botHeard(m_botClient->get(), &Backend::messageReceived);
    XmppRoom *room = enter(*m_botClient, id, QStringLiteral("bot"));
    QVERIFY(room->isJoined());
    QCOMPARE(room->occupant(QStringLiteral("admin")).aclAttr(), Admin);
    QTRY_VERIFY_WITH_TIMEOUT(!botHeard.isEmpty(), 5000);
    const Message replayed = botHeard.first().first().value<Message>();
    QCOMPARE(replayed.body(), QStringLiteral("!room join ") + vault);
    QCOMPARE(replayed.from(), room->occupant(QStringLiteral("admin")));
    QVERIFY(replayed.extras().value(QStringLiteral("delayed")).toBool());

    // The admin's own live command is the marker: answered, and nothing
    // was answered or done for the history before it.
    const qsizetype before = m_replies->size();
    const QString shown = ask(*admin, adminRoom->identifier(), QStringLiteral("!acl show"));
    QVERIFY2(shown.startsWith(QStringLiteral("Admins: ")), qPrintable(shown));
    QCOMPARE(m_replies->size(), before + 1);
    QVERIFY(!(*m_botClient)->room(vault));
    QVERIFY(!askedToJoin(vault));
}

QTEST_GUILESS_MAIN(TestXmppAclSpoofing)
#include "tst_xmppaclspoofing.moc"
