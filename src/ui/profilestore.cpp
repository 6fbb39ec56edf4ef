#include "profilestore.h"

#include "core/backendregistry.h"

#include <QSettings>

namespace Botdeck {

namespace {
const QString Group = QStringLiteral("profiles");
const QString LastUsedKey = QStringLiteral("login/lastProfile");

// Profile names become settings groups; slashes would nest them.
QString groupName(const QString &name)
{
    return QString(name).replace(u'/', u'_');
}
} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings ? settings : new QSettings)
    , m_owned(settings == nullptr)
{ }

ProfileStore::~ProfileStore()
{
    if (m_owned)
        delete m_settings;
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(Group);
    const QStringList groups = m_settings->childGroups();
    QStringList result;
    for (const QString &group : groups)
        result.append(m_settings->value(group + QStringLiteral("/name"), group).toString());
    m_settings->endGroup();
    return result;
}

Profile ProfileStore::load(const QString &name) const
{
    Profile profile;
    m_settings->beginGroup(Group + u'/' + groupName(name));
    if (m_settings->contains(QStringLiteral("backend"))) {
        profile.name = m_settings->value(QStringLiteral("name"), name).toString();
        profile.backend = m_settings->value(QStringLiteral("backend")).toString();
        profile.rememberPassword = m_settings->value(QStringLiteral("rememberPassword"), false).toBool();
        m_settings->beginGroup(QStringLiteral("values"));
        const QStringList keys = m_settings->childKeys();
        for (const QString &key : keys)
            profile.values.insert(key, m_settings->value(key));
        m_settings->endGroup();
    }
    m_settings->endGroup();
    return profile;
}

void ProfileStore::save(const Profile &profile, const BackendDescriptor &descriptor)
{
    QVariantMap kept;
    for (auto it = profile.values.cbegin(); it != profile.values.cend(); ++it) {
        const LoginField *field = descriptor.field(it.key());
        if (field && !field->isSecret())
            kept.insert(it.key(), it.value());
    }
    m_settings->beginGroup(Group + u'/' + groupName(profile.name));
    m_settings->remove(QString());
    m_settings->setValue(QStringLiteral("name"), profile.name);
    m_settings->setValue(QStringLiteral("backend"), descriptor.name);
    if (profile.rememberPassword)
        m_settings->setValue(QStringLiteral("rememberPassword"), true);
    // One key per value, readable in the file, rather than one opaque blob.
    for (auto it = kept.cbegin(); it != kept.cend(); ++it)
        m_settings->setValue(QStringLiteral("values/") + it.key(), it.value());
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(Group + u'/' + groupName(name));
    if (lastUsed() == name)
        m_settings->remove(LastUsedKey);
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(LastUsedKey).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    m_settings->setValue(LastUsedKey, name);
    m_settings->sync();
}

} // namespace Botdeck
