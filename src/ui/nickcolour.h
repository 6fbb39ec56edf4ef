#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace Botdeck {

// The colour a nick is drawn in, in the occupant list and in the
// conversation alike: the same nick gets the same colour on every machine
// and in every session (it is not Qt's per-process seeded hash), and the
// colour keeps its contrast on the palette's base, light or dark.
QColor nickColour(QStringView nick, const QPalette &palette);

} // namespace Botdeck
