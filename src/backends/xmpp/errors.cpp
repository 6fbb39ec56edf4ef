#include "errors.h"

#include "namespaces.h"

#include <QCoreApplication>

namespace Botdeck::Xmpp {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Xmpp::Errors)
};

// The first child in ns other than <text/>.
QString conditionIn(const XmlElement &element, const QString &ns)
{
    const QList<XmlElement> children = element.children();
    for (const XmlElement &child : children) {
        if (child.xmlns() == ns && child.name() != QLatin1String("text"))
            return child.name();
    }
    return {};
}

} // namespace

StreamErrorInfo describeStreamError(const XmlElement &error)
{
    StreamErrorInfo info;
    info.condition = conditionIn(error, Ns::StreamErrors);
    const QString &c = info.condition;
    QString words;
    if (c == QLatin1String("conflict")) {
        words = Tr::tr("another login with the same resource replaced this one");
        info.retry = false;
    } else if (c == QLatin1String("host-unknown")) {
        words = Tr::tr("the server does not serve this domain");
        info.retry = false;
    } else if (c == QLatin1String("not-authorized")) {
        words = Tr::tr("the server refused the session (not authorized)");
        info.retry = false;
    } else if (c == QLatin1String("policy-violation")) {
        words = Tr::tr("the server closed the connection for a policy violation (flooding?)");
    } else if (c == QLatin1String("system-shutdown")) {
        words = Tr::tr("the server is shutting down");
    } else if (c == QLatin1String("connection-timeout")) {
        words = Tr::tr("the server timed the connection out");
    } else if (c == QLatin1String("see-other-host")) {
        words = Tr::tr("the server asks to connect to another host (%1)").arg(error.childText(c));
    } else if (c == QLatin1String("not-well-formed") || c == QLatin1String("invalid-xml")
               || c == QLatin1String("bad-format")) {
        words = Tr::tr("the server could not parse what Botdeck sent (%1)").arg(c);
    } else if (c == QLatin1String("resource-constraint")) {
        words = Tr::tr("the server is overloaded");
    } else if (c == QLatin1String("reset")) {
        words = Tr::tr("the server reset the session");
    } else {
        words = Tr::tr("the server ended the stream (%1)").arg(c.isEmpty() ? Tr::tr("no reason given") : c);
    }
    const QString text = error.childText(QStringLiteral("text"), Ns::StreamErrors);
    info.description = text.isEmpty() ? words : Tr::tr("%1: %2").arg(words, text);
    return info;
}

QString stanzaErrorCondition(const XmlElement &stanza)
{
    return conditionIn(stanza.firstChild(QStringLiteral("error")), Ns::StanzaErrors);
}

QString describeStanzaError(const XmlElement &stanza)
{
    const XmlElement error = stanza.firstChild(QStringLiteral("error"));
    const QString c = conditionIn(error, Ns::StanzaErrors);
    QString words;
    if (c == QLatin1String("conflict"))
        words = Tr::tr("the nick is already in use");
    else if (c == QLatin1String("not-authorized"))
        words = Tr::tr("a password is required or the password is wrong");
    else if (c == QLatin1String("registration-required"))
        words = Tr::tr("only members may enter");
    else if (c == QLatin1String("forbidden"))
        words = Tr::tr("not allowed (banned, or not privileged enough)");
    else if (c == QLatin1String("item-not-found"))
        words = Tr::tr("it does not exist");
    else if (c == QLatin1String("not-allowed"))
        words = Tr::tr("the service does not allow this");
    else if (c == QLatin1String("service-unavailable"))
        words = Tr::tr("the service is unavailable (or the room is full)");
    else if (c == QLatin1String("not-acceptable"))
        words = Tr::tr("the request is not acceptable");
    else if (c == QLatin1String("remote-server-not-found") || c == QLatin1String("remote-server-timeout"))
        words = Tr::tr("the other server cannot be reached");
    else if (c == QLatin1String("bad-request"))
        words = Tr::tr("the service did not understand the request");
    else if (c == QLatin1String("jid-malformed"))
        words = Tr::tr("the address is not valid");
    else
        words = Tr::tr("the service refused (%1)").arg(c.isEmpty() ? Tr::tr("no reason given") : c);
    const QString text = error.childText(QStringLiteral("text"), Ns::StanzaErrors);
    return text.isEmpty() ? words : Tr::tr("%1: %2").arg(words, text);
}

} // namespace Botdeck::Xmpp
