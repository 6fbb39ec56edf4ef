#pragma once

#include "core/backendsettings.h"
#include "core/loginfield.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QSettings;
class QToolButton;

namespace Botdeck {

class Backend;
class BackendRegistry;
class PasswordVault;
class ProfileStore;

// Logging in, generated entirely from the backend registry: choose a
// backend (or a remembered profile), fill in its login fields, connect.
// Nothing here knows any particular backend.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // vault: where remembered passwords go (the window's, so that its answer
    // is still heard after the dialog has closed); the dialog makes its own
    // when null.
    explicit LoginDialog(const BackendRegistry &registry, QWidget *parent = nullptr, QSettings *settings = nullptr,
                         PasswordVault *vault = nullptr);
    ~LoginDialog() override;

    void setBackend(const QString &name);
    QString backend() const;
    // Fills the form from a remembered profile.
    void loadProfile(const QString &name);
    QString profileName() const;
    // Fills the form to edit a connection: its backend, what it logged in
    // with and the name it has.
    void loadSettings(const QString &backend, const QVariantMap &values, const QString &profileName);
    // Shows an error from an earlier attempt (a refused login).
    void showError(const QString &error);
    QString errorText() const;
    // What the keyring said about the password last (read or not saved).
    QString passwordStatus() const;

    // The editor of a login field, for tests: a QLineEdit, QSpinBox,
    // QCheckBox or QComboBox named "field-<key>".
    QWidget *editor(const QString &key) const;
    // Whether the rarely changed fields (LoginField::advanced) are shown.
    bool isShowingAdvanced() const;
    void showAdvanced(bool shown);
    // What was accepted; valid after accept().
    BackendSettings settings() const;

    // Emits connectRequested; closes at once unless a receiver hands the
    // connection it started to followConnection().
    void accept() override;
    // Stays open while backend connects: closes once it is connected, shows
    // each error it reports (refused, wrong password, …) until then.
    void followConnection(Backend *backend);
    Backend *followedConnection() const;

Q_SIGNALS:
    // Connect was pressed with valid settings (the profile already saved).
    void connectRequested(const QString &backend, const Botdeck::BackendSettings &settings);

private:
    struct Editor
    {
        LoginField field;
        QWidget *widget;
    };
    void buildForm();
    QWidget *makeEditor(const LoginField &field);
    QVariantMap collect() const;
    void setValues(const QVariantMap &values);
    bool validate();
    bool hasSecretFields() const;
    void updatePasswordOption();
    // However many fields a backend has, the dialog fits the screen; the
    // fields scroll when they must.
    void fitToScreen();
    void storePasswords(const QString &profile);
    void forgetPasswords(const QString &profile);
    void passwordFetched(const QString &key, const QString &password);
    void passwordFailed(const QString &key, const QString &error);

    const BackendRegistry &m_registry;
    ProfileStore *m_profiles;
    QComboBox *m_profileChooser;
    QLineEdit *m_profileName;
    QComboBox *m_backendChooser;
    QLabel *m_description;
    QScrollArea *m_scroll;
    QWidget *m_fieldsBox;
    QFormLayout *m_form;
    QToolButton *m_advancedToggle;
    QWidget *m_advancedBox;
    QFormLayout *m_advancedForm;
    QCheckBox *m_remember;
    QCheckBox *m_rememberPassword;
    QLabel *m_passwordStatus;
    PasswordVault *m_vault;
    QString m_loadedProfile;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QList<Editor> m_editors;
    BackendSettings m_settings;
    QPointer<Backend> m_followed;
    bool m_following = false;
};

} // namespace Botdeck
