#pragma once

// A room with no service behind it, for benchmarks that only need its
// occupant bookkeeping and signals.

#include "core/room.h"
#include "core/roomupdater.h"

namespace Botdeck {

class BenchRoom : public Room
{
public:
    BenchRoom()
        : Room(QStringLiteral("#crowd"), nullptr)
    { }
    void join(const QString &) override { }
    void leave(const QString &) override { }
    void create() override { }
    void destroy() override { }
    void setTopic(const QString &) override { }
    void invite(const QList<Identifier> &) override { }
    // What a backend would record, through the same handle.
    RoomUpdater update() { return updater(); }
};

} // namespace Botdeck
