// The IRC line codec on the hot path of a busy channel: parsing and
// serialising typical PRIVMSG lines, with and without IRCv3 tags. The
// items/s column is lines per second on one core.
#include "backends/irc/irccodec.h"
#include "core/textsplitter.h"

#include <benchmark/benchmark.h>

using namespace Botdeck::Irc;

namespace {

const QByteArray PlainLine = QByteArrayLiteral(
    ":alice!~alice@user/alice.example PRIVMSG #botdeck :!echo hello there, how is everybody doing today?");
const QByteArray TaggedLine = QByteArrayLiteral(
    "@account=alice;msgid=ZaS9i7xBqN3bK4mF;time=2024-05-01T12:34:56.789Z "
    ":alice!~alice@user/alice.example PRIVMSG #botdeck :!echo hello there, how is everybody doing today?");

void parse(benchmark::State &state, const QByteArray &line)
{
    for (auto _ : state) {
        auto parsed = IrcCodec::parse(line);
        benchmark::DoNotOptimize(parsed);
    }
    state.SetItemsProcessed(state.iterations());
    state.SetBytesProcessed(state.iterations() * line.size());
}

void serialize(benchmark::State &state, const QByteArray &line)
{
    const IrcMessage message = IrcCodec::parse(line).value();
    for (auto _ : state) {
        auto bytes = IrcCodec::serialize(message);
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_ParsePlain(benchmark::State &state)
{
    parse(state, PlainLine);
}
void BM_ParseTagged(benchmark::State &state)
{
    parse(state, TaggedLine);
}
void BM_SerializePlain(benchmark::State &state)
{
    serialize(state, PlainLine);
}
void BM_SerializeTagged(benchmark::State &state)
{
    serialize(state, TaggedLine);
}

void BM_SplitLongReply(benchmark::State &state)
{
    QString text;
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("word\u00e9%1 ").arg(i);
    for (auto _ : state) {
        auto pieces = Botdeck::splitLines(text, 400);
        benchmark::DoNotOptimize(pieces);
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(BM_ParsePlain);
BENCHMARK(BM_ParseTagged);
BENCHMARK(BM_SerializePlain);
BENCHMARK(BM_SerializeTagged);
BENCHMARK(BM_SplitLongReply);

BENCHMARK_MAIN();
