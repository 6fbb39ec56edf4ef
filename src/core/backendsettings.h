#pragma once

#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace Botdeck {

// The values a backend logs in with, keyed by LoginField::key. Filled and
// checked by BackendRegistry::settings(), so backends can read them without
// validating again.
class BackendSettings
{
public:
    BackendSettings() = default;
    explicit BackendSettings(const QVariantMap &values);

    bool contains(const QString &key) const;
    QVariant value(const QString &key, const QVariant &fallback = {}) const;
    QString text(const QString &key, const QString &fallback = {}) const;
    int integer(const QString &key, int fallback = 0) const;
    double number(const QString &key, double fallback = 0) const;
    bool flag(const QString &key, bool fallback = false) const;
    QVariantMap values() const;

    void setValue(const QString &key, const QVariant &value);

private:
    QVariantMap m_values;
};

} // namespace Botdeck
