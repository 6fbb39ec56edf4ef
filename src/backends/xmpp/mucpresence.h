#pragma once

#include "xmlelement.h"

#include "core/identifier.h"

#include <QSet>
#include <QString>

namespace Botdeck::Xmpp {

// Extras keys the XMPP backend adds to occupant identifiers, besides the
// well-known ones (rank, rankName, away).
namespace XmppExtras {
inline constexpr QLatin1String Role("role");
inline constexpr QLatin1String Affiliation("affiliation");
inline constexpr QLatin1String RealJid("realJid");
inline constexpr QLatin1String OccupantId("occupantId");
inline constexpr QLatin1String Show("show");
inline constexpr QLatin1String Status("status");
} // namespace XmppExtras

// What a presence from a MUC room says about one occupant (XEP-0045): a
// value read from the stanza, with no room state behind it.
struct MucPresence
{
    QString room; // room@service
    QString nick; // the occupant's nick (resource of from)
    bool available = true;
    bool error = false;
    QString show;   // away, chat, dnd, xa; empty when simply available
    QString status; // free text
    QString role;
    QString affiliation;
    QString realJid; // full real JID when the room reveals it
    QString newNick; // with status 303
    QString occupantId;
    QString reason; // of a kick, ban or destroy
    QString actor;  // the nick of whoever kicked or banned
    bool destroyed = false;
    QString alternateRoom;
    QSet<int> codes;

    static MucPresence parse(const XmlElement &presence);
    bool isSelf() const { return codes.contains(110); }
    bool hasCode(int code) const { return codes.contains(code); }

    // This occupant as the Botdeck contract sees them: the real bare JID
    // as person when the room reveals it; otherwise the occupant JID, which
    // cannot be reached privately once they leave.
    Identifier toIdentifier() const;
    // Someone known only by room and nick, with no presence seen (yet): a
    // message from them, or an address the operator typed. What
    // toIdentifier() says of such an occupant.
    static Identifier occupant(const QString &room, const QString &nick);
    // Why someone left, in plain words; empty for an ordinary leave.
    QString leaveReason() const;
};

// How much say someone has in a room, for sorting: owner 4, admin 3,
// moderator 2, member 1, anyone else 0.
int mucRank(const QString &role, const QString &affiliation);
QString mucRankName(const QString &role, const QString &affiliation);
// The same rank in the terms the console shows for every service: owners
// "~", admins "&", moderators "@" (as IRC clients mark them); members and
// participants carry no marker, since everyone but a visitor may speak.
QString mucRankSymbol(const QString &role, const QString &affiliation);
Standing mucStanding(const QString &role, const QString &affiliation);

} // namespace Botdeck::Xmpp
