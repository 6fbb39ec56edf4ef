#include "nickcolour.h"

#include <QPalette>

namespace Botdeck {

namespace {

// Hues far enough apart to tell nicks apart at a glance, without the
// yellows and cyans that vanish on a light background.
constexpr int Hues[] = {0, 25, 45, 95, 130, 160, 200, 220, 250, 275, 300, 330};

quint32 stableHash(QStringView text)
{
    // FNV-1a over the UTF-16 code units, case-folded: "Bob" and "bob"
    // are the same person on every service that folds case.
    quint32 hash = 2166136261u;
    for (QChar c : text) {
        hash ^= c.toCaseFolded().unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

QColor nickColour(QStringView nick, const QPalette &palette)
{
    const int hue = Hues[stableHash(nick) % std::size(Hues)];
    // Dark text on a light base and light text on a dark one, at a
    // saturation that stays readable on both.
    const bool darkBase = palette.color(QPalette::Base).lightness() < 128;
    return QColor::fromHsl(hue, 170, darkBase ? 170 : 85);
}

} // namespace Botdeck
