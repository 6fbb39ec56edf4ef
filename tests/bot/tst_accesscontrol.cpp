#include "backends/irc/ircbackend.h"
#include "backends/irc/irccasemapping.h"
#include "backends/local/localbackend.h"
#include "core/bot/accesscontrol.h"
#include "core/bot/bot.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using Botdeck::AccessControl;
using Botdeck::AclDecision;
using Botdeck::AclRequest;
using Botdeck::AclRule;
using Botdeck::Identifier;
namespace Extras = Botdeck::Extras;

class TestAccessControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void globMatch_data();
    void globMatch();
    void globMatchIsLinear_data();
    void globMatchIsLinear();
    void admins_data();
    void admins();
    void adminOnlyRefusal();
    void adminOnlyForAdmins();
    void adminsBypassAllowListsButNotDenials();
    void users_data();
    void users();
    void rooms_data();
    void rooms();
    void scopes_data();
    void scopes();
    void directAndRoomOnly_data();
    void directAndRoomOnly();
    void denyByDefault();
    void spoofing_data();
    void spoofing();
    void caseFolding_data();
    void caseFolding();
    void foldCacheFollowsChanges();
    void botFoldsPatternsOncePerFolding();
    void foldCaseIds();
    void explanation_data();
    void explanation();
    void noAclAttr();
    void duplicateScopesMerge();
    void fromSettings();
    void fromSettingsWarnings_data();
    void fromSettingsWarnings();
    void servicesAccounts();
    void anonymousOccupants_data();
    void anonymousOccupants();
};

namespace {

// IRC's rfc1459 casemapping, as an IRC backend folds for access checks.
QString rfc1459(const QString &text)
{
    return Botdeck::Irc::foldCase(text, Botdeck::Irc::CaseMapping::Rfc1459);
}

Identifier who(const QString &aclAttr, const QString &nick = QStringLiteral("someone"))
{
    Identifier id = Identifier::makePerson(aclAttr, nick);
    id.setAclAttr(aclAttr);
    return id;
}

AclRequest request(const QString &command, const QString &aclAttr, const QString &room = {},
                   const QString &plugin = QStringLiteral("Utils"))
{
    AclRequest r;
    r.command = command;
    r.plugin = plugin;
    r.caller = who(aclAttr);
    r.room = room;
    return r;
}

AclRule rule(const QString &scope)
{
    AclRule r;
    r.scope = scope;
    return r;
}

QStringList list(const QString &commaSeparated)
{
    return commaSeparated.isEmpty() ? QStringList() : commaSeparated.split(QLatin1Char(','));
}

// Writes an INI file and returns its path.
QString writeIni(const QTemporaryDir &dir, const QByteArray &text)
{
    static int n = 0;
    const QString path = dir.filePath(QStringLiteral("acl%1.ini").arg(++n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(text);
    return path;
}

} // namespace

void TestAccessControl::globMatch_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    QTest::newRow("exact") << "alice"
                           << "alice" << true;
    QTest::newRow("whole string, not a prefix") << "alice"
                                                << "alice2" << false;
    QTest::newRow("whole string, not a suffix") << "alice"
                                                << "malice" << false;
    QTest::newRow("shorter text") << "abc"
                                  << "ab" << false;
    QTest::newRow("empty both") << ""
                                << "" << true;
    QTest::newRow("empty pattern") << ""
                                   << "a" << false;
    QTest::newRow("star empty") << "*"
                                << "" << true;
    QTest::newRow("star anything") << "*"
                                   << "anything at all" << true;
    QTest::newRow("stars collapse") << "a**b"
                                    << "ab" << true;
    QTest::newRow("only stars") << "***"
                                << "" << true;
    QTest::newRow("question one") << "?"
                                  << "a" << true;
    QTest::newRow("question not none") << "?"
                                       << "" << false;
    QTest::newRow("question not two") << "?"
                                      << "ab" << false;
    QTest::newRow("star question") << "*?"
                                   << "a" << true;
    QTest::newRow("star question empty") << "*?"
                                         << "" << false;
    QTest::newRow("infix star") << "a*b"
                                << "axxb" << true;
    QTest::newRow("infix star, tail left") << "a*b"
                                           << "axxbc" << false;
    QTest::newRow("star backtracks") << "*b"
                                     << "abab" << true;
    QTest::newRow("star retries") << "a*bc"
                                  << "abbbc" << true;
    QTest::newRow("hostmask") << "alice!*@trusted.example"
                              << "alice!alice@trusted.example" << true;
    QTest::newRow("hostmask other host") << "alice!*@trusted.example"
                                         << "alice!alice@evil.example" << false;
    QTest::newRow("host suffix") << "*!*@*.trusted.example"
                                 << "bob!b@irc.trusted.example" << true;
    QTest::newRow("host suffix spoof") << "*!*@*.trusted.example"
                                       << "bob!b@trusted.example.evil" << false;
    QTest::newRow("case sensitive without fold") << "Alice"
                                                 << "alice" << false;
    QTest::newRow("trailing space in text") << "alice"
                                            << "alice " << false;
    QTest::newRow("trailing space in pattern") << "alice "
                                               << "alice" << false;
    QTest::newRow("cyrillic a") << "alice" << QStringLiteral("\u0430lice") << false;
    QTest::newRow("question matches cyrillic") << "?lice" << QStringLiteral("\u0430lice") << true;
    QTest::newRow("brackets are literal") << "nick[away]"
                                          << "nick[away]" << true;
    QTest::newRow("brackets are no class") << "[ab]"
                                           << "a" << false;
    QTest::newRow("emoji is one character") << "?" << QStringLiteral("\U0001F600") << true;
    QTest::newRow("emoji is not two") << "??" << QStringLiteral("\U0001F600") << false;
    QTest::newRow("emoji inside") << "a?b" << QStringLiteral("a\U0001F600b") << true;
    QTest::newRow("head and tail overlap") << "ab*ba"
                                           << "aba" << false;
    QTest::newRow("head and tail meet") << "ab*ba"
                                        << "abba" << true;
    QTest::newRow("tail needs two") << "a*a"
                                    << "a" << false;
    QTest::newRow("star in the middle only") << "a*b*c"
                                             << "abc" << true;
    QTest::newRow("middle mismatch") << "a*x*c"
                                     << "abc" << false;
    QTest::newRow("question in tail") << "*?b"
                                      << "ab" << true;
    QTest::newRow("question in tail, too short") << "*??b"
                                                 << "ab" << false;
    QTest::newRow("emoji in tail") << "*?" << QStringLiteral("a\U0001F600") << true;
    QTest::newRow("emoji tail is one") << "a*??" << QStringLiteral("a\U0001F600") << false;
    QTest::newRow("emoji literal after star") << QStringLiteral("*\U0001F600") << QStringLiteral("x\U0001F600") << true;
}

void TestAccessControl::globMatch()
{
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QCOMPARE(AccessControl::globMatch(pattern, text), matches);
}

void TestAccessControl::globMatchIsLinear_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");
    const QString as(100000, u'a');
    QTest::newRow("a*a*a*a*a*b") << "a*a*a*a*a*b" << as << false;
    QTest::newRow("a*a*a*a*a*a") << "a*a*a*a*a*a" << as << true;
    QTest::newRow("many stars") << "*a*a*a*a*a*a*a*a*a*a*a*a*b" << as << false;
    QTest::newRow("question stars") << "*?*?*?*?*?*?*?*?*b" << as << false;
    // Literal ends that match, so the work falls on the middle part.
    QTest::newRow("a*a*a*a*a*b*") << "a*a*a*a*a*b*" << as << false;
    QTest::newRow("star, 200 a's, b, star")
        << QStringLiteral("*") + QString(200, u'a') + QStringLiteral("b*") << QString(20000, u'a') << false;
    QTest::newRow("long pattern") << QString(QStringLiteral("a*")).repeated(2000) + QStringLiteral("b") << as << false;
}

void TestAccessControl::globMatchIsLinear()
{
    // A backtracking matcher takes years on these; ours takes a few
    // pattern × text steps. The bound is generous for slow CI machines.
    QFETCH(QString, pattern);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(AccessControl::globMatch(pattern, text), matches);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("%1 ms").arg(timer.elapsed())));
}

void TestAccessControl::admins_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("aclAttr");
    QTest::addColumn<bool>("admin");
    const QStringList irc{QStringLiteral("alice!alice@trusted.example"), QStringLiteral("*!ops@*.staff.example")};
    QTest::newRow("exact") << irc << "alice!alice@trusted.example" << true;
    QTest::newRow("wildcard") << irc << "carol!ops@vpn.staff.example" << true;
    QTest::newRow("other user") << irc << "bob!bob@trusted.example" << false;
    QTest::newRow("no admins") << QStringList() << "alice!alice@trusted.example" << false;
    QTest::newRow("local") << QStringList{QStringLiteral("@root")} << "@root" << true;
    QTest::newRow("xmpp") << QStringList{QStringLiteral("*@admins.example.org")} << "ann@admins.example.org" << true;
    QTest::newRow("xmpp subdomain spoof")
        << QStringList{QStringLiteral("*@admins.example.org")} << "ann@admins.example.org.evil" << false;
}

void TestAccessControl::admins()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, aclAttr);
    QFETCH(bool, admin);
    AccessControl acl;
    acl.setAdmins(patterns);
    QCOMPARE(acl.admins(), patterns);
    QCOMPARE(acl.isAdmin(who(aclAttr)), admin);

    AclRequest r = request(QStringLiteral("shutdown"), aclAttr);
    r.adminOnly = true;
    QCOMPARE(acl.check(r).allowed, admin);
}

void TestAccessControl::adminOnlyRefusal()
{
    AccessControl acl;
    acl.setAdmins({QStringLiteral("@root")});
    // Even a rule that allows everybody does not open an admin-only command.
    AclRule open = rule(QStringLiteral("shutdown"));
    open.allowUsers = QStringList{QStringLiteral("*")};
    acl.setRules({open});
    AclRequest r = request(QStringLiteral("shutdown"), QStringLiteral("@bob"));
    r.adminOnly = true;
    const AclDecision d = acl.check(r);
    QVERIFY(!d.allowed);
    QCOMPARE(d.reason, QStringLiteral("only admins may run shutdown; your aclAttr is @bob"));
    QCOMPARE(d.rule, QStringLiteral("admins"));
    QCOMPARE(d.field, QStringLiteral("aclAttr"));
    QCOMPARE(d.value, QStringLiteral("@bob"));
}

void TestAccessControl::adminOnlyForAdmins()
{
    AccessControl acl;
    acl.setAdmins({QStringLiteral("@r*")});
    AclRequest r = request(QStringLiteral("shutdown"), QStringLiteral("@root"));
    r.adminOnly = true;
    AclDecision d = acl.check(r);
    QVERIFY(d.allowed);
    QCOMPARE(d.rule, QStringLiteral("admins"));
    QCOMPARE(d.pattern, QStringLiteral("@r*"));
    QVERIFY2(d.reason.contains(QStringLiteral("@r*")), qPrintable(d.reason));

    // An explicit deny naming an admin holds for admin-only commands too.
    AclRule deny = rule(QStringLiteral("shutdown"));
    deny.denyUsers = QStringList{QStringLiteral("@root")};
    acl.setRules({deny});
    d = acl.check(r);
    QVERIFY(!d.allowed);
    QCOMPARE(d.rule, QStringLiteral("shutdown"));
}

void TestAccessControl::adminsBypassAllowListsButNotDenials()
{
    AccessControl acl;
    acl.setAdmins({QStringLiteral("@root")});
    AclRule echo = rule(QStringLiteral("echo"));
    echo.allowUsers = QStringList{QStringLiteral("@bob")};
    AclRule all = rule(QStringLiteral("*"));
    all.denyUsers = QStringList{QStringLiteral("@mallory"), QStringLiteral("@ro*")};
    acl.setRules({echo, rule(QStringLiteral("help")), all});

    // Not in echo's allow list, but an admin.
    AclDecision d = acl.check(request(QStringLiteral("whoami"), QStringLiteral("@root")));
    QVERIFY(!d.allowed); // the "*" deny names @root
    QCOMPARE(d.rule, QStringLiteral("*"));
    QCOMPARE(d.pattern, QStringLiteral("@ro*"));

    all.denyUsers = QStringList{QStringLiteral("@mallory")};
    acl.setRules({echo, all});
    d = acl.check(request(QStringLiteral("echo"), QStringLiteral("@root")));
    QVERIFY(d.allowed);
    QCOMPARE(d.rule, QStringLiteral("admins"));
    QVERIFY(!acl.check(request(QStringLiteral("echo"), QStringLiteral("@carol"))).allowed);
    QVERIFY(acl.check(request(QStringLiteral("echo"), QStringLiteral("@bob"))).allowed);
}

void TestAccessControl::users_data()
{
    QTest::addColumn<QString>("allow");
    QTest::addColumn<QString>("deny");
    QTest::addColumn<QString>("aclAttr");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("no lists") << ""
                              << ""
                              << "@anyone" << true;
    QTest::newRow("allowed") << "@bob,@carol"
                             << ""
                             << "@carol" << true;
    QTest::newRow("not in allow list") << "@bob,@carol"
                                       << ""
                                       << "@dave" << false;
    QTest::newRow("allow wildcard") << "@b*"
                                    << ""
                                    << "@bert" << true;
    QTest::newRow("denied") << ""
                            << "@mallory"
                            << "@mallory" << false;
    QTest::newRow("not denied") << ""
                                << "@mallory"
                                << "@bob" << true;
    QTest::newRow("deny wins over allow") << "*"
                                          << "@mallory"
                                          << "@mallory" << false;
    QTest::newRow("deny wildcard") << ""
                                   << "*!*@*.evil.example"
                                   << "eve!e@x.evil.example" << false;
}

void TestAccessControl::users()
{
    QFETCH(QString, allow);
    QFETCH(QString, deny);
    QFETCH(QString, aclAttr);
    QFETCH(bool, allowed);
    AclRule echo = rule(QStringLiteral("echo"));
    echo.allowUsers = list(allow);
    echo.denyUsers = list(deny);
    AccessControl acl;
    acl.setRules({echo});
    const AclDecision d = acl.check(request(QStringLiteral("echo"), aclAttr));
    QVERIFY2(d.allowed == allowed, qPrintable(d.reason));
    QCOMPARE(d.field, QStringLiteral("aclAttr"));
    QCOMPARE(d.value, aclAttr);
    // In a room or not makes no difference to user lists.
    QCOMPARE(acl.check(request(QStringLiteral("echo"), aclAttr, QStringLiteral("#chan"))).allowed, allowed);
    // Another command is not concerned.
    QVERIFY(acl.check(request(QStringLiteral("help"), aclAttr)).allowed);
}

void TestAccessControl::rooms_data()
{
    QTest::addColumn<QString>("allow");
    QTest::addColumn<QString>("deny");
    QTest::addColumn<QString>("room");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("allowed room") << "#bots,#ops"
                                  << ""
                                  << "#ops" << true;
    QTest::newRow("other room") << "#bots,#ops"
                                << ""
                                << "#general" << false;
    QTest::newRow("direct message ignores allow_rooms") << "#bots"
                                                        << ""
                                                        << "" << true;
    QTest::newRow("denied room") << ""
                                 << "#general"
                                 << "#general" << false;
    QTest::newRow("direct message ignores deny_rooms") << ""
                                                       << "*"
                                                       << "" << true;
    QTest::newRow("deny wins") << "#*"
                               << "#general"
                               << "#general" << false;
    QTest::newRow("xmpp room") << "*@conference.example.org"
                               << ""
                               << "dev@conference.example.org" << true;
    QTest::newRow("xmpp room elsewhere") << "*@conference.example.org"
                                         << ""
                                         << "dev@conference.evil.org" << false;
}

void TestAccessControl::rooms()
{
    QFETCH(QString, allow);
    QFETCH(QString, deny);
    QFETCH(QString, room);
    QFETCH(bool, allowed);
    AclRule echo = rule(QStringLiteral("echo"));
    echo.allowRooms = list(allow);
    echo.denyRooms = list(deny);
    AccessControl acl;
    acl.setAdmins({QStringLiteral("@root")});
    acl.setRules({echo});
    const AclDecision d = acl.check(request(QStringLiteral("echo"), QStringLiteral("@bob"), room));
    QVERIFY2(d.allowed == allowed, qPrintable(d.reason));
    if (!allowed) {
        QCOMPARE(d.field, QStringLiteral("room"));
        QCOMPARE(d.value, room);
        QCOMPARE(d.rule, QStringLiteral("echo"));
    }
    // Room restrictions are about the place: they bind admins too.
    QCOMPARE(acl.check(request(QStringLiteral("echo"), QStringLiteral("@root"), room)).allowed, allowed);
}

void TestAccessControl::scopes_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("aclAttr");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("decidingRule");
    // "*": only @staff*; plugin:Utils: also @helper; echo: everybody; and
    // @mallory is denied everywhere by "*".
    QTest::newRow("command rule opens echo") << "echo"
                                             << "@guest" << true << "echo";
    QTest::newRow("plugin rule for uptime") << "uptime"
                                            << "@helper" << true << "plugin:Utils";
    QTest::newRow("plugin rule refuses") << "uptime"
                                         << "@guest" << false << "plugin:Utils";
    QTest::newRow("global rule for other plugin") << "room join"
                                                  << "@helper" << false << "*";
    QTest::newRow("global rule allows staff") << "room join"
                                              << "@staff1" << true << "*";
    QTest::newRow("global deny not lifted by command rule") << "echo"
                                                            << "@mallory" << false << "*";
    QTest::newRow("plugin deny not lifted by command rule") << "echo"
                                                            << "@troll" << false << "plugin:Utils";
}

void TestAccessControl::scopes()
{
    QFETCH(QString, command);
    QFETCH(QString, aclAttr);
    QFETCH(bool, allowed);
    QFETCH(QString, decidingRule);
    AclRule all = rule(QStringLiteral("*"));
    all.allowUsers = QStringList{QStringLiteral("@staff*")};
    all.denyUsers = QStringList{QStringLiteral("@mallory")};
    AclRule utils = rule(QStringLiteral("plugin:Utils"));
    utils.allowUsers = QStringList{QStringLiteral("@staff*"), QStringLiteral("@helper")};
    utils.denyUsers = QStringList{QStringLiteral("@troll")};
    AclRule echo = rule(QStringLiteral("echo"));
    echo.allowUsers = QStringList{QStringLiteral("*")};
    AccessControl acl;
    // Order in the list does not matter: specificity does.
    acl.setRules({all, echo, utils});
    const QString plugin
        = command.startsWith(QStringLiteral("room")) ? QStringLiteral("Rooms") : QStringLiteral("Utils");
    const AclDecision d = acl.check(request(command, aclAttr, {}, plugin));
    QVERIFY2(d.allowed == allowed, qPrintable(d.reason));
    QCOMPARE(d.rule, decidingRule);
}

void TestAccessControl::directAndRoomOnly_data()
{
    QTest::addColumn<bool>("directOnly");
    QTest::addColumn<bool>("roomOnly");
    QTest::addColumn<QString>("room");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("direct only, direct") << true << false << "" << true;
    QTest::newRow("direct only, room") << true << false << "#chan" << false;
    QTest::newRow("room only, room") << false << true << "#chan" << true;
    QTest::newRow("room only, direct") << false << true << "" << false;
}

void TestAccessControl::directAndRoomOnly()
{
    QFETCH(bool, directOnly);
    QFETCH(bool, roomOnly);
    QFETCH(QString, room);
    QFETCH(bool, allowed);
    AclRule r = rule(QStringLiteral("plugin:Utils"));
    r.directOnly = directOnly;
    r.roomOnly = roomOnly;
    AccessControl acl;
    acl.setAdmins({QStringLiteral("@root")});
    acl.setRules({r});
    for (const QString &caller : {QStringLiteral("@bob"), QStringLiteral("@root")}) {
        const AclDecision d = acl.check(request(QStringLiteral("echo"), caller, room));
        QVERIFY2(d.allowed == allowed, qPrintable(d.reason));
        if (!allowed) {
            QCOMPARE(d.rule, QStringLiteral("plugin:Utils"));
            QCOMPARE(d.field, QStringLiteral("room"));
            QVERIFY2(d.reason.contains(directOnly ? QStringLiteral("only in direct messages")
                                                  : QStringLiteral("only in rooms")),
                     qPrintable(d.reason));
        }
    }
}

void TestAccessControl::denyByDefault()
{
    AccessControl acl;
    QVERIFY(!acl.isDenyByDefault());
    QVERIFY(acl.check(request(QStringLiteral("echo"), QStringLiteral("@bob"))).allowed);
    acl.setDenyByDefault(true);
    QVERIFY(acl.isDenyByDefault());
    acl.setAdmins({QStringLiteral("@root")});
    AclRule help = rule(QStringLiteral("help"));
    help.allowUsers = QStringList{QStringLiteral("*")};
    AclRule echo = rule(QStringLiteral("echo"));
    echo.allowRooms = QStringList{QStringLiteral("#bots")};
    AclRule quiet = rule(QStringLiteral("uptime"));
    quiet.denyUsers = QStringList{QStringLiteral("@mallory")}; // denies, allows nothing
    acl.setRules({help, echo, quiet});

    AclDecision d = acl.check(request(QStringLiteral("whoami"), QStringLiteral("@bob")));
    QVERIFY(!d.allowed);
    QCOMPARE(d.rule, QStringLiteral("default"));
    QVERIFY2(d.reason.contains(QStringLiteral("deny_by_default")), qPrintable(d.reason));
    QVERIFY(!acl.check(request(QStringLiteral("uptime"), QStringLiteral("@bob"))).allowed);
    QVERIFY(acl.check(request(QStringLiteral("help"), QStringLiteral("@bob"))).allowed);
    QVERIFY(acl.check(request(QStringLiteral("echo"), QStringLiteral("@bob"), QStringLiteral("#bots"))).allowed);
    QVERIFY(!acl.check(request(QStringLiteral("echo"), QStringLiteral("@bob"))).allowed);
    d = acl.check(request(QStringLiteral("whoami"), QStringLiteral("@root")));
    QVERIFY(d.allowed);
    QCOMPARE(d.rule, QStringLiteral("admins"));
}

void TestAccessControl::spoofing_data()
{
    QTest::addColumn<QString>("adminPattern");
    QTest::addColumn<QString>("aclAttr");
    QTest::addColumn<QString>("nick");
    QTest::addColumn<bool>("irc"); // fold with rfc1459
    QTest::newRow("same nick, different host") << "alice!alice@trusted.example"
                                               << "alice!alice@evil.example"
                                               << "alice" << true;
    QTest::newRow("nick change to the admin's nick") << "alice!alice@trusted.example"
                                                     << "alice!mallory@evil.example"
                                                     << "alice" << true;
    QTest::newRow("nick as aclAttr") << "alice!alice@trusted.example"
                                     << "alice"
                                     << "alice" << true;
    QTest::newRow("cyrillic a") << "alice!alice@trusted.example" << QStringLiteral("\u0430lice!alice@trusted.example")
                                << "alice" << true;
    QTest::newRow("cyrillic a, local") << "@alice" << QStringLiteral("@\u0430lice") << "alice" << false;
    QTest::newRow("trailing space") << "alice!alice@trusted.example"
                                    << "alice!alice@trusted.example "
                                    << "alice" << true;
    QTest::newRow("leading space") << "@alice"
                                   << " @alice"
                                   << "alice" << false;
    QTest::newRow("trailing newline") << "@alice"
                                      << "@alice\n"
                                      << "alice" << false;
    QTest::newRow("zero width space") << "@alice" << QStringLiteral("@alice\u200B") << "alice" << false;
    QTest::newRow("fullwidth letters") << "@alice" << QStringLiteral("@\uFF41lice") << "alice" << false;
    // U+212A KELVIN SIGN: QString::toLower() turns it into a Latin k, so a
    // fold must not be a Unicode lower-casing; IRC's rfc1459 leaves it alone.
    QTest::newRow("kelvin sign") << "kim!kim@trusted.example" << QStringLiteral("\u212Aim!kim@trusted.example") << "Kim"
                                 << true;
    QTest::newRow("case without fold") << "@alice"
                                       << "@Alice"
                                       << "Alice" << false;
    QTest::newRow("xmpp resource appended") << "alice@example.org"
                                            << "alice@example.org/evil"
                                            << "alice" << false;
    QTest::newRow("xmpp other domain") << "alice@example.org"
                                       << "alice@example.org.evil"
                                       << "alice" << false;
}

void TestAccessControl::spoofing()
{
    QFETCH(QString, adminPattern);
    QFETCH(QString, aclAttr);
    QFETCH(QString, nick);
    QFETCH(bool, irc);
    AccessControl acl;
    acl.setAdmins({adminPattern});
    AclRequest r;
    r.command = QStringLiteral("shutdown");
    r.plugin = QStringLiteral("Admin");
    r.adminOnly = true;
    r.caller = who(aclAttr, nick);
    if (irc)
        r.fold = rfc1459;
    QCOMPARE(r.caller.nick(), nick);
    QCOMPARE(acl.isAdmin(r.caller, r.fold), false);
    const AclDecision d = acl.check(r);
    QVERIFY2(!d.allowed, qPrintable(d.reason));
    QCOMPARE(d.value, aclAttr); // the exact value, unfolded and untrimmed
    QCOMPARE(d.reason, QStringLiteral("only admins may run shutdown; your aclAttr is ") + aclAttr);
}

void TestAccessControl::caseFolding_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("aclAttr");
    QTest::addColumn<bool>("withoutFold");
    QTest::addColumn<bool>("withFold");
    QTest::newRow("upper case nick") << "alice!a@h"
                                     << "Alice!a@h" << false << true;
    QTest::newRow("upper case pattern") << "ALICE!A@H"
                                        << "alice!a@h" << false << true;
    QTest::newRow("brackets") << "nick{away}!u@h"
                              << "Nick[Away]!u@h" << false << true;
    QTest::newRow("backslash and tilde") << "a|b^!u@h"
                                         << "A\\B~!u@h" << false << true;
    QTest::newRow("exact") << "alice!a@h"
                           << "alice!a@h" << true << true;
    QTest::newRow("fold is not a look-alike filter")
        << "alice!a@h" << QStringLiteral("\u0410lice!a@h") << false << false;
}

void TestAccessControl::caseFolding()
{
    QFETCH(QString, pattern);
    QFETCH(QString, aclAttr);
    QFETCH(bool, withoutFold);
    QFETCH(bool, withFold);
    AccessControl acl;
    acl.setAdmins({pattern});
    QCOMPARE(acl.isAdmin(who(aclAttr)), withoutFold);
    QCOMPARE(acl.isAdmin(who(aclAttr), rfc1459), withFold);

    AclRule deny = rule(QStringLiteral("echo"));
    deny.denyUsers = QStringList{pattern};
    acl.setAdmins({});
    acl.setRules({deny});
    AclRequest r = request(QStringLiteral("echo"), aclAttr);
    QCOMPARE(acl.check(r).allowed, !withoutFold);
    r.fold = rfc1459;
    const AclDecision d = acl.check(r);
    QCOMPARE(d.allowed, !withFold);
    if (withFold) // the decision names the written pattern and the real value
        QCOMPARE(d.pattern, pattern);
    QCOMPARE(d.value, aclAttr);

    // A lambda folds the same (patterns folded per check, not cached).
    int calls = 0;
    r.fold = [&calls](const QString &text) {
        ++calls;
        return rfc1459(text);
    };
    QCOMPARE(acl.check(r).allowed, !withFold);
    QCOMPARE(calls, 2); // the aclAttr and the one pattern
    // Named, its folded patterns are kept: later checks fold the aclAttr only.
    r.foldId = QStringLiteral("irc:rfc1459");
    QCOMPARE(acl.check(r).allowed, !withFold);
    calls = 0;
    QCOMPARE(acl.check(r).allowed, !withFold);
    QCOMPARE(calls, 1);
}

void TestAccessControl::foldCacheFollowsChanges()
{
    // Patterns folded once per fold function must not outlive the patterns.
    AccessControl acl;
    acl.setAdmins({QStringLiteral("ALICE!a@h")});
    const auto isAdmin = [&acl](const QString &aclAttr) { return acl.isAdmin(who(aclAttr), rfc1459); };
    QVERIFY(isAdmin(QStringLiteral("alice!a@h")));
    acl.setAdmins({QStringLiteral("BOB!b@h")});
    QVERIFY(!isAdmin(QStringLiteral("alice!a@h")));
    QVERIFY(isAdmin(QStringLiteral("Bob!b@H")));

    AclRule deny = rule(QStringLiteral("echo"));
    deny.denyUsers = QStringList{QStringLiteral("MALLORY!*@*")};
    acl.setRules({deny});
    AclRequest r = request(QStringLiteral("echo"), QStringLiteral("mallory!m@h"));
    r.fold = rfc1459;
    QVERIFY(!acl.check(r).allowed);
    const AccessControl copy = acl;
    deny.denyUsers = QStringList{QStringLiteral("EVE!*@*")};
    acl.setRules({deny});
    QVERIFY(acl.check(r).allowed);
    QVERIFY(!copy.check(r).allowed); // the copy keeps its own rules
}

namespace {

// The local backend, counting how often it is asked to fold.
class CountingBackend : public Botdeck::Local::LocalBackend
{
public:
    QString foldCase(const QString &text) const override
    {
        ++folds;
        return LocalBackend::foldCase(text);
    }
    mutable int folds = 0;
};

} // namespace

void TestAccessControl::botFoldsPatternsOncePerFolding()
{
    // The path every command takes: the bot names the backend's folding,
    // so the patterns are folded on the first check only; later checks
    // fold what they are given (aclAttr, account, room), never the patterns.
    Botdeck::Bot bot;
    bot.addBuiltinPlugins();
    AccessControl acl;
    QStringList admins;
    for (int i = 0; i < 20; ++i)
        admins.append(QStringLiteral("@ADMIN%1").arg(i));
    acl.setAdmins(admins);
    AclRule deny = rule(QStringLiteral("echo"));
    deny.denyUsers = QStringList{QStringLiteral("@MALLORY"), QStringLiteral("@EVE*")};
    deny.denyRooms = QStringList{QStringLiteral("#QUIET")};
    acl.setRules({deny});
    bot.setAccessControl(acl);
    CountingBackend backend;
    const Identifier mallory = who(QStringLiteral("@mallory"), QStringLiteral("mallory"));
    QVERIFY(!bot.explain(QStringLiteral("echo"), mallory, QStringLiteral("#lobby"), &backend).allowed);
    QVERIFY(backend.folds > 20); // the first check folds the patterns
    backend.folds = 0;
    const AclDecision decision = bot.explain(QStringLiteral("echo"), mallory, QStringLiteral("#lobby"), &backend);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.pattern, QStringLiteral("@MALLORY"));
    QVERIFY2(backend.folds <= 4, qPrintable(QString::number(backend.folds)));
    QVERIFY(
        !bot.explain(QStringLiteral("echo"), who(QStringLiteral("@bob")), QStringLiteral("#Quiet"), &backend).allowed);

    backend.folds = 0;
    QVERIFY(bot.isAdmin(who(QStringLiteral("@Admin7")), &backend));
    QVERIFY(!bot.isAdmin(who(QStringLiteral("@admin77")), &backend));
    QVERIFY2(backend.folds <= 8, qPrintable(QString::number(backend.folds)));

    // A changed ACL is folded anew.
    acl.setAdmins({QStringLiteral("@ROOT")});
    bot.setAccessControl(acl);
    QVERIFY(bot.isAdmin(who(QStringLiteral("@root")), &backend));
    QVERIFY(!bot.isAdmin(who(QStringLiteral("@admin7")), &backend));
}

void TestAccessControl::foldCaseIds()
{
    // The ids the cache keys on: different foldings, different ids.
    Botdeck::Local::LocalBackend local;
    Botdeck::Irc::IrcBackend irc;
    QCOMPARE(local.foldCaseId(), QStringLiteral("local:ascii"));
    QCOMPARE(irc.foldCaseId(), QStringLiteral("irc:rfc1459")); // the default before ISUPPORT says otherwise
}

void TestAccessControl::explanation_data()
{
    QTest::addColumn<QString>("aclAttr");
    QTest::addColumn<QString>("room");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("reason");
    QTest::newRow("denied user") << "@mallory"
                                 << "" << false << "echo"
                                 << "aclAttr"
                                 << "@mallory"
                                 << "@mal*"
                                 << "rule \"echo\" denies echo to aclAttr @mallory (deny_users pattern \"@mal*\")";
    QTest::newRow("allowed user") << "@bob"
                                  << "" << true << "echo"
                                  << "aclAttr"
                                  << "@bob"
                                  << "@b*"
                                  << "rule \"echo\" allows echo to aclAttr @bob (allow_users pattern \"@b*\")";
    QTest::newRow("not allowed user")
        << "@carol"
        << "" << false << "echo"
        << "aclAttr"
        << "@carol"
        << ""
        << "rule \"echo\" allows echo only to aclAttr matching @b*, @dave; your aclAttr @carol is not one of them";
    QTest::newRow("denied room") << "@bob"
                                 << "#general" << false << "*"
                                 << "room"
                                 << "#general"
                                 << "#gen*"
                                 << "rule \"*\" denies echo in room #general (deny_rooms pattern \"#gen*\")";
    QTest::newRow("admin") << "@root"
                           << "" << true << "admins"
                           << "aclAttr"
                           << "@root"
                           << "@root"
                           << "aclAttr @root matches admin pattern \"@root\"; admins may run echo";
}

void TestAccessControl::explanation()
{
    QFETCH(QString, aclAttr);
    QFETCH(QString, room);
    AclRule echo = rule(QStringLiteral("echo"));
    echo.allowUsers = QStringList{QStringLiteral("@b*"), QStringLiteral("@dave")};
    echo.denyUsers = QStringList{QStringLiteral("@mal*")};
    AclRule all = rule(QStringLiteral("*"));
    all.denyRooms = QStringList{QStringLiteral("#gen*")};
    AccessControl acl;
    acl.setAdmins({QStringLiteral("@root")});
    acl.setRules({echo, all});
    const AclDecision d = acl.check(request(QStringLiteral("echo"), aclAttr, room));
    QTEST(d.allowed, "allowed");
    QTEST(d.rule, "rule");
    QTEST(d.field, "field");
    QTEST(d.value, "value");
    QTEST(d.pattern, "pattern");
    QTEST(d.reason, "reason");

    // And when nothing restricts.
    const AclDecision open = AccessControl().check(request(QStringLiteral("echo"), aclAttr));
    QVERIFY(open.allowed);
    QCOMPARE(open.reason, QStringLiteral("no rule restricts echo"));
    QCOMPARE(open.rule, QStringLiteral("default"));
    QCOMPARE(open.field, QStringLiteral("aclAttr"));
    QCOMPARE(open.value, aclAttr);
}

void TestAccessControl::noAclAttr()
{
    // An identifier without aclAttr matches nothing, not even "*".
    AccessControl acl;
    acl.setAdmins({QStringLiteral("*")});
    AclRequest r = request(QStringLiteral("echo"), QString());
    QVERIFY(r.caller.aclAttr().isEmpty());
    QVERIFY(!acl.isAdmin(r.caller));
    const AclDecision d = acl.check(r);
    QVERIFY(!d.allowed);
    QCOMPARE(d.field, QStringLiteral("aclAttr"));
}

void TestAccessControl::duplicateScopesMerge()
{
    AclRule a = rule(QStringLiteral("echo"));
    a.denyUsers = QStringList{QStringLiteral("@mallory")};
    AclRule b = rule(QStringLiteral("echo"));
    b.directOnly = true;
    AccessControl acl;
    acl.setRules({a, b});
    QCOMPARE(acl.rules().size(), 1);
    QVERIFY(!acl.check(request(QStringLiteral("echo"), QStringLiteral("@mallory"))).allowed);
    QVERIFY(!acl.check(request(QStringLiteral("echo"), QStringLiteral("@bob"), QStringLiteral("#c"))).allowed);
    QVERIFY(acl.check(request(QStringLiteral("echo"), QStringLiteral("@bob"))).allowed);
}

void TestAccessControl::fromSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = writeIni(dir, R"([acl]
admins = @root, alice!alice@trusted.example
deny_by_default = yes

[acl.echo]
allow_users = *
deny_users = @mallory
direct_only = false

[acl.plugin:Rooms]
allow_rooms = #bots, dev@conference.example.org
deny_rooms = #general
room_only = true

[acl.*]
deny_users = *!*@*.evil.example

[acl.whoami]
direct_only = true
)");
    QSettings settings(path, QSettings::IniFormat);
    QStringList warnings;
    const AccessControl acl = AccessControl::fromSettings(settings, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(acl.admins(), (QStringList{QStringLiteral("@root"), QStringLiteral("alice!alice@trusted.example")}));
    QVERIFY(acl.isDenyByDefault());
    QCOMPARE(acl.rules().size(), 4);

    QVERIFY(acl.check(request(QStringLiteral("echo"), QStringLiteral("@bob"))).allowed);
    QVERIFY(!acl.check(request(QStringLiteral("echo"), QStringLiteral("@mallory"))).allowed);
    QVERIFY(!acl.check(request(QStringLiteral("echo"), QStringLiteral("eve!e@x.evil.example"))).allowed);
    QVERIFY(!acl.check(request(QStringLiteral("uptime"), QStringLiteral("@bob"))).allowed); // deny by default
    const QString rooms = QStringLiteral("Rooms");
    QVERIFY(acl.check(request(QStringLiteral("room list"), QStringLiteral("@bob"), QStringLiteral("#bots"), rooms))
                .allowed);
    QVERIFY(acl.check(request(QStringLiteral("room list"), QStringLiteral("@bob"),
                              QStringLiteral("dev@conference.example.org"), rooms))
                .allowed);
    QVERIFY(!acl.check(request(QStringLiteral("room list"), QStringLiteral("@bob"), QStringLiteral("#general"), rooms))
                 .allowed);
    QVERIFY(!acl.check(request(QStringLiteral("room list"), QStringLiteral("@root"), {}, rooms)).allowed);
    QVERIFY(!acl.check(request(QStringLiteral("whoami"), QStringLiteral("@root"), QStringLiteral("#bots"))).allowed);
    QVERIFY(acl.check(request(QStringLiteral("whoami"), QStringLiteral("@root"))).allowed);

    // A missing [acl] section is an empty, permissive ACL without warnings.
    QSettings empty(writeIni(dir, "[other]\nkey = 1\n"), QSettings::IniFormat);
    warnings.clear();
    const AccessControl none = AccessControl::fromSettings(empty, &warnings);
    QVERIFY(warnings.isEmpty());
    QVERIFY(none.admins().isEmpty());
    QVERIFY(none.rules().isEmpty());
    QVERIFY(!none.isDenyByDefault());
}

void TestAccessControl::fromSettingsWarnings_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addColumn<QString>("warning"); // a part of the expected warning
    QTest::newRow("unknown acl key") << QByteArray("[acl]\nadmin = @root\n") << "unknown key \"admin\"";
    QTest::newRow("unknown rule key") << QByteArray("[acl.echo]\nallow_user = @bob\n") << "unknown key \"allow_user\"";
    QTest::newRow("wrong case key") << QByteArray("[acl.echo]\nAllow_Users = @bob\n") << "unknown key \"Allow_Users\"";
    QTest::newRow("nested group") << QByteArray("[acl/echo]\nallow_users = @bob\n") << "[acl.echo]";
    QTest::newRow("empty list") << QByteArray("[acl.echo]\nallow_users =\n") << "restricts nobody";
    QTest::newRow("empty pattern") << QByteArray("[acl.echo]\ndeny_users = @a, , @b\n") << "empty pattern";
    QTest::newRow("spaces only") << QByteArray("[acl]\nadmins = \"   \"\n") << "only spaces";
    QTest::newRow("trailing space") << QByteArray("[acl]\nadmins = \"@root \"\n") << "starts or ends with a space";
    QTest::newRow("bare nick admin") << QByteArray("[acl]\nadmins = alice\n") << "looks like a nick";
    QTest::newRow("bare nick deny") << QByteArray("[acl.echo]\ndeny_users = mallory\n") << "looks like a nick";
    QTest::newRow("everybody admin") << QByteArray("[acl]\nadmins = *\n") << "makes everybody an admin";
    QTest::newRow("bad boolean") << QByteArray("[acl]\ndeny_by_default = nein\n") << "is not true or false";
    QTest::newRow("both flags") << QByteArray("[acl.echo]\ndirect_only = true\nroom_only = true\n") << "can never run";
    QTest::newRow("no scope") << QByteArray("[acl.plugin:]\nallow_users = @bob\n") << "names no command or plugin";
}

void TestAccessControl::fromSettingsWarnings()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, warning);
    QTemporaryDir dir;
    QSettings settings(writeIni(dir, ini), QSettings::IniFormat);
    QStringList warnings;
    AccessControl::fromSettings(settings, &warnings);
    const QString all = warnings.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(warning), qPrintable(all));
    // Without a list to report into it still reads.
    AccessControl::fromSettings(settings);
}

void TestAccessControl::servicesAccounts()
{
    // "account:NAME" follows the account the backend vouches for (an IRC
    // services account, the local account), whatever the nick and host.
    AccessControl acl;
    acl.setAdmins({QStringLiteral("account:alice")});
    AclRule echo = rule(QStringLiteral("echo"));
    echo.denyUsers = {QStringLiteral("account:spam*")};
    acl.setRules({echo});

    Identifier logged = who(QStringLiteral("al!x@anywhere.example"), QStringLiteral("al"));
    logged.setExtra(Extras::Account, QStringLiteral("alice"));
    QVERIFY(acl.isAdmin(logged));
    // The same nick and host without the account, or with another one, is not her.
    QVERIFY(!acl.isAdmin(who(QStringLiteral("alice!alice@h"), QStringLiteral("alice"))));
    Identifier other = who(QStringLiteral("alice!alice@h"), QStringLiteral("alice"));
    other.setExtra(Extras::Account, QStringLiteral("mallory"));
    QVERIFY(!acl.isAdmin(other));

    AclRequest r = request(QStringLiteral("echo"), QStringLiteral("nice!x@h"));
    r.caller.setExtra(Extras::Account, QStringLiteral("spammer42"));
    const AclDecision denied = acl.check(r);
    QVERIFY(!denied.allowed);
    QCOMPARE(denied.pattern, QStringLiteral("account:spam*"));
    r.caller.setExtra(Extras::Account, QVariant());
    QVERIFY(acl.check(r).allowed);

    // With an IRC-style fold, account names compare without case too.
    r = request(QStringLiteral("acl show"), QStringLiteral("x!y@z"));
    r.adminOnly = true;
    r.caller.setExtra(Extras::Account, QStringLiteral("ALICE"));
    QVERIFY(!acl.check(r).allowed);
    r.fold = [](const QString &text) { return text.toLower(); };
    QVERIFY(acl.check(r).allowed);

    // Such a pattern is no bare nick: no warning for it.
    QTemporaryDir dir;
    QSettings ini(dir.filePath(QStringLiteral("acl.ini")), QSettings::IniFormat);
    ini.setValue(QStringLiteral("acl/admins"), QStringLiteral("account:alice"));
    ini.sync();
    QStringList warnings;
    const AccessControl read = AccessControl::fromSettings(ini, &warnings);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(read.admins(), QStringList{QStringLiteral("account:alice")});
}

void TestAccessControl::anonymousOccupants_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("aclAttr");
    QTest::addColumn<bool>("granted");
    const QString room = QStringLiteral("lobby@conference.example.org");
    const auto in = [&room](const char *rest) { return room + QLatin1String(rest); };
    // The nick is the occupant's own choice: person patterns never reach it.
    QTest::newRow("domain glob, nick imitates a JID") << "*@example.org" << in("/boss@example.org") << false;
    QTest::newRow("glob before a bare JID") << "*boss@example.org" << in("/boss@example.org") << false;
    QTest::newRow("globs around a bare JID") << "*boss@example.org*" << in("/boss@example.org") << false;
    QTest::newRow("account glob") << "account:*" << in("/boss") << false;
    QTest::newRow("occupant-id, domain glob") << "*.example.org*" << in("#occupant-id:abc=") << false;
    // Patterns written for this room's occupants do.
    QTest::newRow("occupant JID") << in("/boss") << in("/boss") << true;
    QTest::newRow("every occupant of the room") << in("/*") << in("/boss") << true;
    QTest::newRow("occupant-id") << in("#occupant-id:abc=") << in("#occupant-id:abc=") << true;
    QTest::newRow("another room's occupants") << "kitchen@conference.example.org/*" << in("/boss") << false;
    QTest::newRow("everybody") << "*" << in("/boss") << true;
}

void TestAccessControl::anonymousOccupants()
{
    QFETCH(QString, pattern);
    QFETCH(QString, aclAttr);
    QFETCH(bool, granted);
    const QString room = QStringLiteral("lobby@conference.example.org");
    Identifier occupant = Identifier::makeOccupant(room, room + QStringLiteral("/boss@example.org"),
                                                   QStringLiteral("boss@example.org"));
    occupant.setAclAttr(aclAttr);

    AccessControl admins;
    admins.setAdmins({pattern});
    QCOMPARE(admins.isAdmin(occupant), granted);
    AclRequest asAdmin;
    asAdmin.command = QStringLiteral("shutdown");
    asAdmin.plugin = QStringLiteral("Admin");
    asAdmin.adminOnly = true;
    asAdmin.caller = occupant;
    asAdmin.room = room;
    QCOMPARE(admins.check(asAdmin).allowed, granted);
    // The same through a fold the cache knows.
    asAdmin.fold = rfc1459;
    QCOMPARE(admins.check(asAdmin).allowed, granted);

    AccessControl allowList;
    AclRule allow = rule(QStringLiteral("deploy"));
    allow.allowUsers = {pattern};
    allowList.setRules({allow});
    AclRequest deploy = asAdmin;
    deploy.command = QStringLiteral("deploy");
    deploy.adminOnly = false;
    QCOMPARE(allowList.check(deploy).allowed, granted);

    // Taking rights away needs no such care: a deny matches as written.
    AccessControl denyList;
    AclRule deny = rule(QStringLiteral("deploy"));
    deny.denyUsers = {pattern};
    denyList.setRules({deny});
    QCOMPARE(denyList.check(deploy).allowed, !AccessControl::globMatch(rfc1459(pattern), rfc1459(aclAttr)));

    // An occupant whose real JID the room revealed is matched as a person.
    Identifier revealed = occupant;
    revealed.setAclAttr(QStringLiteral("boss@example.org"));
    AccessControl people;
    people.setAdmins({QStringLiteral("*@example.org")});
    QVERIFY(people.isAdmin(revealed));
}

QTEST_GUILESS_MAIN(TestAccessControl)
#include "tst_accesscontrol.moc"
