#include "backendsettings.h"

namespace Botdeck {

BackendSettings::BackendSettings(const QVariantMap &values)
    : m_values(values)
{ }

bool BackendSettings::contains(const QString &key) const
{
    return m_values.contains(key);
}

QVariant BackendSettings::value(const QString &key, const QVariant &fallback) const
{
    return m_values.value(key, fallback);
}

QString BackendSettings::text(const QString &key, const QString &fallback) const
{
    const QVariant v = m_values.value(key);
    return v.isValid() ? v.toString() : fallback;
}

int BackendSettings::integer(const QString &key, int fallback) const
{
    bool ok = false;
    const double v = m_values.value(key).toDouble(&ok);
    return ok ? int(v) : fallback;
}

double BackendSettings::number(const QString &key, double fallback) const
{
    bool ok = false;
    const double v = m_values.value(key).toDouble(&ok);
    return ok ? v : fallback;
}

bool BackendSettings::flag(const QString &key, bool fallback) const
{
    const QVariant v = m_values.value(key);
    return v.isValid() ? v.toBool() : fallback;
}

QVariantMap BackendSettings::values() const
{
    return m_values;
}

void BackendSettings::setValue(const QString &key, const QVariant &value)
{
    m_values.insert(key, value);
}

} // namespace Botdeck
