#pragma once

#include "ircisupport.h"

#include "core/identifier.h"
#include "core/result.h"

#include <QString>

namespace Botdeck::Irc {

// What the network has told us about one person, whichever rooms they are
// in (Konversation's NickInfo; the per-room part is the occupant's modes).
struct IrcUser
{
    QString nick;
    QString user;
    QString host;
    QString realname;
    QString account; // services account; empty when not logged in or unknown
    bool away = false;

    bool hasUserHost() const { return !user.isEmpty() && !host.isEmpty(); }
    QString hostmask() const;
};

// The mapping of IRC people and channels onto Botdeck identifiers
// (docs/architecture.md, Vocabulary): person nick!user@host, client user@host, aclAttr the
// hostmask, occupants with their channel modes in extras.
namespace IrcIdentifiers {

// Extras keys of IRC identifiers besides the shared ones.
inline constexpr QLatin1String Modes("modes"); // QString: prefix symbols, strongest first ("@+")
inline constexpr QLatin1String User("user");
inline constexpr QLatin1String Host("host");

Identifier person(const IrcUser &user);
Identifier occupant(const IrcUser &user, const QString &room, const QString &symbols, const IrcIsupport &isupport);

// Why text is not a nick / channel on this server, or an empty string.
QString nickProblem(QStringView nick, const IrcIsupport &isupport);
QString channelProblem(QStringView channel, const IrcIsupport &isupport);

// "nick", "nick!user@host", "#chan", "#chan/nick"; anything else is an
// error that says what was wrong.
Result<Identifier> parse(const QString &text, const IrcIsupport &isupport);

} // namespace IrcIdentifiers

} // namespace Botdeck::Irc
