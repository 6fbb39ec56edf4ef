#pragma once

// A room with no service behind it, for benchmarks that only need its
// occupant bookkeeping and signals.

#include "core/room.h"

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
    using Room::applyOccupantChanged;
    using Room::applyOccupantJoined;
    using Room::applyOccupantLeft;
    using Room::applyOccupants;
};

} // namespace Botdeck
