#pragma once

#include "irccasemapping.h"

#include <QStringView>

namespace Botdeck::Irc {

// Whether text ("nick!user@host") matches a hostmask with the IRC
// wildcards: '*' any run, '?' one character, '\' makes the next one
// literal. Compared with the server's casemapping. Linear in practice:
// backtracking only returns to the last '*'.
bool matchesHostmask(QStringView mask, QStringView text, CaseMapping mapping = CaseMapping::Rfc1459);

} // namespace Botdeck::Irc
