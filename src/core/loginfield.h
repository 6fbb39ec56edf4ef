#pragma once

#include "result.h"

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Botdeck {

// One thing a backend needs to know to log in (host, nick, password, ...).
// The login dialog and the command line are generated from these, so a new
// backend never needs UI code.
struct LoginField
{
    Q_GADGET
public:
    enum class Kind { Text, Password, Port, Number, Bool, Choice };
    Q_ENUM(Kind)

    QString key;
    QString label;
    Kind kind = Kind::Text;
    QVariant defaultValue;
    bool required = false;
    QString help;
    QStringList choices;  // for Kind::Choice
    double minimum = 0;   // for Kind::Number
    double maximum = 1e9; // for Kind::Number
    // Rarely changed (timeouts, certificate pinning): the login dialog keeps
    // it under "Advanced settings", so the form fits a small screen.
    bool advanced = false;

    bool isSecret() const { return kind == Kind::Password; }

    // Descriptors read best as one line per field.
    static LoginField make(const QString &key, const QString &label, Kind kind, const QVariant &defaultValue,
                           const QString &help);
    static LoginField text(const QString &key, const QString &label, const QString &help,
                           const QVariant &defaultValue = {});
    static LoginField password(const QString &key, const QString &label, const QString &help);
    static LoginField port(const QString &key, const QString &label, const QString &help, int defaultPort);
    static LoginField number(const QString &key, const QString &label, const QString &help,
                             const QVariant &defaultValue, double minimum, double maximum);
    static LoginField flag(const QString &key, const QString &label, const QString &help, bool defaultValue);
    static LoginField choice(const QString &key, const QString &label, const QString &help, const QStringList &choices,
                             const QString &defaultValue);
    LoginField asRequired() const;
    LoginField asAdvanced() const;

    // Turns what a person typed into the value the backend reads, or says
    // in plain words what is wrong with it. Empty text gives the default.
    Result<QVariant> parse(const QString &text) const;
    // Checks a value that is already typed (from a dialog or a settings
    // file) the same way.
    Result<QVariant> validate(const QVariant &value) const;
};

} // namespace Botdeck
