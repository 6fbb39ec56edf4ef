#include "core/bot/accesscontrol.h"

#include <QCoreApplication>
#include <QMap>
#include <QMutex>
#include <QSettings>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace Botdeck {

namespace {

using Fold = std::function<QString(const QString &)>;
using FoldFunction = QString (*)(const QString &);

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::AccessControl)
};

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Index of the first pattern matching the already folded text, or -1.
// patternFold, when set, is applied to each pattern first.
qsizetype firstMatch(const QStringList &patterns, const QString &foldedText, const Fold *patternFold)
{
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const QString &pattern = patterns.at(i);
        if (patternFold ? AccessControl::globMatch((*patternFold)(pattern), foldedText)
                        : AccessControl::globMatch(pattern, foldedText))
            return i;
    }
    return -1;
}

// User patterns match the aclAttr; an "account:NAME" pattern matches the
// services or local account the backend vouches for (Extras::Account), so a
// rule can follow a person whatever their nick and host, and a nick alone
// never passes for an account.
const QString AccountPrefix = QStringLiteral("account:");

// An occupant whose aclAttr is only its place in a room (an anonymous XMPP
// occupant: "room@service/nick", "room@service#occupant-id:...") is not a
// person the backend could identify, and the part after the room is the
// occupant's own choice of nick: "*@example.org" must not make the nick
// "boss@example.org" an admin. Returns the room and separator such an
// aclAttr starts with, or an empty string for everybody else.
QString roomScope(const Identifier &who)
{
    if (!who.isOccupant())
        return {};
    const QString room = who.room();
    const QString attr = who.aclAttr();
    if (room.isEmpty() || attr.size() <= room.size() || !attr.startsWith(room))
        return {};
    const QChar separator = attr.at(room.size());
    return separator == u'/' || separator == u'#' ? attr.left(room.size() + 1) : QString();
}

// Whether pattern may grant anything to an occupant known only within its
// room (scope, folded, as roomScope() gives it): only a pattern that names
// that room before its first wildcard, or one of wildcards alone
// ("everybody"), was written with such occupants in mind.
bool grantsInScope(const QString &pattern, const QString &scope)
{
    if (scope.isEmpty())
        return true;
    const qsizetype head
        = std::find_if(pattern.cbegin(), pattern.cend(), [](QChar c) { return c == u'*' || c == u'?'; })
        - pattern.cbegin();
    if (head == 0)
        return std::all_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return c == u'*' || c == u'?'; });
    return QStringView(pattern).left(head).startsWith(scope);
}

// scope: see grantsInScope(); empty for lists that only take rights away.
qsizetype firstUserMatch(const QStringList &patterns, const QString &foldedAttr, const QString &foldedAccount,
                         const Fold *patternFold, const QString &scope = {})
{
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        const QString pattern = patternFold ? (*patternFold)(patterns.at(i)) : patterns.at(i);
        if (!grantsInScope(pattern, scope))
            continue;
        if (pattern.startsWith(AccountPrefix)) {
            if (!foldedAccount.isEmpty()
                && AccessControl::globMatch(QStringView(pattern).mid(AccountPrefix.size()).toString(), foldedAccount))
                return i;
        } else if (AccessControl::globMatch(pattern, foldedAttr)) {
            return i;
        }
    }
    return -1;
}

QString accountOf(const Identifier &who)
{
    return who.extra(Extras::Account).toString();
}

AclDecision decision(bool allowed, QString reason, QString rule, QString field, QString value, QString pattern = {})
{
    AclDecision d;
    d.allowed = allowed;
    d.reason = std::move(reason);
    d.rule = std::move(rule);
    d.field = std::move(field);
    d.value = std::move(value);
    d.pattern = std::move(pattern);
    return d;
}

const QString &aclAttrField()
{
    static const QString field = QStringLiteral("aclAttr");
    return field;
}

const QString &roomField()
{
    static const QString field = QStringLiteral("room");
    return field;
}

void mergeInto(AclRule &into, const AclRule &from)
{
    into.allowUsers += from.allowUsers;
    into.denyUsers += from.denyUsers;
    into.allowRooms += from.allowRooms;
    into.denyRooms += from.denyRooms;
    into.directOnly = into.directOnly || from.directOnly;
    into.roomOnly = into.roomOnly || from.roomOnly;
}

} // namespace

// The admins and rules folded one way, index for index, so a check with a
// fold folds only the caller's aclAttr and room, not every pattern again.
struct AccessControl::Folded
{
    QStringList admins;
    QList<AclRule> rules;
};

// A fold is cached under its foldId, or under its address when it is a
// plain function: a lambda without a foldId may capture state that changes
// what it does, so it is never cached.
struct AccessControl::FoldCache
{
    struct Entry
    {
        FoldFunction function = nullptr;
        QString id;
        std::shared_ptr<const Folded> folded;
    };
    QMutex mutex;
    QVarLengthArray<Entry, 4> entries;
};

std::shared_ptr<const AccessControl::Folded> AccessControl::folded(const std::function<QString(const QString &)> &fold,
                                                                   const QString &foldId) const
{
    const FoldFunction *target = fold.target<FoldFunction>();
    const FoldFunction function = foldId.isEmpty() && target ? *target : nullptr;
    if ((!function && foldId.isEmpty()) || !m_foldCache)
        return {};
    QMutexLocker lock(&m_foldCache->mutex);
    for (const auto &entry : std::as_const(m_foldCache->entries)) {
        if (entry.function == function && entry.id == foldId)
            return entry.folded;
    }
    // A few folds in practice (one per kind of backend); the bound keeps a
    // caller that makes up new ids from growing the cache without end.
    if (m_foldCache->entries.size() >= 16)
        return {};
    auto result = std::make_shared<Folded>();
    const auto foldAll = [&fold](const QStringList &patterns) {
        QStringList folded;
        folded.reserve(patterns.size());
        for (const QString &pattern : patterns)
            folded.append(fold(pattern));
        return folded;
    };
    result->admins = foldAll(m_admins);
    result->rules = m_rules;
    for (AclRule &rule : result->rules) {
        rule.allowUsers = foldAll(rule.allowUsers);
        rule.denyUsers = foldAll(rule.denyUsers);
        rule.allowRooms = foldAll(rule.allowRooms);
        rule.denyRooms = foldAll(rule.denyRooms);
    }
    m_foldCache->entries.append({function, foldId, result});
    return result;
}

void AccessControl::setAdmins(const QStringList &patterns)
{
    m_admins = patterns;
    m_foldCache = std::make_shared<FoldCache>();
}

QStringList AccessControl::admins() const
{
    return m_admins;
}

void AccessControl::setRules(const QList<AclRule> &rules)
{
    m_rules.clear();
    m_commandRules.clear();
    m_pluginRules.clear();
    m_globalRule = -1;
    m_foldCache = std::make_shared<FoldCache>();
    QHash<QString, qsizetype> byScope;
    for (const AclRule &rule : rules) {
        // Two rules for one scope (possible through the API, not through an
        // INI file) become one, so no restriction is ever silently dropped.
        const auto it = byScope.constFind(rule.scope);
        if (it != byScope.constEnd()) {
            mergeInto(m_rules[*it], rule);
            continue;
        }
        const qsizetype index = m_rules.size();
        byScope.insert(rule.scope, index);
        m_rules.append(rule);
        static const QLatin1String pluginPrefix("plugin:");
        if (rule.scope == QLatin1String("*"))
            m_globalRule = index;
        else if (rule.scope.startsWith(pluginPrefix))
            m_pluginRules.insert(rule.scope.mid(pluginPrefix.size()), index);
        else
            m_commandRules.insert(rule.scope, index);
    }
}

QList<AclRule> AccessControl::rules() const
{
    return m_rules;
}

void AccessControl::setDenyByDefault(bool deny)
{
    m_denyByDefault = deny;
}

bool AccessControl::isDenyByDefault() const
{
    return m_denyByDefault;
}

bool AccessControl::isAdmin(const Identifier &who, const std::function<QString(const QString &)> &fold,
                            const QString &foldId) const
{
    const QString attr = who.aclAttr();
    if (attr.isEmpty())
        return false;
    const QString account = accountOf(who);
    const QString scope = roomScope(who);
    if (!fold)
        return firstUserMatch(m_admins, attr, account, nullptr, scope) >= 0;
    if (const auto cached = folded(fold, foldId))
        return firstUserMatch(cached->admins, fold(attr), fold(account), nullptr, fold(scope)) >= 0;
    return firstUserMatch(m_admins, fold(attr), fold(account), &fold, fold(scope)) >= 0;
}

AclDecision AccessControl::check(const AclRequest &request) const
{
    const QString attr = request.caller.aclAttr();
    const QString &command = request.command;
    if (attr.isEmpty()) {
        // A sender the backend could not identify must not slip through a
        // pattern such as "*" that happens to match the empty string.
        return decision(false, Tr::tr("%1 cannot be checked: the caller has no aclAttr").arg(command),
                        QStringLiteral("default"), aclAttrField(), attr);
    }
    const Fold &fold = request.fold;
    const QString foldedAttr = fold ? fold(attr) : attr;
    const QString account = accountOf(request.caller);
    const QString foldedAccount = fold && !account.isEmpty() ? fold(account) : account;
    const bool inRoom = !request.room.isEmpty();
    const QString foldedRoom = inRoom && fold ? fold(request.room) : request.room;
    // Patterns are matched as written (no fold), pre-folded from the cache,
    // or folded one by one (a fold the cache cannot identify).
    const std::shared_ptr<const Folded> cached = fold ? folded(fold, request.foldId) : nullptr;
    const Fold *patternFold = fold && !cached ? &fold : nullptr;
    const QStringList &adminPatterns = cached ? cached->admins : m_admins;
    const QList<AclRule> &matchRules = cached ? cached->rules : m_rules;

    const QString scope = roomScope(request.caller);
    const QString foldedScope = fold && !scope.isEmpty() ? fold(scope) : scope;
    const qsizetype adminIndex = firstUserMatch(adminPatterns, foldedAttr, foldedAccount, patternFold, foldedScope);
    const bool admin = adminIndex >= 0;
    if (request.adminOnly && !admin) {
        return decision(false, Tr::tr("only admins may run %1; your aclAttr is %2").arg(command, attr),
                        QStringLiteral("admins"), aclAttrField(), attr);
    }

    // The rules that apply, most specific first, as indexes into m_rules
    // (what the decision names) and matchRules (what is matched).
    std::array<qsizetype, 3> applicable{};
    qsizetype count = 0;
    if (!m_commandRules.isEmpty()) {
        const auto it = m_commandRules.constFind(command);
        if (it != m_commandRules.constEnd())
            applicable[count++] = *it;
    }
    if (!m_pluginRules.isEmpty() && !request.plugin.isEmpty()) {
        const auto it = m_pluginRules.constFind(request.plugin);
        if (it != m_pluginRules.constEnd())
            applicable[count++] = *it;
    }
    if (m_globalRule >= 0)
        applicable[count++] = m_globalRule;

    // Explicit denials and the place restrictions hold at every level, for
    // admins too: a more specific rule never silently lifts a deny written
    // for the whole plugin or for everything.
    for (qsizetype i = 0; i < count; ++i) {
        const AclRule &rule = m_rules.at(applicable[i]);
        const AclRule &match = matchRules.at(applicable[i]);
        const qsizetype denied = firstUserMatch(match.denyUsers, foldedAttr, foldedAccount, patternFold);
        if (denied >= 0) {
            const QString &pattern = rule.denyUsers.at(denied);
            return decision(false,
                            Tr::tr("rule \"%1\" denies %2 to aclAttr %3 (deny_users pattern \"%4\")")
                                .arg(rule.scope, command, attr, pattern),
                            rule.scope, aclAttrField(), attr, pattern);
        }
        if (inRoom) {
            const qsizetype deniedRoom = firstMatch(match.denyRooms, foldedRoom, patternFold);
            if (deniedRoom >= 0) {
                const QString &pattern = rule.denyRooms.at(deniedRoom);
                return decision(false,
                                Tr::tr("rule \"%1\" denies %2 in room %3 (deny_rooms pattern \"%4\")")
                                    .arg(rule.scope, command, request.room, pattern),
                                rule.scope, roomField(), request.room, pattern);
            }
            if (rule.directOnly) {
                return decision(false,
                                Tr::tr("rule \"%1\" allows %2 only in direct messages, not in room %3")
                                    .arg(rule.scope, command, request.room),
                                rule.scope, roomField(), request.room);
            }
        } else if (rule.roomOnly) {
            return decision(
                false, Tr::tr("rule \"%1\" allows %2 only in rooms, not in direct messages").arg(rule.scope, command),
                rule.scope, roomField(), request.room);
        }
    }

    // Allow lists: the most specific rule that has one decides. Rooms first,
    // since a place restriction binds admins too.
    qsizetype roomAllowedBy = -1; // index into applicable
    qsizetype roomPattern = -1;
    if (inRoom) {
        for (qsizetype i = 0; i < count; ++i) {
            const AclRule &rule = m_rules.at(applicable[i]);
            if (rule.allowRooms.isEmpty())
                continue;
            roomPattern = firstMatch(matchRules.at(applicable[i]).allowRooms, foldedRoom, patternFold);
            if (roomPattern < 0) {
                return decision(false,
                                Tr::tr("rule \"%1\" allows %2 only in rooms matching %3; %4 is not one of them")
                                    .arg(rule.scope, command, rule.allowRooms.join(QStringLiteral(", ")), request.room),
                                rule.scope, roomField(), request.room);
            }
            roomAllowedBy = i;
            break;
        }
    }

    if (admin) {
        const QString &pattern = m_admins.at(adminIndex);
        const QString reason = request.adminOnly
            ? Tr::tr("%1 is for admins only, and aclAttr %2 matches admin pattern \"%3\"").arg(command, attr, pattern)
            : Tr::tr("aclAttr %1 matches admin pattern \"%2\"; admins may run %3").arg(attr, pattern, command);
        return decision(true, reason, QStringLiteral("admins"), aclAttrField(), attr, pattern);
    }

    for (qsizetype i = 0; i < count; ++i) {
        const AclRule &rule = m_rules.at(applicable[i]);
        if (rule.allowUsers.isEmpty())
            continue;
        const qsizetype allowed = firstUserMatch(matchRules.at(applicable[i]).allowUsers, foldedAttr, foldedAccount,
                                                 patternFold, foldedScope);
        if (allowed < 0) {
            return decision(
                false,
                Tr::tr("rule \"%1\" allows %2 only to aclAttr matching %3; your aclAttr %4 is not one of them")
                    .arg(rule.scope, command, rule.allowUsers.join(QStringLiteral(", ")), attr),
                rule.scope, aclAttrField(), attr);
        }
        const QString &pattern = rule.allowUsers.at(allowed);
        return decision(true,
                        Tr::tr("rule \"%1\" allows %2 to aclAttr %3 (allow_users pattern \"%4\")")
                            .arg(rule.scope, command, attr, pattern),
                        rule.scope, aclAttrField(), attr, pattern);
    }

    // No allow_users list spoke; a matching allow_rooms list is an explicit
    // allowance too (for everybody in that room).
    if (roomAllowedBy >= 0) {
        const AclRule &rule = m_rules.at(applicable[roomAllowedBy]);
        const QString &pattern = rule.allowRooms.at(roomPattern);
        return decision(true,
                        Tr::tr("rule \"%1\" allows %2 in room %3 (allow_rooms pattern \"%4\")")
                            .arg(rule.scope, command, request.room, pattern),
                        rule.scope, roomField(), request.room, pattern);
    }

    if (m_denyByDefault) {
        return decision(
            false,
            Tr::tr("no rule allows %1 to aclAttr %2, and everything not allowed is denied (deny_by_default)")
                .arg(command, attr),
            QStringLiteral("default"), aclAttrField(), attr);
    }
    return decision(true, Tr::tr("no rule restricts %1").arg(command), QStringLiteral("default"), aclAttrField(), attr);
}

namespace {

// Judges the values read from the INI file; where is e.g. "[acl.echo] allow_users".
struct SettingsReader
{
    QSettings &settings;
    QStringList *warnings;

    void warn(const QString &text) const
    {
        if (warnings)
            warnings->append(text);
    }

    bool boolean(const QString &where, const QString &key) const
    {
        const QString written = settings.value(key).toString();
        const QString text = written.trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("yes") || text == QLatin1String("on")
            || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("off")
            || text == QLatin1String("0"))
            return false;
        // QVariant::toBool() would read "nein" or "ture" as true; an access
        // rule should not guess.
        warn(Tr::tr("%1: \"%2\" is not true or false; it is read as false").arg(where, written));
        return false;
    }

    // users: the patterns are matched against aclAttr (as opposed to room ids).
    QStringList patterns(const QString &where, const QString &key, bool users) const
    {
        const QVariant value = settings.value(key);
        // QSettings splits an unquoted "a, b" into a list (a QVariantList when
        // an item starts with '@') and leaves a single or quoted value, spaces
        // kept, as a QString.
        const int type = value.metaType().id();
        const QStringList list = type == QMetaType::QStringList || type == QMetaType::QVariantList
            ? value.toStringList()
            : QStringList{value.toString()};
        if (list == QStringList{QString()}) {
            warn(Tr::tr("%1 is empty, which restricts nobody; to name nobody, leave the key out, and to refuse "
                        "everybody write deny_users = *")
                     .arg(where));
            return {};
        }
        for (const QString &pattern : list)
            judge(where, key, pattern, users);
        return list;
    }

    void judge(const QString &where, const QString &key, const QString &pattern, bool users) const
    {
        if (pattern.isEmpty()) {
            warn(Tr::tr("%1: an empty pattern never matches").arg(where));
            return;
        }
        if (pattern.trimmed().isEmpty()) {
            warn(Tr::tr("%1: pattern %2 is only spaces and never matches").arg(where, quoted(pattern)));
            return;
        }
        if (pattern.front().isSpace() || pattern.back().isSpace()) {
            warn(Tr::tr("%1: pattern %2 starts or ends with a space; patterns are never trimmed, so it can never "
                        "match a real identifier")
                     .arg(where, quoted(pattern)));
            return;
        }
        const bool wildcardsOnly
            = std::all_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return c == u'*' || c == u'?'; });
        if (users && key.endsWith(QLatin1String("/admins")) && wildcardsOnly && pattern.contains(u'*')) {
            warn(Tr::tr("%1: pattern %2 makes everybody an admin").arg(where, quoted(pattern)));
            return;
        }
        static const QString identifying = QStringLiteral("@!*?");
        const bool looksLikeNick = users && !pattern.startsWith(AccountPrefix)
            && std::none_of(pattern.cbegin(), pattern.cend(), [](QChar c) { return identifying.contains(c); });
        if (looksLikeNick) {
            warn(Tr::tr("%1: pattern %2 looks like a nick, but users are matched on their whole aclAttr "
                        "(\"@alice\", \"alice!user@host\", \"alice@example.org\"), never on a nick alone, so it "
                        "will probably never match")
                     .arg(where, quoted(pattern)));
        }
    }
};

} // namespace

AccessControl AccessControl::fromSettings(QSettings &settings, QStringList *warnings)
{
    const SettingsReader reader{settings, warnings};
    AccessControl acl;
    static const QLatin1String aclGroup("acl");
    static const QLatin1String rulePrefix("acl.");

    // Walked through allKeys() rather than beginGroup()/childGroups(): the
    // latter misses an INI section such as [acl/echo] until something has
    // made QSettings parse it (seen with Qt 6.4), and that section is
    // exactly the mistake to report.
    QMap<QString, AclRule> rules; // by group, so the order is stable
    QStringList reportedGroups;
    const QStringList keys = settings.allKeys();
    for (const QString &key : keys) {
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        if (slash < 0)
            continue; // [General] and the like: not ours
        const QString group = key.left(slash);
        const QString name = key.mid(slash + 1);
        const bool isAcl = group == aclGroup;
        if (!isAcl && !group.startsWith(rulePrefix))
            continue;
        if (name.contains(QLatin1Char('/'))) {
            const QString nested = key.left(key.lastIndexOf(QLatin1Char('/')));
            if (!reportedGroups.contains(nested)) {
                reportedGroups.append(nested);
                const QString hint
                    = isAcl ? Tr::tr("; a rule for %1 is written [acl.%1]").arg(name.section(u'/', 0, 0)) : QString();
                reader.warn(Tr::tr("[%1]: unknown group is ignored%2").arg(nested, hint));
            }
            continue;
        }
        const QString where = QLatin1Char('[') + group + QStringLiteral("] ") + name;
        if (isAcl) {
            if (name == QLatin1String("admins"))
                acl.setAdmins(reader.patterns(where, key, true));
            else if (name == QLatin1String("deny_by_default"))
                acl.setDenyByDefault(reader.boolean(where, key));
            else
                reader.warn(
                    Tr::tr("[acl]: unknown key \"%1\" is ignored; known keys: admins, deny_by_default").arg(name));
            continue;
        }
        const QString scope = group.mid(rulePrefix.size());
        if (scope.isEmpty() || scope == QLatin1String("plugin:")) {
            if (!reportedGroups.contains(group)) {
                reportedGroups.append(group);
                reader.warn(Tr::tr("[%1]: the rule names no command or plugin and is ignored").arg(group));
            }
            continue;
        }
        AclRule &rule = rules[group];
        rule.scope = scope;
        if (name == QLatin1String("allow_users"))
            rule.allowUsers = reader.patterns(where, key, true);
        else if (name == QLatin1String("deny_users"))
            rule.denyUsers = reader.patterns(where, key, true);
        else if (name == QLatin1String("allow_rooms"))
            rule.allowRooms = reader.patterns(where, key, false);
        else if (name == QLatin1String("deny_rooms"))
            rule.denyRooms = reader.patterns(where, key, false);
        else if (name == QLatin1String("direct_only"))
            rule.directOnly = reader.boolean(where, key);
        else if (name == QLatin1String("room_only"))
            rule.roomOnly = reader.boolean(where, key);
        else
            reader.warn(Tr::tr("[%1]: unknown key \"%2\" is ignored; known keys: allow_users, deny_users, "
                               "allow_rooms, deny_rooms, direct_only, room_only")
                            .arg(group, name));
    }
    for (auto it = rules.cbegin(); it != rules.cend(); ++it) {
        if (it->directOnly && it->roomOnly)
            reader.warn(
                Tr::tr("[%1]: direct_only and room_only together mean the command can never run").arg(it.key()));
    }
    acl.setRules(rules.values());
    return acl;
}

bool AccessControl::globMatch(const QString &pattern, const QString &text)
{
    const QChar *p = pattern.constData();
    const QChar *t = text.constData();
    const qsizetype pn = pattern.size();
    const qsizetype tn = text.size();
    // One character is a whole surrogate pair, so ? and * never split one.
    const auto width = [t](qsizetype i, qsizetype end) -> qsizetype {
        return i + 1 < end && t[i].isHighSurrogate() && t[i + 1].isLowSurrogate() ? 2 : 1;
    };
    const auto widthBefore = [t](qsizetype end) -> qsizetype {
        return end >= 2 && t[end - 1].isLowSurrogate() && t[end - 2].isHighSurrogate() ? 2 : 1;
    };

    // The literal head (before the first *) and tail (after the last *) must
    // sit at the two ends of the text. Checking them first settles most
    // mismatches ("*!*@*.staff.example" against another host) at once.
    // Patterns are short: one plain pass beats two indexOf() calls.
    qsizetype firstStar = -1;
    qsizetype lastStar = -1;
    for (qsizetype i = 0; i < pn; ++i) {
        if (p[i] == u'*') {
            if (firstStar < 0)
                firstStar = i;
            lastStar = i;
        }
    }
    const qsizetype headEnd = firstStar < 0 ? pn : firstStar;
    qsizetype pi = 0;
    qsizetype ti = 0;
    while (pi < headEnd) {
        if (ti >= tn)
            return false;
        if (p[pi] == u'?')
            ti += width(ti, tn);
        else if (p[pi] == t[ti])
            ++ti;
        else
            return false;
        ++pi;
    }
    if (firstStar < 0)
        return ti == tn;
    const qsizetype tailStart = lastStar + 1;
    qsizetype pe = pn;
    qsizetype te = tn;
    while (pe > tailStart) {
        if (te <= ti)
            return false;
        if (p[pe - 1] == u'?')
            te -= widthBefore(te);
        else if (p[pe - 1] == t[te - 1])
            --te;
        else
            return false;
        --pe;
    }
    if (te < ti)
        return false;

    // The middle, which begins and ends with *, against what is left of the
    // text: the classic two-pointer match. On a mismatch only the most recent
    // * takes one more character, so "a*a*a*a*b" against a long run of a's
    // costs pattern × text steps, never an exponential backtrack.
    const qsizetype pm = tailStart; // one past the last *
    qsizetype starPattern = -1;     // pattern position just after the last * seen
    qsizetype starText = 0;         // where the text stood when that * began
    while (ti < te) {
        if (pi < pm) {
            const QChar c = p[pi];
            if (c == u'*') {
                starPattern = ++pi;
                starText = ti;
                continue;
            }
            if (c == u'?') {
                ++pi;
                ti += width(ti, te);
                continue;
            }
            if (c == t[ti]) {
                ++pi;
                ++ti;
                continue;
            }
        }
        // starPattern is set: the middle begins with *.
        starText += width(starText, te);
        ti = starText;
        pi = starPattern;
    }
    while (pi < pm && p[pi] == u'*')
        ++pi;
    return pi == pm && ti == te;
}

} // namespace Botdeck
