#pragma once

#include <QString>
#include <QStringList>

namespace Botdeck {

// Damerau-Levenshtein (optimal string alignment) distance: a swapped pair
// of letters counts as one typo, as people make them.
int editDistance(const QString &a, const QString &b);

// The candidates closest to word (within a distance that grows with its
// length, or starting with it), best first, at most limit of them.
QStringList closestMatches(const QString &word, const QStringList &candidates, int limit = 3);

} // namespace Botdeck
