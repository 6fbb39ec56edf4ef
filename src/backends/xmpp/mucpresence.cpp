#include "mucpresence.h"

#include "jid.h"
#include "namespaces.h"

#include <QCoreApplication>

namespace Botdeck::Xmpp {

namespace {
// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Xmpp::MucPresence)
};
} // namespace

MucPresence MucPresence::parse(const XmlElement &presence)
{
    MucPresence p;
    const QString from = presence.attribute(QStringLiteral("from"));
    const qsizetype slash = from.indexOf(QLatin1Char('/'));
    p.room = slash < 0 ? from : from.left(slash);
    p.nick = slash < 0 ? QString() : from.mid(slash + 1);
    const QString type = presence.attribute(QStringLiteral("type"));
    p.available = type.isEmpty();
    p.error = type == QLatin1String("error");
    p.show = presence.childText(QStringLiteral("show"));
    p.status = presence.childText(QStringLiteral("status"));
    p.occupantId = presence.firstChild(QStringLiteral("occupant-id"), Ns::OccupantId).attribute(QStringLiteral("id"));

    const XmlElement x = presence.firstChild(QStringLiteral("x"), Ns::MucUser);
    const XmlElement item = x.firstChild(QStringLiteral("item"));
    p.role = item.attribute(QStringLiteral("role"));
    p.affiliation = item.attribute(QStringLiteral("affiliation"));
    p.newNick = item.attribute(QStringLiteral("nick"));
    p.reason = item.childText(QStringLiteral("reason"));
    p.actor = item.firstChild(QStringLiteral("actor")).attribute(QStringLiteral("nick"));
    const QString realJid = item.attribute(QStringLiteral("jid"));
    if (!realJid.isEmpty() && Jid::parse(realJid))
        p.realJid = realJid;
    const QList<XmlElement> statuses = x.childrenNamed(QStringLiteral("status"));
    for (const XmlElement &status : statuses) {
        bool ok = false;
        const int code = status.attribute(QStringLiteral("code")).toInt(&ok);
        if (ok)
            p.codes.insert(code);
    }
    const XmlElement destroy = x.firstChild(QStringLiteral("destroy"));
    if (!destroy.isNull()) {
        p.destroyed = true;
        p.reason = destroy.childText(QStringLiteral("reason"));
        p.alternateRoom = destroy.attribute(QStringLiteral("jid"));
    }
    return p;
}

Identifier MucPresence::toIdentifier() const
{
    const QString occupantJid = room + QLatin1Char('/') + nick;
    const Result<Jid> real = realJid.isEmpty() ? Result<Jid>(Jid()) : Jid::parse(realJid);
    const bool revealed = real && !real.value().isNull();
    Identifier who = Identifier::makeOccupant(room, revealed ? real.value().bare() : occupantJid, nick);
    who.setClient(nick);
    who.setCanContactPrivately(revealed);
    // Who someone is for access control: the real JID when known; else the
    // room's stable occupant-id (XEP-0421), which a newcomer cannot take over
    // by picking a freed nick; else the occupant JID.
    if (revealed)
        who.setAclAttr(real.value().bare());
    else if (!occupantId.isEmpty())
        who.setAclAttr(room + QStringLiteral("#occupant-id:") + occupantId);
    else
        who.setAclAttr(occupantJid);
    QVariantMap extras;
    extras.insert(XmppExtras::Role, role);
    extras.insert(XmppExtras::Affiliation, affiliation);
    if (revealed)
        extras.insert(XmppExtras::RealJid, real.value().full());
    if (!occupantId.isEmpty())
        extras.insert(XmppExtras::OccupantId, occupantId);
    if (!show.isEmpty())
        extras.insert(XmppExtras::Show, show);
    if (!status.isEmpty())
        extras.insert(XmppExtras::Status, status);
    extras.insert(Extras::Away,
                  show == QLatin1String("away") || show == QLatin1String("xa") || show == QLatin1String("dnd"));
    extras.insert(Extras::Rank, mucRank(role, affiliation));
    extras.insert(Extras::RankName, mucRankName(role, affiliation));
    extras.insert(Extras::RankSymbol, mucRankSymbol(role, affiliation));
    extras.insert(Extras::Standing, int(mucStanding(role, affiliation)));
    if (revealed)
        extras.insert(Extras::Account, real.value().bare());
    who.setExtras(extras);
    return who;
}

Identifier MucPresence::occupant(const QString &room, const QString &nick)
{
    MucPresence presence;
    presence.room = room;
    presence.nick = nick;
    return presence.toIdentifier();
}

QString MucPresence::leaveReason() const
{
    const QString why = reason.isEmpty() ? QString() : Tr::tr(": %1").arg(reason);
    const QString by = actor.isEmpty() ? QString() : Tr::tr(" by %1").arg(actor);
    if (destroyed)
        return Tr::tr("the room was destroyed%1").arg(why);
    if (hasCode(307))
        return Tr::tr("kicked%1%2").arg(by, why);
    if (hasCode(301))
        return Tr::tr("banned%1%2").arg(by, why);
    if (hasCode(321))
        return Tr::tr("removed because of an affiliation change%1").arg(why);
    if (hasCode(322))
        return Tr::tr("removed because the room became members-only%1").arg(why);
    if (hasCode(332))
        return Tr::tr("removed because the chat service is shutting down");
    if (hasCode(333))
        return Tr::tr("removed because of a technical problem");
    return status;
}

int mucRank(const QString &role, const QString &affiliation)
{
    if (affiliation == QLatin1String("owner"))
        return 4;
    if (affiliation == QLatin1String("admin"))
        return 3;
    if (role == QLatin1String("moderator"))
        return 2;
    if (affiliation == QLatin1String("member"))
        return 1;
    return 0;
}

QString mucRankName(const QString &role, const QString &affiliation)
{
    switch (mucRank(role, affiliation)) {
    case 4:
        return QStringLiteral("owner");
    case 3:
        return QStringLiteral("admin");
    case 2:
        return QStringLiteral("moderator");
    case 1:
        return QStringLiteral("member");
    default:
        return role.isEmpty() ? QStringLiteral("participant") : role;
    }
}

QString mucRankSymbol(const QString &role, const QString &affiliation)
{
    switch (mucStanding(role, affiliation)) {
    case Standing::Owner:
        return QStringLiteral("~");
    case Standing::Admin:
        return QStringLiteral("&");
    case Standing::Operator:
        return QStringLiteral("@");
    default:
        return {};
    }
}

Standing mucStanding(const QString &role, const QString &affiliation)
{
    switch (mucRank(role, affiliation)) {
    case 4:
        return Standing::Owner;
    case 3:
        return Standing::Admin;
    case 2:
        return Standing::Operator;
    default:
        return Standing::Ordinary;
    }
}

} // namespace Botdeck::Xmpp
