// The console's occupant list at the sizes big rooms reach: populating the
// model and its sorting proxy from a 10 000-member occupantsReset, and the
// cost of one join, part or change once it is that full (issue 4 aims for
// < 50 ms and < 0.1 ms).
#include "benchroom.h"
#include "core/room.h"
#include "ui/models/occupantmodel.h"
#include "ui/models/occupantproxymodel.h"

#include <QApplication>

#include <benchmark/benchmark.h>

using namespace Botdeck;

namespace {

Identifier member(const QString &nick, int rank = 0)
{
    Identifier occupant = Identifier::makeOccupant(QStringLiteral("#crowd"), QLatin1Char('@') + nick, nick);
    occupant.setClient(QStringLiteral("laptop"));
    occupant.setDisplayName(QStringLiteral("Guest ") + nick);
    occupant.setExtra(Extras::Away, false);
    if (rank)
        occupant.setExtra(Extras::Rank, rank);
    return occupant;
}

QList<Identifier> crowd(int size)
{
    QList<Identifier> people;
    people.reserve(size);
    // Unsorted names with a few operators, as a NAMES reply gives them.
    for (int i = 0; i < size; ++i)
        people.append(
            member(QStringLiteral("guest%1").arg((i * 7919) % size, 5, 10, QLatin1Char('0')), i % 100 == 0 ? 2 : 0));
    return people;
}

struct Console
{
    BenchRoom room;
    OccupantModel model;
    OccupantProxyModel proxy;
    Console()
    {
        proxy.setSourceModel(&model);
        model.setRoom(&room);
    }
};

void BM_PopulateFromReset(benchmark::State &state)
{
    const QList<Identifier> people = crowd(int(state.range(0)));
    Console console;
    for (auto _ : state) {
        console.room.update().applyOccupants(people);
        benchmark::DoNotOptimize(console.proxy.rowCount());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_PopulateFromReset)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

// One join and one part of the same person: two updates per iteration.
void BM_JoinPartIn10k(benchmark::State &state)
{
    Console console;
    console.room.update().applyOccupants(crowd(10000));
    const Identifier newcomer = member(QStringLiteral("newcomer"));
    for (auto _ : state) {
        console.room.update().applyOccupantJoined(newcomer);
        console.room.update().applyOccupantLeft(QStringLiteral("newcomer"));
    }
    benchmark::DoNotOptimize(console.proxy.rowCount());
    state.SetItemsProcessed(state.iterations() * 2);
}
BENCHMARK(BM_JoinPartIn10k)->Unit(benchmark::kMicrosecond);

// A nick change that moves the row in the sorted view, and back.
void BM_NickChangeIn10k(benchmark::State &state)
{
    Console console;
    console.room.update().applyOccupants(crowd(10000));
    const Identifier original = console.room.occupant(QStringLiteral("guest00042"));
    Identifier renamed = original;
    renamed.setNick(QStringLiteral("zz-guest00042"));
    for (auto _ : state) {
        console.room.update().applyOccupantChanged(QStringLiteral("guest00042"), renamed);
        console.room.update().applyOccupantChanged(QStringLiteral("zz-guest00042"), original);
    }
    state.SetItemsProcessed(state.iterations() * 2);
}
BENCHMARK(BM_NickChangeIn10k)->Unit(benchmark::kMicrosecond);

// Going away changes only the colour, not the position.
void BM_AwayToggleIn10k(benchmark::State &state)
{
    Console console;
    console.room.update().applyOccupants(crowd(10000));
    const Identifier present = console.room.occupant(QStringLiteral("guest05000"));
    Identifier away = present;
    away.setExtra(Extras::Away, true);
    for (auto _ : state) {
        console.room.update().applyOccupantChanged(QStringLiteral("guest05000"), away);
        console.room.update().applyOccupantChanged(QStringLiteral("guest05000"), present);
    }
    state.SetItemsProcessed(state.iterations() * 2);
}
BENCHMARK(BM_AwayToggleIn10k)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    // The models use the application palette for dimmed rows.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
