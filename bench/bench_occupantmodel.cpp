// The console's occupant list at the sizes big rooms reach: populating the
// model and its sorting proxy from a 10 000-member occupantsReset, and the
// cost of one join, part or change once it is that full (issue 4 aims for
// < 50 ms and < 0.1 ms); then what a person feels in such a room: one
// keystroke in the filter box, and painting a full viewport of ranked,
// coloured nicks (issue 13 aims for <= 16 ms each).
#include "benchroom.h"
#include "core/room.h"
#include "ui/models/occupantmodel.h"
#include "ui/models/occupantproxymodel.h"
#include "ui/occupantspanel.h"

#include <QApplication>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>

#include <benchmark/benchmark.h>

using namespace Botdeck;

namespace {

Identifier member(const QString &nick, int rank = 0)
{
    Identifier occupant = Identifier::makeOccupant(QStringLiteral("#crowd"), QLatin1Char('@') + nick, nick);
    occupant.setClient(QStringLiteral("laptop"));
    occupant.setDisplayName(QStringLiteral("Guest ") + nick);
    occupant.setExtra(Extras::Away, false);
    if (rank) {
        occupant.setExtra(Extras::Rank, rank);
        occupant.setExtra(Extras::RankSymbol, QStringLiteral("@"));
        occupant.setExtra(Extras::Standing, int(Standing::Operator));
    }
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

// The panel as the console shows it, full of a 10 000-person room.
struct CrowdedPanel
{
    BenchRoom room;
    OccupantsPanel panel;
    CrowdedPanel()
    {
        room.update().applyOccupants(crowd(10000));
        panel.resize(260, 900);
        panel.setRoom(&room);
        panel.show();
    }
};

// Typing "guest012" into the filter one key at a time and clearing it: the
// proxy re-filters 10 000 rows per key, the view and the header follow.
void BM_FilterKeystrokeIn10k(benchmark::State &state)
{
    CrowdedPanel crowded;
    const QString typed = QStringLiteral("guest012");
    QLineEdit *filter = crowded.panel.filter();
    for (auto _ : state) {
        for (qsizetype length = 1; length <= typed.size(); ++length)
            filter->setText(typed.left(length));
        filter->clear();
        QCoreApplication::processEvents();
    }
    state.SetItemsProcessed(state.iterations() * (typed.size() + 1));
    state.SetLabel("items = keystrokes");
}
BENCHMARK(BM_FilterKeystrokeIn10k)->Unit(benchmark::kMillisecond);

// One full repaint of the list's viewport (about 45 rows). Arg 0 paints with
// Qt's plain delegate, the baseline; arg 1 with the console's own.
void BM_PaintViewportIn10k(benchmark::State &state)
{
    CrowdedPanel crowded;
    QListView *view = crowded.panel.view();
    if (state.range(0) == 0)
        view->setItemDelegate(new QStyledItemDelegate(view));
    QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        view->viewport()->render(&painter);
    }
    state.SetLabel(state.range(0) == 0 ? "QStyledItemDelegate" : "OccupantDelegate");
}
BENCHMARK(BM_PaintViewportIn10k)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

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
