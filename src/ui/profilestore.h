#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

class QSettings;

namespace Botdeck {

struct BackendDescriptor;

// A remembered way to log in: which backend, with which values.
struct Profile
{
    QString name;
    QString backend;
    QVariantMap values;
    // Whether its passwords are in the system keyring (PasswordVault); the
    // passwords themselves are never part of a profile.
    bool rememberPassword = false;

    bool isValid() const { return !name.isEmpty() && !backend.isEmpty(); }
};

// Login profiles kept in QSettings. Secret fields (passwords) are never
// written: the settings file is plain text on disk.
class ProfileStore
{
public:
    // Uses the application's default QSettings unless given one.
    explicit ProfileStore(QSettings *settings = nullptr);
    ~ProfileStore();

    QStringList names() const;
    Profile load(const QString &name) const;
    // Drops every value that descriptor marks secret, and keys it does not
    // know, before writing.
    void save(const Profile &profile, const BackendDescriptor &descriptor);
    void remove(const QString &name);

    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    QSettings *m_settings;
    bool m_owned;
};

} // namespace Botdeck
