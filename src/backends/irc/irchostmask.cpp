#include "irchostmask.h"

namespace Botdeck::Irc {

bool matchesHostmask(QStringView mask, QStringView text, CaseMapping mapping)
{
    qsizetype m = 0;
    qsizetype t = 0;
    qsizetype starMask = -1;
    qsizetype starText = 0;
    while (t < text.size()) {
        if (m < mask.size()) {
            const QChar c = mask.at(m);
            if (c == QLatin1Char('*')) {
                starMask = ++m;
                starText = t;
                continue;
            }
            if (c == QLatin1Char('?')) {
                ++m, ++t;
                continue;
            }
            QChar literal = c;
            qsizetype width = 1;
            if (c == QLatin1Char('\\') && m + 1 < mask.size()) {
                literal = mask.at(m + 1);
                width = 2;
            }
            if (foldChar(literal, mapping) == foldChar(text.at(t), mapping)) {
                m += width, ++t;
                continue;
            }
        }
        if (starMask < 0)
            return false;
        m = starMask;
        t = ++starText;
    }
    while (m < mask.size() && mask.at(m) == QLatin1Char('*'))
        ++m;
    return m == mask.size();
}

} // namespace Botdeck::Irc
