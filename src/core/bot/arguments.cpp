#include "arguments.h"

#include <QCoreApplication>

namespace Botdeck {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Arguments)
};

} // namespace

Result<QStringList> splitArguments(const QString &text)
{
    enum class Mode { Between, Bare, Single, Double };
    QStringList result;
    QString current;
    Mode mode = Mode::Between;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (mode) {
        case Mode::Between:
        case Mode::Bare:
            if (c.isSpace()) {
                if (mode == Mode::Bare)
                    result.append(std::exchange(current, QString()));
                mode = Mode::Between;
            } else if (c == u'\'') {
                mode = Mode::Single;
            } else if (c == u'"') {
                mode = Mode::Double;
            } else if (c == u'\\' && i + 1 < text.size()) {
                current += text.at(++i);
                mode = Mode::Bare;
            } else {
                current += c;
                mode = Mode::Bare;
            }
            break;
        case Mode::Single:
            if (c == u'\'')
                mode = Mode::Bare;
            else
                current += c;
            break;
        case Mode::Double:
            if (c == u'"')
                mode = Mode::Bare;
            else if (c == u'\\' && i + 1 < text.size() && (text.at(i + 1) == u'"' || text.at(i + 1) == u'\\'))
                current += text.at(++i);
            else
                current += c;
            break;
        }
    }
    if (mode == Mode::Single || mode == Mode::Double) {
        return Result<QStringList>::failure(
            Tr::tr("a %1 quote is not closed")
                .arg(mode == Mode::Single ? QStringLiteral("single (')") : QStringLiteral("double (\")")));
    }
    if (mode == Mode::Bare)
        result.append(current);
    return result;
}

QString quoteArgument(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(u'\'') && !argument.contains(u'"') && !argument.contains(u'\\')
        && std::none_of(argument.cbegin(), argument.cend(), [](QChar c) { return c.isSpace(); }))
        return argument;
    QString quoted = argument;
    quoted.replace(u'\\', QStringLiteral("\\\\"));
    quoted.replace(u'"', QStringLiteral("\\\""));
    return u'"' + quoted + u'"';
}

} // namespace Botdeck
