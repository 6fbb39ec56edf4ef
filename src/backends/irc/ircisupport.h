#pragma once

#include "irccasemapping.h"

#include "core/identifier.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace Botdeck::Irc {

// What a server says about itself in RPL_ISUPPORT (005). A value type that
// starts with RFC defaults and takes tokens as they arrive (a server sends
// several 005 lines, and "-TOKEN" withdraws one).
class IrcIsupport
{
public:
    // Kinds of channel modes, from CHANMODES=A,B,C,D.
    enum class ModeKind { List, AlwaysParameter, ParameterWhenSet, NoParameter, Prefix, Unknown };

    // The tokens of one 005 line: its parameters without our nick and the
    // trailing "are supported by this server".
    void apply(const QStringList &tokens);

    QString network() const { return m_network; }
    CaseMapping caseMapping() const { return m_caseMapping; }
    int nickLength() const { return m_nickLength; }
    QString channelTypes() const { return m_channelTypes; }
    // PREFIX=(qaohv)~&@%+: modes and their symbols, highest first.
    QString prefixModes() const { return m_prefixModes; }
    QString prefixSymbols() const { return m_prefixSymbols; }
    bool hasWhox() const { return m_whox; }
    // Most targets one command takes (TARGMAX=PRIVMSG:4,JOIN:); 0 means no
    // limit was given.
    int maxTargets(const QString &command) const;
    QString value(const QString &token) const { return m_raw.value(token); }

    bool isChannel(QStringView name) const;
    ModeKind modeKind(QChar mode) const;
    // The symbol for a prefix mode ('o' -> '@'), or a null QChar.
    QChar symbolForMode(QChar mode) const;
    QChar modeForSymbol(QChar symbol) const;
    bool isPrefixSymbol(QChar c) const { return m_prefixSymbols.contains(c); }
    // Higher for stronger symbols: with PREFIX=(ov)@+, '@' is 2, '+' is 1,
    // none 0.
    int rankOfSymbol(QChar symbol) const;
    // The strongest of the symbols in text ("@+" -> '@').
    QChar highestSymbol(QStringView symbols) const;
    // Symbols sorted strongest first, without duplicates.
    QString sortSymbols(QStringView symbols) const;
    // "operator", "voice", ...: words for the usual modes.
    static QString rankName(QChar mode);
    // Where the usual modes stand across services ('o' -> Operator); a
    // mode only this server has is Ordinary.
    static Standing standingOfMode(QChar mode);

private:
    QString m_network;
    CaseMapping m_caseMapping = CaseMapping::Rfc1459;
    int m_nickLength = 9;
    QString m_channelTypes = QStringLiteral("#&");
    QString m_prefixModes = QStringLiteral("ov");
    QString m_prefixSymbols = QStringLiteral("@+");
    QStringList m_chanModes = {QStringLiteral("b"), QStringLiteral("k"), QStringLiteral("l"), QStringLiteral("imnpst")};
    QHash<QString, int> m_targMax;
    QHash<QString, QString> m_raw;
    bool m_whox = false;
};

} // namespace Botdeck::Irc
