#include "textsplitter.h"

namespace Botdeck {

namespace {

int utf8Length(char32_t codePoint)
{
    if (codePoint < 0x80)
        return 1;
    if (codePoint < 0x800)
        return 2;
    if (codePoint < 0x10000)
        return 3;
    return 4;
}

} // namespace

QStringList splitUtf8(const QString &text, int maxBytes)
{
    if (maxBytes <= 0 || text.size() * 3 <= maxBytes)
        return {text};

    QStringList pieces;
    qsizetype start = 0;
    while (start < text.size()) {
        int bytes = 0;
        qsizetype end = start;
        qsizetype lastSpace = -1;
        while (end < text.size()) {
            const bool pair
                = text.at(end).isHighSurrogate() && end + 1 < text.size() && text.at(end + 1).isLowSurrogate();
            const char32_t codePoint
                = pair ? QChar::surrogateToUcs4(text.at(end), text.at(end + 1)) : text.at(end).unicode();
            const int length = utf8Length(codePoint);
            if (bytes + length > maxBytes) {
                // A character larger than the whole limit (maxBytes < 4) goes
                // alone: better one piece over the limit than a cut inside it.
                if (end == start)
                    end += pair ? 2 : 1;
                break;
            }
            bytes += length;
            if (text.at(end) == u' ')
                lastSpace = end;
            end += pair ? 2 : 1;
        }
        if (end >= text.size()) {
            pieces.append(text.mid(start));
            break;
        }
        if (text.at(end) == u' ') {
            // The piece ends right before a space: cut there, not at an
            // earlier space, and do not start the next piece with it.
            pieces.append(text.mid(start, end - start));
            start = end + 1;
        } else if (lastSpace > start) {
            pieces.append(text.mid(start, lastSpace - start));
            start = lastSpace + 1; // the space that separated the pieces goes
        } else {
            pieces.append(text.mid(start, end - start));
            start = end;
        }
    }
    return pieces;
}

QStringList splitLines(const QString &text, int maxBytes)
{
    QStringList pieces;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line.remove(QLatin1Char('\r'));
        line.remove(QChar(0));
        if (!line.isEmpty())
            pieces += splitUtf8(line, maxBytes);
    }
    return pieces;
}

} // namespace Botdeck
