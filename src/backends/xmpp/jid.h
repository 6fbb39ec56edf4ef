#pragma once

#include "core/result.h"

#include <QString>

namespace Botdeck::Xmpp {

// An XMPP address (RFC 7622): [localpart@]domainpart[/resourcepart].
// A value type that is only ever valid: parse() checks the parts and says
// in plain words what is wrong. Localpart and domain are compared without
// case, as the PRECIS profiles fold them; the resource keeps its case.
class Jid
{
public:
    Jid() = default;

    static Result<Jid> parse(const QString &text);
    // From parts that are checked the same way.
    static Result<Jid> fromParts(const QString &local, const QString &domain, const QString &resource = {});

    bool isNull() const { return m_domain.isEmpty(); }
    bool isBare() const { return m_resource.isEmpty(); }
    QString local() const { return m_local; }
    QString domain() const { return m_domain; }
    QString resource() const { return m_resource; }

    // "local@domain" (or "domain").
    QString bare() const;
    // bare() plus "/resource" when there is one.
    QString full() const;
    QString toString() const { return full(); }
    Jid toBare() const;
    // Returns a null Jid when resource is not a valid resourcepart.
    Jid withResource(const QString &resource) const;

    friend bool operator==(const Jid &a, const Jid &b)
    {
        return a.m_local == b.m_local && a.m_domain == b.m_domain && a.m_resource == b.m_resource;
    }
    friend bool operator!=(const Jid &a, const Jid &b) { return !(a == b); }

    // Each part may be at most this many bytes of UTF-8 (RFC 7622 3.1).
    static constexpr int MaxPartBytes = 1023;

private:
    QString m_local;
    QString m_domain;
    QString m_resource;
};

} // namespace Botdeck::Xmpp
