// Remembered passwords: to the system keyring only, never the settings file,
// and asynchronously. This machine has no keyring (no Secret Service on a
// headless box), so the keyring's refusal is what is tested for real: it
// must come as a clear message, later, without freezing the window.
#include "backends/builtinbackends.h"
#include "core/backendregistry.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/passwordvault.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Botdeck;

namespace {

// The local backend with a password field, like every real service.
BackendDescriptor guardedService()
{
    BackendDescriptor d;
    d.name = QStringLiteral("guarded");
    d.displayName = QStringLiteral("Guarded service");
    LoginField host;
    host.key = QStringLiteral("host");
    host.label = QStringLiteral("Host");
    host.required = true;
    LoginField password;
    password.key = QStringLiteral("password");
    password.label = QStringLiteral("Password");
    password.kind = LoginField::Kind::Password;
    d.fields = {host, password};
    d.create = [](QObject *) -> Backend * { return nullptr; };
    return d;
}

constexpr char Secret[] = "correct horse battery staple";

} // namespace

class TestPasswordVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    BackendRegistry m_registry;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("botdeck.ini")); }

    // The dialog filled in as an operator would, "Remember password" ticked.
    static void fillIn(LoginDialog &dialog)
    {
        dialog.setBackend(QStringLiteral("guarded"));
        dialog.findChild<QLineEdit *>(QStringLiteral("profile-name"))->setText(QStringLiteral("work"));
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("host")))->setText(QStringLiteral("chat.example.org"));
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("password")))->setText(QLatin1String(Secret));
        auto *remember = dialog.findChild<QCheckBox *>(QStringLiteral("remember-password"));
        QVERIFY(remember && remember->isEnabled());
        remember->setChecked(true);
    }

    QByteArray settingsFile() const
    {
        QFile file(settingsPath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerBuiltinBackends(m_registry);
        QVERIFY(m_registry.add(guardedService()));
    }

    void init() { QFile::remove(settingsPath()); }

    void requestsNeverAnswerBeforeReturning()
    {
        PasswordVault vault;
        QSignalSpy failed(&vault, &PasswordVault::failed);
        QSignalSpy stored(&vault, &PasswordVault::stored);
        QElapsedTimer clock;
        clock.start();
        vault.store(QStringLiteral("tst_passwordvault/work/password"), QLatin1String(Secret));
        // Returned at once, with no answer yet: the keyring is asked in the
        // background whatever it is.
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(failed.size() + stored.size(), 0);
        // The event loop keeps running meanwhile: a timer fires.
        bool ticked = false;
        QTimer::singleShot(0, this, [&ticked] { ticked = true; });
        QTRY_VERIFY(ticked);
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + stored.size() == 1, 30000);
        if (!stored.isEmpty()) {
            // A machine with a keyring: clean up after ourselves.
            vault.forget(QStringLiteral("tst_passwordvault/work/password"));
            QSKIP("a system keyring is available here; the unavailable path cannot be tested");
        }
        const QString error = failed.at(0).at(1).toString();
        qInfo("The keyring said: %s", qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("keyring")), qPrintable(error));
        QVERIFY2(error.startsWith(QStringLiteral("The password was not saved")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("asked for it next time")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String(Secret)));
    }

    void thePasswordNeverReachesTheSettingsFile()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        PasswordVault vault;
        QSignalSpy answered(&vault, &PasswordVault::failed);
        QSignalSpy stored(&vault, &PasswordVault::stored);
        LoginDialog dialog(m_registry, nullptr, &settings, &vault);
        fillIn(dialog);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().text(QStringLiteral("password")), QLatin1String(Secret));
        QTRY_VERIFY_WITH_TIMEOUT(answered.size() + stored.size() == 1, 30000);
        settings.sync();
        const QByteArray written = settingsFile();
        QVERIFY(written.contains("chat.example.org"));
        // The choice is remembered, the password is not.
        QVERIFY(written.contains("rememberPassword=true"));
        QVERIFY2(!written.contains(Secret), written.constData());
        QVERIFY(!written.contains("password="));
        if (!stored.isEmpty())
            vault.forget(QStringLiteral("work/password"));
    }

    void theOperatorIsToldWhenThereIsNoKeyring()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        MainWindow window(m_registry, nullptr, &settings);
        window.show();
        LoginDialog *dialog = window.openLoginDialog();
        fillIn(*dialog);
        QSignalSpy stored(window.passwordVault(), &PasswordVault::stored);
        QSignalSpy failed(window.passwordVault(), &PasswordVault::failed);
        // The guarded service makes no backend; what matters is the keyring.
        dialog->accept();
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + stored.size() == 1, 30000);
        if (!stored.isEmpty()) {
            window.passwordVault()->forget(QStringLiteral("work/password"));
            QSKIP("a system keyring is available here");
        }
        // After the dialog has gone, the window says it in plain words.
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("keyring")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("The password was not saved")), qPrintable(message));
        QVERIFY(!settingsFile().contains(Secret));
    }

    void aRememberedProfileAsksTheKeyring()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            PasswordVault vault;
            QSignalSpy answered(&vault, &PasswordVault::failed);
            QSignalSpy stored(&vault, &PasswordVault::stored);
            LoginDialog dialog(m_registry, nullptr, &settings, &vault);
            fillIn(dialog);
            dialog.accept();
            QTRY_VERIFY_WITH_TIMEOUT(answered.size() + stored.size() == 1, 30000);
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        PasswordVault vault;
        QSignalSpy failed(&vault, &PasswordVault::failed);
        QSignalSpy fetched(&vault, &PasswordVault::fetched);
        LoginDialog again(m_registry, nullptr, &settings, &vault);
        again.loadProfile(QStringLiteral("work"));
        QVERIFY(again.findChild<QCheckBox *>(QStringLiteral("remember-password"))->isChecked());
        // Asked, not waited for.
        QCOMPARE(failed.size() + fetched.size(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() + fetched.size() >= 1, 30000);
        auto *password = qobject_cast<QLineEdit *>(again.editor(QStringLiteral("password")));
        if (!fetched.isEmpty()) {
            QCOMPARE(password->text(), QLatin1String(Secret));
            vault.forget(QStringLiteral("work/password"));
            return;
        }
        // No keyring: the field stays empty and the dialog says why.
        QVERIFY(password->text().isEmpty());
        QVERIFY2(again.passwordStatus().contains(QStringLiteral("keyring")), qPrintable(again.passwordStatus()));
    }
};

QTEST_MAIN(TestPasswordVault)
#include "tst_passwordvault.moc"
