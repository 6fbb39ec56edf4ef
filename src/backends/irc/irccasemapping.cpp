#include "irccasemapping.h"

namespace Botdeck::Irc {

CaseMapping caseMappingFromName(QStringView name)
{
    if (name.compare(QLatin1String("ascii"), Qt::CaseInsensitive) == 0)
        return CaseMapping::Ascii;
    if (name.compare(QLatin1String("strict-rfc1459"), Qt::CaseInsensitive) == 0)
        return CaseMapping::StrictRfc1459;
    return CaseMapping::Rfc1459;
}

QString caseMappingName(CaseMapping mapping)
{
    switch (mapping) {
    case CaseMapping::Ascii:
        return QStringLiteral("ascii");
    case CaseMapping::Rfc1459:
        return QStringLiteral("rfc1459");
    case CaseMapping::StrictRfc1459:
        return QStringLiteral("strict-rfc1459");
    }
    return {};
}

QChar foldChar(QChar c, CaseMapping mapping)
{
    const char16_t u = c.unicode();
    if (u >= 'A' && u <= 'Z')
        return QChar(char16_t(u + 32));
    if (mapping == CaseMapping::Ascii)
        return c;
    switch (u) {
    case '[':
        return QLatin1Char('{');
    case ']':
        return QLatin1Char('}');
    case '\\':
        return QLatin1Char('|');
    case '~':
        return mapping == CaseMapping::Rfc1459 ? QLatin1Char('^') : c;
    default:
        return c;
    }
}

QString foldCase(QStringView text, CaseMapping mapping)
{
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = foldChar(text.at(i), mapping);
    return folded;
}

bool equalFolded(QStringView a, QStringView b, CaseMapping mapping)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (foldChar(a.at(i), mapping) != foldChar(b.at(i), mapping))
            return false;
    }
    return true;
}

} // namespace Botdeck::Irc
