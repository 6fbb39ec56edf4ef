#include "suggestions.h"

#include <QList>

#include <algorithm>

namespace Botdeck {

int editDistance(const QString &a, const QString &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Three rolling rows are enough for the transposition case.
    QList<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                best = std::min(best, before[j - 2] + 1);
            current[j] = best;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QStringList closestMatches(const QString &word, const QStringList &candidates, int limit)
{
    const QString lower = word.toLower();
    const int tolerance = lower.size() <= 3 ? 1 : (lower.size() <= 6 ? 2 : 3);
    QList<std::pair<int, QString>> scored;
    for (const QString &candidate : candidates) {
        const QString other = candidate.toLower();
        int distance = editDistance(lower, other);
        if (lower.size() >= 2 && other.startsWith(lower))
            distance = std::min(distance, 1);
        if (distance <= tolerance)
            scored.append({distance, candidate});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &a, const auto &b) {
        return a.first < b.first || (a.first == b.first && a.second < b.second);
    });
    QStringList result;
    for (const auto &entry : scored) {
        if (result.size() == limit)
            break;
        result.append(entry.second);
    }
    return result;
}

} // namespace Botdeck
