// Access control on the command-dispatch hot path: every command a bot runs
// goes through AccessControl::check() first. A realistic configuration: five
// admin patterns and ten rules at all three levels. BM_BotExplain is the
// path the bot really takes (Bot::explain() builds the same request as the
// dispatcher, with the backend's named folding); the BM_Check* variants
// isolate AccessControl with each kind of fold.
#include "backends/irc/ircbackend.h"
#include "backends/irc/irccasemapping.h"
#include "backends/local/localbackend.h"
#include "core/bot/accesscontrol.h"
#include "core/bot/bot.h"

#include <benchmark/benchmark.h>

using namespace Botdeck;

namespace {

// IRC's rfc1459 casemapping, as an IRC backend folds for access checks.
QString rfc1459(const QString &text)
{
    return Botdeck::Irc::foldCase(text, Botdeck::Irc::CaseMapping::Rfc1459);
}

AccessControl configured()
{
    AccessControl acl;
    acl.setAdmins({QStringLiteral("alice!alice@trusted.example"), QStringLiteral("*!ops@*.staff.example"),
                   QStringLiteral("root!*@localhost"), QStringLiteral("bob!bob@192.0.2.*"),
                   QStringLiteral("carol!~carol@*.example.net")});
    QList<AclRule> rules;
    const auto add = [&rules](const char *scope, QStringList allowUsers, QStringList denyUsers, QStringList allowRooms,
                              QStringList denyRooms) {
        AclRule rule;
        rule.scope = QLatin1String(scope);
        rule.allowUsers = std::move(allowUsers);
        rule.denyUsers = std::move(denyUsers);
        rule.allowRooms = std::move(allowRooms);
        rule.denyRooms = std::move(denyRooms);
        rules.append(rule);
    };
    const QString evil = QStringLiteral("*!*@*.evil.example");
    add("*", {}, {evil, QStringLiteral("spammer!*@*")}, {}, {QStringLiteral("#quiet*")});
    add("plugin:Utils", {}, {QStringLiteral("troll!*@*")}, {}, {QStringLiteral("#serious")});
    add("plugin:Rooms", {QStringLiteral("*!*@*.staff.example")}, {}, {}, {});
    add("plugin:Plugins", {QStringLiteral("*!ops@*")}, {}, {}, {});
    add("echo", {QStringLiteral("*")}, {QStringLiteral("echo-abuser!*@*")}, {}, {});
    add("whoami", {}, {}, {QStringLiteral("#bots"), QStringLiteral("#help*")}, {});
    add("uptime", {}, {QStringLiteral("*!*@*.bad.example")}, {}, {});
    add("status", {QStringLiteral("*!*@*.example")}, {}, {}, {});
    add("help", {QStringLiteral("*")}, {}, {}, {});
    add("room join", {QStringLiteral("*!ops@*")}, {}, {QStringLiteral("#*")}, {});
    acl.setRules(rules);
    return acl;
}

enum FoldKind { NoFold, PlainFunction, Lambda, NamedLambda };

AclRequest echoRequest(int fold)
{
    AclRequest request;
    request.command = QStringLiteral("echo");
    request.plugin = QStringLiteral("Utils");
    request.caller = Identifier::makeOccupant(QStringLiteral("#botdeck"), QStringLiteral("dave!dave@host.example.org"),
                                              QStringLiteral("dave"));
    request.room = QStringLiteral("#botdeck");
    switch (fold) {
    case PlainFunction:
        request.fold = rfc1459;
        break;
    case Lambda:
    case NamedLambda:
        // What the Bot passes: the backend's fold behind a capturing lambda.
        request.fold = [mapping = 1](const QString &text) { return mapping ? rfc1459(text) : text; };
        if (fold == NamedLambda)
            request.foldId = QStringLiteral("irc:rfc1459");
        break;
    default:
        break;
    }
    return request;
}

// An ordinary user running a command that three rules (echo, plugin:Utils,
// "*") restrict: every deny list is walked, then echo's allow list decides.
void BM_CheckOrdinaryUser(benchmark::State &state)
{
    const AccessControl acl = configured();
    const AclRequest request = echoRequest(int(state.range(0)));
    for (auto _ : state) {
        AclDecision decision = acl.check(request);
        benchmark::DoNotOptimize(decision);
    }
    state.SetItemsProcessed(state.iterations());
    static const char *const labels[]
        = {"no fold", "rfc1459, plain function", "rfc1459, lambda without foldId", "rfc1459, lambda with foldId"};
    state.SetLabel(labels[state.range(0)]);
}
BENCHMARK(BM_CheckOrdinaryUser)->DenseRange(NoFold, NamedLambda);

// An admin-only command from a non-admin: all five admin patterns fail.
void BM_CheckAdminOnlyRefused(benchmark::State &state)
{
    const AccessControl acl = configured();
    AclRequest request = echoRequest(NoFold);
    request.command = QStringLiteral("plugin activate");
    request.plugin = QStringLiteral("Plugins");
    request.adminOnly = true;
    for (auto _ : state) {
        AclDecision decision = acl.check(request);
        benchmark::DoNotOptimize(decision);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CheckAdminOnlyRefused);

// A command no rule names, from a direct message: only "*" applies.
void BM_CheckUnlistedCommand(benchmark::State &state)
{
    const AccessControl acl = configured();
    AclRequest request = echoRequest(NoFold);
    request.command = QStringLiteral("dice");
    request.plugin = QStringLiteral("Games");
    request.room.clear();
    for (auto _ : state) {
        AclDecision decision = acl.check(request);
        benchmark::DoNotOptimize(decision);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CheckUnlistedCommand);

// The real path: Bot::explain() on an IRC backend (rfc1459 until the
// server says otherwise) and on the local one (ASCII folding).
void BM_BotExplain(benchmark::State &state)
{
    Bot bot;
    bot.addBuiltinPlugins();
    bot.setAccessControl(configured());
    Irc::IrcBackend irc;
    Local::LocalBackend local;
    const Backend *backend = state.range(0) == 0 ? static_cast<const Backend *>(&irc) : &local;
    const AclRequest request = echoRequest(NoFold);
    for (auto _ : state) {
        AclDecision decision = bot.explain(request.command, request.caller, request.room, backend);
        benchmark::DoNotOptimize(decision);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetLabel(state.range(0) == 0 ? "IRC backend" : "local backend");
}
BENCHMARK(BM_BotExplain)->DenseRange(0, 1);

void BM_GlobMatchHostmask(benchmark::State &state)
{
    const QString pattern = QStringLiteral("*!*@*.staff.example");
    const QString text = QStringLiteral("carol!ops@vpn.eu.staff.example");
    for (auto _ : state)
        benchmark::DoNotOptimize(AccessControl::globMatch(pattern, text));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_GlobMatchHostmask);

} // namespace

BENCHMARK_MAIN();
