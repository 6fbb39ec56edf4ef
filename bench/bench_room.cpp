// The occupant bookkeeping every backend shares, at the sizes big rooms
// reach: a 10 000-name NAMES reply, and joins, parts and nick changes in a
// room that size.
#include "benchroom.h"
#include "core/room.h"

#include <benchmark/benchmark.h>

using namespace Botdeck;

namespace {

QList<Identifier> crowd(int size)
{
    QList<Identifier> people;
    people.reserve(size);
    for (int i = 0; i < size; ++i) {
        const QString nick = QStringLiteral("guest%1").arg(i);
        Identifier occupant = Identifier::makeOccupant(QStringLiteral("#crowd"), QStringLiteral("@") + nick, nick);
        occupant.setClient(QStringLiteral("laptop"));
        people.append(occupant);
    }
    return people;
}

void BM_ResetOccupants(benchmark::State &state)
{
    const QList<Identifier> people = crowd(int(state.range(0)));
    BenchRoom room;
    for (auto _ : state) {
        room.update().applyOccupants(people);
        benchmark::DoNotOptimize(room.occupantCount());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ResetOccupants)->Arg(100)->Arg(10000);

void BM_JoinPartInCrowd(benchmark::State &state)
{
    BenchRoom room;
    room.update().applyOccupants(crowd(10000));
    const Identifier newcomer
        = Identifier::makeOccupant(QStringLiteral("#crowd"), QStringLiteral("@newcomer"), QStringLiteral("newcomer"));
    for (auto _ : state) {
        room.update().applyOccupantJoined(newcomer);
        room.update().applyOccupantLeft(QStringLiteral("newcomer"));
    }
    state.SetItemsProcessed(state.iterations() * 2);
}
BENCHMARK(BM_JoinPartInCrowd);

void BM_NickChangeInCrowd(benchmark::State &state)
{
    BenchRoom room;
    room.update().applyOccupants(crowd(10000));
    Identifier renamed = room.occupant(QStringLiteral("guest42"));
    const Identifier original = renamed;
    renamed.setNick(QStringLiteral("guest42|away"));
    for (auto _ : state) {
        room.update().applyOccupantChanged(QStringLiteral("guest42"), renamed);
        room.update().applyOccupantChanged(QStringLiteral("guest42|away"), original);
    }
    state.SetItemsProcessed(state.iterations() * 2);
}
BENCHMARK(BM_NickChangeInCrowd);

void BM_IdentifierHash(benchmark::State &state)
{
    const QList<Identifier> people = crowd(1000);
    for (auto _ : state) {
        size_t sum = 0;
        for (const Identifier &id : people)
            sum += qHash(id);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * 1000);
}
BENCHMARK(BM_IdentifierHash);

} // namespace

BENCHMARK_MAIN();
