#include "jid.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Botdeck::Xmpp {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::Xmpp::Jid)
};

bool isControlOrSpace(QChar c)
{
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c.isSpace();
}

// The characters RFC 7622 3.3.1 forbids in a localpart besides spaces and
// controls: " & ' / : < > @
const QString ForbiddenInLocal = QStringLiteral("\"&'/:<>@");

Result<QString> checkLocal(const QString &local)
{
    if (local.isEmpty())
        return Result<QString>::failure(Tr::tr("the part before @ is empty"));
    if (local.toUtf8().size() > Jid::MaxPartBytes)
        return Result<QString>::failure(Tr::tr("the part before @ is longer than %1 bytes").arg(Jid::MaxPartBytes));
    for (const QChar c : local) {
        if (isControlOrSpace(c))
            return Result<QString>::failure(Tr::tr("the part before @ may not contain spaces or control characters"));
        if (ForbiddenInLocal.contains(c))
            return Result<QString>::failure(Tr::tr("the part before @ may not contain %1").arg(c));
    }
    return local.toLower();
}

Result<QString> checkDomain(const QString &text)
{
    QString domain = text.toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1); // the root label is not part of the name (RFC 7622 3.2)
    if (domain.isEmpty())
        return Result<QString>::failure(Tr::tr("the domain is empty"));
    if (domain.toUtf8().size() > Jid::MaxPartBytes)
        return Result<QString>::failure(Tr::tr("the domain is longer than %1 bytes").arg(Jid::MaxPartBytes));
    if (domain.startsWith(QLatin1Char('[')) && domain.endsWith(QLatin1Char(']'))) {
        const QHostAddress address(domain.mid(1, domain.size() - 2));
        if (address.protocol() != QAbstractSocket::IPv6Protocol)
            return Result<QString>::failure(Tr::tr("%1 is not an IPv6 address").arg(domain));
        return domain;
    }
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return Result<QString>::failure(
                Tr::tr("the domain %1 has an empty label (two dots in a row?)").arg(domain));
        if (label.toUtf8().size() > 63)
            return Result<QString>::failure(Tr::tr("the domain label %1 is longer than 63 bytes").arg(label));
        for (const QChar c : label) {
            if (isControlOrSpace(c) || ForbiddenInLocal.contains(c) || c == QLatin1Char('[') || c == QLatin1Char(']')
                || c == QLatin1Char('\\'))
                return Result<QString>::failure(Tr::tr("the domain may not contain \"%1\"").arg(c));
        }
    }
    return domain;
}

Result<QString> checkResource(const QString &resource)
{
    if (resource.isEmpty())
        return Result<QString>::failure(Tr::tr("the resource after / is empty"));
    if (resource.toUtf8().size() > Jid::MaxPartBytes)
        return Result<QString>::failure(Tr::tr("the resource is longer than %1 bytes").arg(Jid::MaxPartBytes));
    for (const QChar c : resource) {
        if (c.category() == QChar::Other_Control)
            return Result<QString>::failure(Tr::tr("the resource may not contain control characters"));
    }
    return resource;
}

} // namespace

Result<Jid> Jid::parse(const QString &text)
{
    if (text.isEmpty())
        return Result<Jid>::failure(Tr::tr("an XMPP address cannot be empty"));
    // The resource is everything after the first slash, and may itself
    // contain @ and /; the localpart is what precedes the first @ before it.
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    const QString bare = slash < 0 ? text : text.left(slash);
    const qsizetype at = bare.indexOf(QLatin1Char('@'));
    const QString local = at < 0 ? QString() : bare.left(at);
    const QString domain = at < 0 ? bare : bare.mid(at + 1);
    if (at >= 0 && local.isEmpty())
        return Result<Jid>::failure(Tr::tr("\"%1\" is not an XMPP address: nothing before the @").arg(text));
    if (slash >= 0 && slash == text.size() - 1)
        return Result<Jid>::failure(Tr::tr("\"%1\" is not an XMPP address: nothing after the /").arg(text));
    const Result<Jid> jid = fromParts(local, domain, slash < 0 ? QString() : text.mid(slash + 1));
    if (!jid)
        return Result<Jid>::failure(Tr::tr("\"%1\" is not an XMPP address: %2").arg(text, jid.error()));
    return jid;
}

Result<Jid> Jid::fromParts(const QString &local, const QString &domain, const QString &resource)
{
    Jid jid;
    if (!local.isEmpty()) {
        const Result<QString> checked = checkLocal(local);
        if (!checked)
            return Result<Jid>::failure(checked.error());
        jid.m_local = checked.value();
    }
    const Result<QString> checkedDomain = checkDomain(domain);
    if (!checkedDomain)
        return Result<Jid>::failure(checkedDomain.error());
    jid.m_domain = checkedDomain.value();
    if (!resource.isEmpty()) {
        const Result<QString> checked = checkResource(resource);
        if (!checked)
            return Result<Jid>::failure(checked.error());
        jid.m_resource = checked.value();
    }
    return jid;
}

QString Jid::bare() const
{
    return m_local.isEmpty() ? m_domain : m_local + QLatin1Char('@') + m_domain;
}

QString Jid::full() const
{
    return m_resource.isEmpty() ? bare() : bare() + QLatin1Char('/') + m_resource;
}

Jid Jid::toBare() const
{
    Jid jid = *this;
    jid.m_resource.clear();
    return jid;
}

Jid Jid::withResource(const QString &resource) const
{
    if (isNull())
        return {};
    const Result<QString> checked = checkResource(resource);
    if (!checked)
        return {};
    Jid jid = *this;
    jid.m_resource = checked.value();
    return jid;
}

} // namespace Botdeck::Xmpp
