#pragma once

#include <QString>
#include <QStringView>

namespace Botdeck::Irc {

// How a server folds nicks and channel names (ISUPPORT CASEMAPPING).
// rfc1459 also folds []\~ to {}|^ (Scandinavian heritage); strict-rfc1459
// leaves out ~ and ^.
enum class CaseMapping { Ascii, Rfc1459, StrictRfc1459 };

// Unknown names give rfc1459, the RFC's default.
CaseMapping caseMappingFromName(QStringView name);
QString caseMappingName(CaseMapping mapping);

QChar foldChar(QChar c, CaseMapping mapping);
QString foldCase(QStringView text, CaseMapping mapping);
bool equalFolded(QStringView a, QStringView b, CaseMapping mapping);

} // namespace Botdeck::Irc
