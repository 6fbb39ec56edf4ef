#pragma once

#include "core/identifier.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QSettings;

namespace Botdeck {

// One access rule, for a command ("echo"), a whole plugin ("plugin:Utils")
// or every command ("*"). Patterns are globs (* and ?) matched against the
// whole of an identifier's aclAttr (users) or a room id (rooms).
struct AclRule
{
    QString scope;
    QStringList allowUsers;
    QStringList denyUsers;
    QStringList allowRooms;
    QStringList denyRooms;
    bool directOnly = false; // only in direct messages
    bool roomOnly = false;   // only in rooms
};

// What is being asked: may this identifier run this command here?
struct AclRequest
{
    QString command;
    QString plugin;
    bool adminOnly = false;
    Identifier caller;
    QString room; // empty for a direct message
    // How the caller's backend folds case for comparison (IRC casemapping);
    // identity when unset. Patterns are folded too, so a check with a fold
    // costs one fold per pattern unless AccessControl can tell which fold it
    // is and reuse patterns it folded before: when fold is a plain function
    // (not a lambda), or when foldId names it.
    std::function<QString(const QString &)> fold;
    // Names the fold (Backend::foldCaseId(): "irc:rfc1459", "local:ascii");
    // requests with the same non-empty foldId must fold identically.
    // Optional, but without it a lambda's patterns are folded every time.
    QString foldId;
};

// The answer, with the reason in plain words: which rule decided, and which
// identifier field with which value it matched.
struct AclDecision
{
    bool allowed = false;
    QString reason;
    QString rule;    // the scope of the deciding rule, "admins", or "default"
    QString field;   // "aclAttr" or "room"
    QString value;   // the value of that field that was matched
    QString pattern; // the pattern that matched, if any
};

// Who may run what. Matching is exact about what it matches: always the
// aclAttr (never a nick alone), folded the way the caller's backend folds
// case, with no trimming and no Unicode normalisation, so look-alikes and
// trailing spaces do not match. An occupant the backend knows only by its
// place in a room (aclAttr "room@service/nick" or "room@service#occupant-id:..."
// for an anonymous XMPP room) is made admin or allowed only by patterns
// that name that room before their first wildcard, or by patterns of
// wildcards alone: never by a person pattern such as "*@example.org" that
// a chosen nick could happen to match. Deny lists match them as usual.
class AccessControl
{
public:
    void setAdmins(const QStringList &patterns);
    QStringList admins() const;
    void setRules(const QList<AclRule> &rules);
    QList<AclRule> rules() const;
    // Deny every command that no rule allows explicitly (admins excepted).
    void setDenyByDefault(bool deny);
    bool isDenyByDefault() const;

    // fold and foldId as in AclRequest.
    bool isAdmin(const Identifier &who, const std::function<QString(const QString &)> &fold = {},
                 const QString &foldId = {}) const;
    // Thread-safe: const, and the folded patterns it caches are guarded by
    // a mutex. The deny_users/deny_rooms lists and the
    // direct_only/room_only flags of every rule that applies are enforced;
    // for allow_users and allow_rooms the most specific rule that has such a
    // list decides, so a command rule can open what "*" keeps closed.
    AclDecision check(const AclRequest &request) const;

    // Reads [acl] admins=, deny_by_default= and [acl.<scope>] groups with
    // allow_users, deny_users, allow_rooms, deny_rooms, direct_only,
    // room_only (lists comma-separated). Unknown keys and patterns that can never match
    // (empty, only whitespace, leading/trailing spaces) are reported in
    // warnings instead of being ignored silently, as are other mistakes that
    // look deliberate but are not: a user pattern that looks like a bare nick,
    // an admins pattern that matches everybody, an empty list, a boolean that
    // is neither true nor false, direct_only together with room_only.
    static AccessControl fromSettings(QSettings &settings, QStringList *warnings = nullptr);

    // * matches any run of characters (also none), ? exactly one (a whole
    // surrogate pair for characters outside the BMP); everything else
    // matches itself exactly. Linear in practice, O(pattern × text) at worst.
    static bool globMatch(const QString &pattern, const QString &text);

private:
    QStringList m_admins;
    QList<AclRule> m_rules; // one per scope (setRules merges duplicates)
    bool m_denyByDefault = false;
    // Looked up on every dispatch, so resolved once in setRules(): no string
    // building per check.
    QHash<QString, qsizetype> m_commandRules; // command -> index in m_rules
    QHash<QString, qsizetype> m_pluginRules;  // plugin name (without "plugin:") -> index
    qsizetype m_globalRule = -1;              // the "*" rule
    // Patterns folded per fold function, made on first use; shared by
    // copies, replaced (not cleared) by the setters.
    struct Folded;
    struct FoldCache;
    std::shared_ptr<FoldCache> m_foldCache;
    std::shared_ptr<const Folded> folded(const std::function<QString(const QString &)> &fold,
                                         const QString &foldId = {}) const;
};

} // namespace Botdeck
