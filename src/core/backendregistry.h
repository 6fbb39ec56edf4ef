#pragma once

#include "backendsettings.h"
#include "loginfield.h"
#include "result.h"

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace Botdeck {

class Backend;

// What the registry knows about one kind of backend.
struct BackendDescriptor
{
    QString name;        // "local", "irc", "xmpp": used on the command line
    QString displayName; // shown in the login dialog
    QString description;
    QList<LoginField> fields;
    std::function<Backend *(QObject *parent)> create;

    const LoginField *field(const QString &key) const;
};

// The backends this program can log in with. The application fills one at
// start-up (registerBuiltinBackends() in the backends library); the login
// dialog and the command line are generated from it.
class BackendRegistry
{
public:
    // Returns false, and keeps the first, when the name is already taken.
    bool add(const BackendDescriptor &descriptor);
    QList<BackendDescriptor> descriptors() const;
    const BackendDescriptor *find(const QString &name) const;
    QStringList names() const;

    Backend *create(const QString &name, QObject *parent = nullptr) const;

    // Checks what was given against the backend's login fields, fills in
    // defaults, and says in plain words what is missing or wrong. Keys that
    // the backend does not know are an error too: a typo must not pass.
    Result<BackendSettings> settings(const QString &name, const QVariantMap &given) const;

private:
    QList<BackendDescriptor> m_descriptors;
};

} // namespace Botdeck
