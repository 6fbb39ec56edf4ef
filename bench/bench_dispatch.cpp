// Command dispatch: from a message arriving to its reply handed to the
// backend, with no network: "!echo hi" in a room, through prefix
// recognition, command lookup, the ACL check, argument parsing, the handler,
// reply building, splitting and the send queue.
#include "core/backend.h"
#include "core/bot/bot.h"
#include "core/room.h"

#include <benchmark/benchmark.h>

using namespace Botdeck;

namespace {

class NullBackend : public Backend
{
public:
    NullBackend()
    {
        setBotIdentifier(Identifier::makePerson(QStringLiteral("@botdeck"), QStringLiteral("botdeck")));
        setState(State::Connected);
    }
    QString name() const override { return QStringLiteral("null"); }
    void connectToService(const BackendSettings &) override { }
    void disconnectFromService() override { }
    Result<Identifier> buildIdentifier(const QString &) const override { return Result<Identifier>::failure({}); }
    void sendMessage(const Message &message) override
    {
        ++sent;
        benchmark::DoNotOptimize(message.body().size());
    }
    Result<Room *> queryRoom(const QString &) override { return Result<Room *>::failure({}); }
    void setPresence(const Presence &) override { }
    int maxMessageSize() const override { return 512; }

    quint64 sent = 0;
};

Message roomMessage(const QString &body)
{
    Message message(Identifier::makeRoom(QStringLiteral("#bench")), body);
    Identifier from = Identifier::makeOccupant(QStringLiteral("#bench"), QStringLiteral("alice!alice@example.org"),
                                               QStringLiteral("alice"));
    message.setFrom(from);
    return message;
}

void run(benchmark::State &state, const QString &body, bool withAcl)
{
    NullBackend backend;
    Bot bot;
    bot.setSendRate(0);
    bot.addBuiltinPlugins();
    if (withAcl) {
        AccessControl acl;
        acl.setAdmins({QStringLiteral("*!*@admin.example.org"), QStringLiteral("root!*@*")});
        AclRule rule;
        rule.scope = QStringLiteral("echo");
        rule.denyUsers = {QStringLiteral("*!*@spammer.example")};
        acl.setRules({rule});
        bot.setAccessControl(acl);
    }
    bot.attach(&backend);
    const Message message = roomMessage(body);
    for (auto _ : state)
        bot.handleMessage(&backend, message);
    if (backend.sent != quint64(state.iterations()))
        state.SkipWithError("not every message was answered");
    state.SetItemsProcessed(state.iterations());
}

void BM_DispatchEcho(benchmark::State &state)
{
    run(state, QStringLiteral("!echo hi"), false);
}
BENCHMARK(BM_DispatchEcho);

void BM_DispatchEchoWithAcl(benchmark::State &state)
{
    run(state, QStringLiteral("!echo hi"), true);
}
BENCHMARK(BM_DispatchEchoWithAcl);

void BM_DispatchQuotedArguments(benchmark::State &state)
{
    run(state, QStringLiteral("!echo \"several words\" and 'quoted parts' here"), false);
}
BENCHMARK(BM_DispatchQuotedArguments);

void BM_IgnoreChatter(benchmark::State &state)
{
    // Most room traffic is not for the bot: how cheaply is it passed over?
    NullBackend backend;
    Bot bot;
    bot.addBuiltinPlugins();
    bot.attach(&backend);
    const Message message = roomMessage(QStringLiteral("just people talking about their day"));
    for (auto _ : state)
        bot.handleMessage(&backend, message);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_IgnoreChatter);

} // namespace

BENCHMARK_MAIN();
