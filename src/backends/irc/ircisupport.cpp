#include "ircisupport.h"

#include <QCoreApplication>

namespace Botdeck::Irc {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Irc::IrcIsupport)
};

} // namespace

void IrcIsupport::apply(const QStringList &tokens)
{
    for (const QString &token : tokens) {
        if (token.isEmpty() || token.contains(QLatin1Char(' ')))
            continue; // the trailing human text
        const bool withdrawn = token.startsWith(QLatin1Char('-'));
        const qsizetype equals = token.indexOf(QLatin1Char('='));
        const QString key = (equals < 0 ? token : token.left(equals)).mid(withdrawn ? 1 : 0).toUpper();
        const QString value = equals < 0 ? QString() : token.mid(equals + 1);
        if (withdrawn) {
            m_raw.remove(key);
            if (key == QLatin1String("WHOX"))
                m_whox = false;
            continue;
        }
        m_raw.insert(key, value);
        if (key == QLatin1String("NETWORK")) {
            m_network = value;
        } else if (key == QLatin1String("CASEMAPPING")) {
            m_caseMapping = caseMappingFromName(value);
        } else if (key == QLatin1String("NICKLEN")) {
            bool ok = false;
            const int length = value.toInt(&ok);
            if (ok && length > 0 && length <= 512)
                m_nickLength = length;
        } else if (key == QLatin1String("CHANTYPES")) {
            m_channelTypes = value;
        } else if (key == QLatin1String("PREFIX")) {
            // "(ov)@+"; an empty value means the server has no prefixes.
            const qsizetype close = value.indexOf(QLatin1Char(')'));
            if (value.isEmpty()) {
                m_prefixModes.clear();
                m_prefixSymbols.clear();
            } else if (value.startsWith(QLatin1Char('(')) && close > 0 && value.size() - close - 1 == close - 1) {
                m_prefixModes = value.mid(1, close - 1);
                m_prefixSymbols = value.mid(close + 1);
            }
        } else if (key == QLatin1String("CHANMODES")) {
            QStringList kinds = value.split(QLatin1Char(','));
            while (kinds.size() < 4)
                kinds.append(QString());
            m_chanModes = kinds.mid(0, 4);
        } else if (key == QLatin1String("TARGMAX")) {
            m_targMax.clear();
            const QStringList pairs = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &pair : pairs) {
                const qsizetype colon = pair.indexOf(QLatin1Char(':'));
                if (colon <= 0)
                    continue;
                m_targMax.insert(pair.left(colon).toUpper(), pair.mid(colon + 1).toInt());
            }
        } else if (key == QLatin1String("WHOX")) {
            m_whox = true;
        }
    }
}

int IrcIsupport::maxTargets(const QString &command) const
{
    return m_targMax.value(command.toUpper(), 0);
}

bool IrcIsupport::isChannel(QStringView name) const
{
    return !name.isEmpty() && m_channelTypes.contains(name.at(0));
}

IrcIsupport::ModeKind IrcIsupport::modeKind(QChar mode) const
{
    if (m_prefixModes.contains(mode))
        return ModeKind::Prefix;
    static const ModeKind kinds[]
        = {ModeKind::List, ModeKind::AlwaysParameter, ModeKind::ParameterWhenSet, ModeKind::NoParameter};
    for (int i = 0; i < 4; ++i) {
        if (m_chanModes.at(i).contains(mode))
            return kinds[i];
    }
    return ModeKind::Unknown;
}

QChar IrcIsupport::symbolForMode(QChar mode) const
{
    const qsizetype i = m_prefixModes.indexOf(mode);
    return i < 0 || i >= m_prefixSymbols.size() ? QChar() : m_prefixSymbols.at(i);
}

QChar IrcIsupport::modeForSymbol(QChar symbol) const
{
    const qsizetype i = m_prefixSymbols.indexOf(symbol);
    return i < 0 || i >= m_prefixModes.size() ? QChar() : m_prefixModes.at(i);
}

int IrcIsupport::rankOfSymbol(QChar symbol) const
{
    const qsizetype i = symbol.isNull() ? -1 : m_prefixSymbols.indexOf(symbol);
    return i < 0 ? 0 : int(m_prefixSymbols.size() - i);
}

QChar IrcIsupport::highestSymbol(QStringView symbols) const
{
    const QString sorted = sortSymbols(symbols);
    return sorted.isEmpty() ? QChar() : sorted.at(0);
}

QString IrcIsupport::sortSymbols(QStringView symbols) const
{
    QString sorted;
    for (QChar known : m_prefixSymbols) {
        if (symbols.contains(known))
            sorted += known;
    }
    return sorted;
}

Standing IrcIsupport::standingOfMode(QChar mode)
{
    switch (mode.unicode()) {
    case 'q':
        return Standing::Owner;
    case 'a':
        return Standing::Admin;
    case 'o':
        return Standing::Operator;
    case 'h':
        return Standing::HalfOperator;
    case 'v':
        return Standing::Voiced;
    default:
        return Standing::Ordinary;
    }
}

QString IrcIsupport::rankName(QChar mode)
{
    switch (mode.unicode()) {
    case 'q':
        return Tr::tr("owner");
    case 'a':
        return Tr::tr("admin");
    case 'o':
        return Tr::tr("operator");
    case 'h':
        return Tr::tr("half-operator");
    case 'v':
        return Tr::tr("voice");
    default:
        return {};
    }
}

} // namespace Botdeck::Irc
