#include "backendregistry.h"

#include <QCoreApplication>

namespace Botdeck {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::BackendRegistry)
};

} // namespace

const LoginField *BackendDescriptor::field(const QString &key) const
{
    for (const LoginField &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

bool BackendRegistry::add(const BackendDescriptor &descriptor)
{
    if (descriptor.name.isEmpty() || !descriptor.create || find(descriptor.name))
        return false;
    m_descriptors.append(descriptor);
    return true;
}

QList<BackendDescriptor> BackendRegistry::descriptors() const
{
    return m_descriptors;
}

const BackendDescriptor *BackendRegistry::find(const QString &name) const
{
    for (const BackendDescriptor &descriptor : m_descriptors) {
        if (descriptor.name == name)
            return &descriptor;
    }
    return nullptr;
}

QStringList BackendRegistry::names() const
{
    QStringList result;
    for (const BackendDescriptor &descriptor : m_descriptors)
        result.append(descriptor.name);
    return result;
}

Backend *BackendRegistry::create(const QString &name, QObject *parent) const
{
    const BackendDescriptor *descriptor = find(name);
    return descriptor ? descriptor->create(parent) : nullptr;
}

Result<BackendSettings> BackendRegistry::settings(const QString &name, const QVariantMap &given) const
{
    const BackendDescriptor *descriptor = find(name);
    if (!descriptor) {
        return Result<BackendSettings>::failure(
            Tr::tr("There is no backend called \"%1\"; known: %2").arg(name, names().join(QStringLiteral(", "))));
    }
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (!descriptor->field(it.key())) {
            return Result<BackendSettings>::failure(
                Tr::tr("The %1 backend has no setting \"%2\"").arg(descriptor->displayName, it.key()));
        }
    }
    BackendSettings settings;
    for (const LoginField &field : descriptor->fields) {
        const Result<QVariant> value = field.validate(given.value(field.key));
        if (!value)
            return Result<BackendSettings>::failure(value.error());
        if (value.value().isValid())
            settings.setValue(field.key, value.value());
    }
    return settings;
}

} // namespace Botdeck
