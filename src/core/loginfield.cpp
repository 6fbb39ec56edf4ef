#include "loginfield.h"

#include <QCoreApplication>

#include <cmath>

namespace Botdeck {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::LoginField)
};

Result<QVariant> parseBool(const QString &text)
{
    static const QStringList yes
        = {QStringLiteral("1"), QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on")};
    static const QStringList no
        = {QStringLiteral("0"), QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off")};
    const QString lower = text.trimmed().toLower();
    if (yes.contains(lower))
        return QVariant(true);
    if (no.contains(lower))
        return QVariant(false);
    return Result<QVariant>::failure(Tr::tr("expected yes or no, got \"%1\"").arg(text));
}

} // namespace

LoginField LoginField::make(const QString &key, const QString &label, Kind kind, const QVariant &defaultValue,
                            const QString &help)
{
    LoginField field;
    field.key = key;
    field.label = label;
    field.kind = kind;
    field.defaultValue = defaultValue;
    field.help = help;
    return field;
}

LoginField LoginField::text(const QString &key, const QString &label, const QString &help, const QVariant &defaultValue)
{
    return make(key, label, Kind::Text, defaultValue, help);
}

LoginField LoginField::password(const QString &key, const QString &label, const QString &help)
{
    LoginField field = text(key, label, help);
    field.kind = Kind::Password;
    return field;
}

LoginField LoginField::port(const QString &key, const QString &label, const QString &help, int defaultPort)
{
    LoginField field = text(key, label, help, defaultPort);
    field.kind = Kind::Port;
    return field;
}

LoginField LoginField::number(const QString &key, const QString &label, const QString &help,
                              const QVariant &defaultValue, double minimum, double maximum)
{
    LoginField field = text(key, label, help, defaultValue);
    field.kind = Kind::Number;
    field.minimum = minimum;
    field.maximum = maximum;
    return field;
}

LoginField LoginField::flag(const QString &key, const QString &label, const QString &help, bool defaultValue)
{
    LoginField field = text(key, label, help, defaultValue);
    field.kind = Kind::Bool;
    return field;
}

LoginField LoginField::choice(const QString &key, const QString &label, const QString &help, const QStringList &choices,
                              const QString &defaultValue)
{
    LoginField field = text(key, label, help, defaultValue);
    field.kind = Kind::Choice;
    field.choices = choices;
    return field;
}

LoginField LoginField::asRequired() const
{
    LoginField field = *this;
    field.required = true;
    return field;
}

LoginField LoginField::asAdvanced() const
{
    LoginField field = *this;
    field.advanced = true;
    return field;
}

Result<QVariant> LoginField::parse(const QString &text) const
{
    if (text.isEmpty()) {
        if (required && !defaultValue.isValid())
            return Result<QVariant>::failure(Tr::tr("%1 is required").arg(label));
        return defaultValue;
    }

    switch (kind) {
    case Kind::Text:
    case Kind::Password:
        return QVariant(text);
    case Kind::Port: {
        bool ok = false;
        const int port = text.trimmed().toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Result<QVariant>::failure(
                Tr::tr("%1 must be a port number from 1 to 65535, got \"%2\"").arg(label, text));
        return QVariant(port);
    }
    case Kind::Number: {
        bool ok = false;
        const double number = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(number))
            return Result<QVariant>::failure(Tr::tr("%1 must be a number, got \"%2\"").arg(label, text));
        if (number < minimum || number > maximum)
            return Result<QVariant>::failure(
                Tr::tr("%1 must be between %2 and %3, got %4").arg(label).arg(minimum).arg(maximum).arg(number));
        return QVariant(number);
    }
    case Kind::Bool: {
        const Result<QVariant> flag = parseBool(text);
        if (!flag)
            return Result<QVariant>::failure(Tr::tr("%1: %2").arg(label, flag.error()));
        return flag;
    }
    case Kind::Choice:
        if (!choices.contains(text))
            return Result<QVariant>::failure(
                Tr::tr("%1 must be one of %2, got \"%3\"").arg(label, choices.join(QStringLiteral(", ")), text));
        return QVariant(text);
    }
    return Result<QVariant>::failure(Tr::tr("%1 has an unknown kind").arg(label));
}

Result<QVariant> LoginField::validate(const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return parse(QString());
    if (value.typeId() == QMetaType::Bool)
        return kind == Kind::Bool ? Result<QVariant>(value)
                                  : Result<QVariant>::failure(Tr::tr("%1 is not a yes/no setting").arg(label));
    return parse(value.toString());
}

} // namespace Botdeck
