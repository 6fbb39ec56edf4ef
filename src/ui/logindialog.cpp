#include "logindialog.h"

#include "profilestore.h"

#include "core/backendregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Botdeck {

LoginDialog::LoginDialog(const BackendRegistry &registry, QWidget *parent, QSettings *settings)
    : QDialog(parent)
    , m_registry(registry)
    , m_profiles(new ProfileStore(settings))
    , m_profileChooser(new QComboBox(this))
    , m_profileName(new QLineEdit(this))
    , m_backendChooser(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_fieldsBox(new QWidget(this))
    , m_form(new QFormLayout(m_fieldsBox))
    , m_remember(new QCheckBox(tr("Remember this profile (passwords are never saved)"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_profileChooser->setObjectName(QStringLiteral("profile-chooser"));
    m_profileChooser->addItem(tr("New profile"));
    m_profileChooser->addItems(m_profiles->names());
    top->addRow(tr("Profile"), m_profileChooser);
    m_profileName->setObjectName(QStringLiteral("profile-name"));
    m_profileName->setPlaceholderText(tr("A name for this login, e.g. \"work IRC\""));
    top->addRow(tr("Name"), m_profileName);
    m_backendChooser->setObjectName(QStringLiteral("backend-chooser"));
    const QList<BackendDescriptor> descriptors = registry.descriptors();
    for (const BackendDescriptor &descriptor : descriptors)
        m_backendChooser->addItem(descriptor.displayName, descriptor.name);
    top->addRow(tr("Service"), m_backendChooser);
    layout->addLayout(top);
    m_description->setWordWrap(true);
    layout->addWidget(m_description);
    layout->addWidget(m_fieldsBox);
    m_remember->setObjectName(QStringLiteral("remember-profile"));
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    m_error->setObjectName(QStringLiteral("login-error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c82a2a"));
    layout->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_backendChooser, &QComboBox::currentIndexChanged, this, &LoginDialog::buildForm);
    connect(m_profileChooser, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0)
            loadProfile(m_profileChooser->itemText(index));
    });
    buildForm();
}

LoginDialog::~LoginDialog()
{
    delete m_profiles;
}

void LoginDialog::setBackend(const QString &name)
{
    const int index = m_backendChooser->findData(name);
    if (index >= 0)
        m_backendChooser->setCurrentIndex(index);
}

QString LoginDialog::backend() const
{
    return m_backendChooser->currentData().toString();
}

void LoginDialog::loadProfile(const QString &name)
{
    const Profile profile = m_profiles->load(name);
    if (!profile.isValid())
        return;
    const QSignalBlocker blocker(m_profileChooser);
    m_profileChooser->setCurrentIndex(std::max(0, m_profileChooser->findText(profile.name)));
    m_profileName->setText(profile.name);
    setBackend(profile.backend);
    setValues(profile.values);
    validate();
}

QString LoginDialog::profileName() const
{
    return m_profileName->text().trimmed();
}

void LoginDialog::showError(const QString &error)
{
    m_error->setText(error);
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

QWidget *LoginDialog::editor(const QString &key) const
{
    for (const Editor &editor : m_editors) {
        if (editor.field.key == key)
            return editor.widget;
    }
    return nullptr;
}

BackendSettings LoginDialog::settings() const
{
    return m_settings;
}

void LoginDialog::accept()
{
    if (!validate())
        return;
    const Result<BackendSettings> settings = m_registry.settings(backend(), collect());
    m_settings = settings.value();
    const BackendDescriptor *descriptor = m_registry.find(backend());
    QString name = profileName();
    if (name.isEmpty())
        name = descriptor->displayName;
    if (m_remember->isChecked()) {
        m_profiles->save({name, backend(), collect()}, *descriptor);
        m_profiles->setLastUsed(name);
    }
    QDialog::accept();
}

void LoginDialog::buildForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    const BackendDescriptor *descriptor = m_registry.find(backend());
    if (!descriptor) {
        m_description->clear();
        return;
    }
    m_description->setText(descriptor->description);
    for (const LoginField &field : descriptor->fields) {
        QWidget *widget = makeEditor(field);
        widget->setObjectName(QStringLiteral("field-") + field.key);
        widget->setToolTip(field.help);
        auto *label = new QLabel(field.required ? tr("%1 *").arg(field.label) : field.label, m_fieldsBox);
        label->setToolTip(field.help);
        label->setBuddy(widget);
        m_form->addRow(label, widget);
        m_editors.append({field, widget});
    }
    validate();
}

QWidget *LoginDialog::makeEditor(const LoginField &field)
{
    switch (field.kind) {
    case LoginField::Kind::Port: {
        auto *spin = new QSpinBox(m_fieldsBox);
        spin->setRange(1, 65535);
        spin->setValue(field.defaultValue.isValid() ? field.defaultValue.toInt() : 1);
        connect(spin, &QSpinBox::valueChanged, this, &LoginDialog::validate);
        return spin;
    }
    case LoginField::Kind::Bool: {
        auto *check = new QCheckBox(m_fieldsBox);
        check->setChecked(field.defaultValue.toBool());
        return check;
    }
    case LoginField::Kind::Choice: {
        auto *combo = new QComboBox(m_fieldsBox);
        combo->addItems(field.choices);
        if (field.defaultValue.isValid())
            combo->setCurrentText(field.defaultValue.toString());
        return combo;
    }
    case LoginField::Kind::Text:
    case LoginField::Kind::Password:
    case LoginField::Kind::Number:
        break;
    }
    auto *edit = new QLineEdit(m_fieldsBox);
    if (field.kind == LoginField::Kind::Password)
        edit->setEchoMode(QLineEdit::Password);
    if (field.defaultValue.isValid() && !field.isSecret())
        edit->setText(field.defaultValue.toString());
    if (!field.help.isEmpty())
        edit->setPlaceholderText(field.help);
    connect(edit, &QLineEdit::textChanged, this, &LoginDialog::validate);
    return edit;
}

QVariantMap LoginDialog::collect() const
{
    QVariantMap values;
    for (const Editor &editor : m_editors) {
        QVariant value;
        if (auto *spin = qobject_cast<QSpinBox *>(editor.widget))
            value = spin->value();
        else if (auto *check = qobject_cast<QCheckBox *>(editor.widget))
            value = check->isChecked();
        else if (auto *combo = qobject_cast<QComboBox *>(editor.widget))
            value = combo->currentText();
        else if (auto *edit = qobject_cast<QLineEdit *>(editor.widget); edit && !edit->text().isEmpty())
            value = edit->text();
        if (value.isValid())
            values.insert(editor.field.key, value);
    }
    return values;
}

void LoginDialog::setValues(const QVariantMap &values)
{
    for (const Editor &editor : m_editors) {
        if (!values.contains(editor.field.key))
            continue;
        const QVariant value = values.value(editor.field.key);
        if (auto *spin = qobject_cast<QSpinBox *>(editor.widget))
            spin->setValue(value.toInt());
        else if (auto *check = qobject_cast<QCheckBox *>(editor.widget))
            check->setChecked(value.toBool());
        else if (auto *combo = qobject_cast<QComboBox *>(editor.widget))
            combo->setCurrentText(value.toString());
        else if (auto *edit = qobject_cast<QLineEdit *>(editor.widget))
            edit->setText(value.toString());
    }
}

bool LoginDialog::validate()
{
    const Result<BackendSettings> settings = m_registry.settings(backend(), collect());
    m_error->setText(settings.error());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(settings.isOk());
    return settings.isOk();
}

} // namespace Botdeck
