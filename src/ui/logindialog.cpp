#include "logindialog.h"

#include "passwordvault.h"
#include "profilestore.h"

#include "core/backend.h"
#include "core/backendregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Botdeck {

namespace {
// One keyring entry per secret field of a profile.
QString vaultKey(const QString &profile, const QString &field)
{
    return profile + u'/' + field;
}
} // namespace

LoginDialog::LoginDialog(const BackendRegistry &registry, QWidget *parent, QSettings *settings, PasswordVault *vault)
    : QDialog(parent)
    , m_registry(registry)
    , m_profiles(new ProfileStore(settings))
    , m_profileChooser(new QComboBox(this))
    , m_profileName(new QLineEdit(this))
    , m_backendChooser(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_fieldsBox(new QWidget(this))
    , m_form(new QFormLayout)
    , m_advancedToggle(new QToolButton(m_fieldsBox))
    , m_advancedBox(new QWidget(m_fieldsBox))
    , m_advancedForm(new QFormLayout(m_advancedBox))
    , m_remember(new QCheckBox(tr("Remember this profile"), this))
    , m_rememberPassword(
          new QCheckBox(tr("Remember password (in the system keyring, never in the settings file)"), this))
    , m_passwordStatus(new QLabel(this))
    , m_vault(vault ? vault : new PasswordVault(this))
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
    auto *fields = new QVBoxLayout(m_fieldsBox);
    fields->setContentsMargins(0, 0, 0, 0);
    fields->addLayout(m_form);
    m_advancedToggle->setObjectName(QStringLiteral("advanced-toggle"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setAutoRaise(true);
    fields->addWidget(m_advancedToggle);
    m_advancedForm->setContentsMargins(0, 0, 0, 0);
    m_advancedBox->setObjectName(QStringLiteral("advanced-fields"));
    m_advancedBox->hide();
    fields->addWidget(m_advancedBox);
    fields->addStretch(1);
    m_scroll->setObjectName(QStringLiteral("login-fields"));
    m_scroll->setWidget(m_fieldsBox);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);
    layout->addSpacing(layout->spacing());
    connect(m_advancedToggle, &QToolButton::toggled, this, &LoginDialog::showAdvanced);
    m_remember->setObjectName(QStringLiteral("remember-profile"));
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    m_rememberPassword->setObjectName(QStringLiteral("remember-password"));
    layout->addWidget(m_rememberPassword);
    m_passwordStatus->setObjectName(QStringLiteral("password-status"));
    m_passwordStatus->setWordWrap(true);
    layout->addWidget(m_passwordStatus);
    m_error->setObjectName(QStringLiteral("login-error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c82a2a"));
    layout->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_backendChooser, &QComboBox::currentIndexChanged, this, &LoginDialog::buildForm);
    connect(m_remember, &QCheckBox::toggled, this, &LoginDialog::updatePasswordOption);
    connect(m_vault, &PasswordVault::fetched, this, &LoginDialog::passwordFetched);
    connect(m_vault, &PasswordVault::failed, this, &LoginDialog::passwordFailed);
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
    m_loadedProfile = profile.name;
    m_rememberPassword->setChecked(profile.rememberPassword);
    m_passwordStatus->clear();
    // Asked for, not waited for: the fields fill in when the keyring answers.
    if (profile.rememberPassword) {
        for (const Editor &editor : std::as_const(m_editors)) {
            if (editor.field.isSecret())
                m_vault->fetch(vaultKey(profile.name, editor.field.key));
        }
    }
    validate();
}

QString LoginDialog::profileName() const
{
    return m_profileName->text().trimmed();
}

void LoginDialog::loadSettings(const QString &backend, const QVariantMap &values, const QString &profileName)
{
    setBackend(backend);
    setValues(values);
    m_profileName->setText(profileName);
    validate();
}

void LoginDialog::showError(const QString &error)
{
    m_error->setText(error);
}

QString LoginDialog::errorText() const
{
    return m_error->text();
}

QString LoginDialog::passwordStatus() const
{
    return m_passwordStatus->text();
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
        const bool rememberPassword = m_rememberPassword->isEnabled() && m_rememberPassword->isChecked();
        // ProfileStore drops the secret fields; they go to the keyring only.
        m_profiles->save({name, backend(), collect(), rememberPassword}, *descriptor);
        m_profiles->setLastUsed(name);
        if (rememberPassword)
            storePasswords(name);
        else
            forgetPasswords(name);
    }
    m_following = false;
    Q_EMIT connectRequested(backend(), m_settings);
    if (!m_following)
        QDialog::accept();
}

void LoginDialog::followConnection(Backend *backend)
{
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = backend;
    m_following = true;
    m_error->clear();
    connect(backend, &Backend::errorOccurred, this, &LoginDialog::showError);
    connect(backend, &Backend::stateChanged, this, [this](Backend::State state) {
        if (state == Backend::State::Connected) {
            disconnect(m_followed, nullptr, this, nullptr);
            m_followed = nullptr;
            QDialog::accept();
        }
    });
}

Backend *LoginDialog::followedConnection() const
{
    return m_followed;
}

void LoginDialog::buildForm()
{
    for (QFormLayout *form : {m_form, m_advancedForm}) {
        while (form->rowCount() > 0)
            form->removeRow(0);
    }
    m_editors.clear();
    const BackendDescriptor *descriptor = m_registry.find(backend());
    if (!descriptor) {
        m_description->clear();
        return;
    }
    m_description->setText(descriptor->description);
    int advanced = 0;
    for (const LoginField &field : descriptor->fields) {
        QWidget *widget = makeEditor(field);
        widget->setObjectName(QStringLiteral("field-") + field.key);
        // Rich text wraps: a long help line stays on the screen.
        const QString tip
            = field.help.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(field.help.toHtmlEscaped());
        widget->setToolTip(tip);
        auto *label = new QLabel(field.required ? tr("%1 *").arg(field.label) : field.label, m_fieldsBox);
        label->setToolTip(tip);
        label->setBuddy(widget);
        (field.advanced ? m_advancedForm : m_form)->addRow(label, widget);
        // In a dialog already on screen, the layout would show them only
        // later, and fitToScreen() would measure a form without them.
        label->show();
        widget->show();
        m_editors.append({field, widget});
        advanced += field.advanced ? 1 : 0;
    }
    m_advancedToggle->setText(tr("Advanced settings (%1)").arg(advanced));
    m_advancedToggle->setVisible(advanced > 0);
    showAdvanced(false);
    updatePasswordOption();
    validate();
}

bool LoginDialog::isShowingAdvanced() const
{
    return m_advancedToggle->isChecked();
}

void LoginDialog::showAdvanced(bool shown)
{
    const QSignalBlocker blocker(m_advancedToggle);
    m_advancedToggle->setChecked(shown);
    m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_advancedBox->setVisible(shown);
    fitToScreen();
}

void LoginDialog::fitToScreen()
{
    // Everything but the fields, then the fields up to what the screen
    // leaves: a 1024x700 laptop shows the Connect button, and the fields
    // scroll if they must.
    m_fieldsBox->adjustSize();
    const QSize wanted = m_fieldsBox->sizeHint();
    const int available = screen()->availableGeometry().height() * 9 / 10;
    const int others = layout()->sizeHint().height() - m_scroll->sizeHint().height();
    m_scroll->setMinimumHeight(std::max(0, std::min(wanted.height(), available - others)));
    m_scroll->setMinimumWidth(wanted.width() + m_scroll->verticalScrollBar()->sizeHint().width());
    setMaximumHeight(available);
    adjustSize();
}

QWidget *LoginDialog::makeEditor(const LoginField &field)
{
    switch (field.kind) {
    case LoginField::Kind::Port: {
        auto *spin = new QSpinBox(m_fieldsBox);
        if (field.defaultValue.isValid()) {
            spin->setRange(1, 65535);
            spin->setValue(field.defaultValue.toInt());
        } else {
            // The backend picks the port from the transport and TLS (IRC: 6667, 6697 with TLS),
            // so the lowest value stands for "let the backend choose" and is never sent as port 0.
            spin->setRange(0, 65535);
            spin->setSpecialValueText(tr("Default"));
            spin->setValue(0);
        }
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
        if (auto *spin = qobject_cast<QSpinBox *>(editor.widget)) {
            // The special value means "empty": leave the field out so the backend's default applies.
            if (spin->specialValueText().isEmpty() || spin->value() != spin->minimum())
                value = spin->value();
        } else if (auto *check = qobject_cast<QCheckBox *>(editor.widget))
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
        // A profile that changed a rarely changed setting shows it.
        if (editor.field.advanced && value != editor.field.defaultValue)
            showAdvanced(true);
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

bool LoginDialog::hasSecretFields() const
{
    return std::any_of(m_editors.cbegin(), m_editors.cend(),
                       [](const Editor &editor) { return editor.field.isSecret(); });
}

void LoginDialog::updatePasswordOption()
{
    // Only a remembered profile can have a remembered password.
    m_rememberPassword->setVisible(hasSecretFields());
    m_rememberPassword->setEnabled(m_remember->isChecked());
}

void LoginDialog::storePasswords(const QString &profile)
{
    for (const Editor &editor : std::as_const(m_editors)) {
        auto *edit = qobject_cast<QLineEdit *>(editor.widget);
        if (editor.field.isSecret() && edit && !edit->text().isEmpty())
            m_vault->store(vaultKey(profile, editor.field.key), edit->text());
    }
}

void LoginDialog::forgetPasswords(const QString &profile)
{
    for (const Editor &editor : std::as_const(m_editors)) {
        if (editor.field.isSecret())
            m_vault->forget(vaultKey(profile, editor.field.key));
    }
}

void LoginDialog::passwordFetched(const QString &key, const QString &password)
{
    for (const Editor &editor : std::as_const(m_editors)) {
        auto *edit = qobject_cast<QLineEdit *>(editor.widget);
        // What the operator typed meanwhile wins over the keyring.
        if (edit && editor.field.isSecret() && key == vaultKey(m_loadedProfile, editor.field.key)
            && edit->text().isEmpty()) {
            edit->setText(password);
            m_passwordStatus->setText(tr("Password read from the system keyring."));
        }
    }
}

void LoginDialog::passwordFailed(const QString &, const QString &error)
{
    m_passwordStatus->setText(error);
}

} // namespace Botdeck
