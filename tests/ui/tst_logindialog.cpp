// The login dialog is generated from the registry's login fields; it
// validates required fields in plain words and remembers profiles without
// their passwords.
#include "backends/builtinbackends.h"
#include "backends/local/localbackend.h"
#include "core/backendregistry.h"
#include "ui/logindialog.h"
#include "ui/profilestore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Botdeck;

namespace {

// A made-up service with one field of every kind, so the dialog is
// exercised on more than the local backend.
BackendDescriptor exampleService()
{
    BackendDescriptor d;
    d.name = QStringLiteral("example");
    d.displayName = QStringLiteral("Example service");
    d.description = QStringLiteral("For tests");
    const auto field = [](const char *key, const char *label, LoginField::Kind kind, const QVariant &value,
                          bool required, const char *help) {
        LoginField f;
        f.key = QLatin1String(key);
        f.label = QLatin1String(label);
        f.kind = kind;
        f.defaultValue = value;
        f.required = required;
        f.help = QLatin1String(help);
        return f;
    };
    const LoginField host = field("host", "Host", LoginField::Kind::Text, {}, true, "Where the server is");
    const LoginField port = field("port", "Port", LoginField::Kind::Port, 6697, false, "TCP port");
    const LoginField password
        = field("password", "Password", LoginField::Kind::Password, {}, false, "Account password");
    const LoginField tls = field("tls", "Use TLS", LoginField::Kind::Bool, true, false, "");
    LoginField mechanism = field("sasl", "SASL", LoginField::Kind::Choice, QStringLiteral("PLAIN"), false, "");
    mechanism.choices = {QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256")};
    d.fields = {host, port, password, tls, mechanism};
    d.create = [](QObject *parent) -> Backend * { return new Local::LocalBackend(parent); };
    return d;
}

} // namespace

class TestLoginDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    BackendRegistry m_registry;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("botdeck.ini")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        registerBuiltinBackends(m_registry);
        QVERIFY(m_registry.add(exampleService()));
    }

    void init() { QFile::remove(settingsPath()); }

    void editorsFollowTheFields()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        LoginDialog dialog(m_registry, nullptr, &settings);
        dialog.setBackend(QStringLiteral("example"));
        QVERIFY(qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("host"))));
        auto *port = qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("port")));
        QVERIFY(port);
        QCOMPARE(port->value(), 6697);
        auto *password = qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("password")));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(qobject_cast<QCheckBox *>(dialog.editor(QStringLiteral("tls")))->isChecked());
        QCOMPARE(qobject_cast<QComboBox *>(dialog.editor(QStringLiteral("sasl")))->count(), 2);
        // Help is the tooltip.
        // Rich text, so that long help wraps.
        QCOMPARE(dialog.editor(QStringLiteral("host"))->toolTip(), QStringLiteral("<p>Where the server is</p>"));
        // Switching backend rebuilds the form.
        dialog.setBackend(QStringLiteral("local"));
        QVERIFY(!dialog.editor(QStringLiteral("host")));
        QCOMPARE(qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("nick")))->text(), QStringLiteral("botdeck"));
    }

    void portWithoutDefaultLetsTheBackendChoose()
    {
        // IRC and XMPP pick the port from transport and TLS; the form must not start at port 1.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        LoginDialog dialog(m_registry, nullptr, &settings);
        dialog.setBackend(QStringLiteral("xmpp"));
        auto *port = qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("port")));
        QVERIFY(port);
        QCOMPARE(port->text(), QStringLiteral("Default"));

        dialog.setBackend(QStringLiteral("irc"));
        port = qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("port")));
        QVERIFY(port);
        QCOMPARE(port->text(), QStringLiteral("Default"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.settings().contains(QStringLiteral("port")));
        // Nothing above the highest port can be entered; 0 is the default again, never port 0.
        port->setValue(70000);
        QCOMPARE(port->value(), 65535);
        port->setValue(0);
        QCOMPARE(port->text(), QStringLiteral("Default"));
        port->setValue(7000);
        dialog.accept();
        QCOMPARE(dialog.settings().integer(QStringLiteral("port")), 7000);
    }

    void fitsASmallScreen()
    {
        // On a 1024x700 laptop (ctest gives this test such a screen) every
        // backend's form, advanced settings open or not, keeps the Connect
        // button on it.
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(available.height() <= 700, "run through ctest, which gives a 1024x700 screen");
        QSettings settings(settingsPath(), QSettings::IniFormat);
        LoginDialog dialog(m_registry, nullptr, &settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const char *backend : {"irc", "xmpp", "local"}) {
            dialog.setBackend(QLatin1String(backend));
            for (const bool advanced : {false, true}) {
                dialog.showAdvanced(advanced);
                QCoreApplication::processEvents();
                const QString what = QStringLiteral("%1, advanced %2").arg(QLatin1String(backend)).arg(advanced);
                QVERIFY2(dialog.frameGeometry().height() <= available.height(), qPrintable(what));
                QPushButton *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                const QRect button(connect->mapTo(&dialog, QPoint(0, 0)), connect->size());
                QVERIFY2(dialog.rect().contains(button), qPrintable(what));
            }
        }
    }

    void advancedSettingsAreTuckedAway()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        LoginDialog dialog(m_registry, nullptr, &settings);
        dialog.show();
        dialog.setBackend(QStringLiteral("irc"));
        // What a first login needs is in view; timeouts and pinning are not.
        QVERIFY(!dialog.isShowingAdvanced());
        QTRY_VERIFY(dialog.editor(QStringLiteral("host"))->isVisible());
        QVERIFY(dialog.editor(QStringLiteral("nick"))->isVisible());
        QVERIFY(dialog.editor(QStringLiteral("ping-interval")));
        QVERIFY(!dialog.editor(QStringLiteral("ping-interval"))->isVisible());
        auto *toggle = dialog.findChild<QToolButton *>(QStringLiteral("advanced-toggle"));
        QVERIFY(toggle && toggle->isVisible());
        toggle->click();
        QVERIFY(dialog.isShowingAdvanced());
        QTRY_VERIFY(dialog.editor(QStringLiteral("ping-interval"))->isVisible());
        // Hidden settings still count: a bad one is named, and stops Connect.
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("ping-interval")))->setText(QStringLiteral("0"));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY(dialog.errorText().contains(QStringLiteral("Ping interval")));
        qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("ping-interval")))->setText(QStringLiteral("90"));
        dialog.accept();
        // A profile that changed one opens with them shown.
        LoginDialog again(m_registry, nullptr, &settings);
        again.loadProfile(QStringLiteral("IRC"));
        QVERIFY(again.isShowingAdvanced());
        QCOMPARE(qobject_cast<QLineEdit *>(again.editor(QStringLiteral("ping-interval")))->text(),
                 QStringLiteral("90"));
        LoginDialog local(m_registry, nullptr, &settings);
        local.setBackend(QStringLiteral("local"));
        QVERIFY(!local.isShowingAdvanced());
    }

    void requiredFieldsAreValidatedInPlainWords()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        LoginDialog dialog(m_registry, nullptr, &settings);
        dialog.setBackend(QStringLiteral("example"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Host is required")), qPrintable(dialog.errorText()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QTest::keyClicks(dialog.editor(QStringLiteral("host")), QStringLiteral("irc.example.org"));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.errorText().isEmpty());

        dialog.setBackend(QStringLiteral("local"));
        auto *rate = qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("event-rate")));
        rate->setText(QStringLiteral("fast"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("must be a number")), qPrintable(dialog.errorText()));
    }

    void profilesAreRememberedWithoutPasswords()
    {
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            LoginDialog dialog(m_registry, nullptr, &settings);
            dialog.setBackend(QStringLiteral("example"));
            dialog.findChild<QLineEdit *>(QStringLiteral("profile-name"))->setText(QStringLiteral("work"));
            qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("host")))
                ->setText(QStringLiteral("irc.example.org"));
            qobject_cast<QLineEdit *>(dialog.editor(QStringLiteral("password")))->setText(QStringLiteral("hunter2"));
            qobject_cast<QSpinBox *>(dialog.editor(QStringLiteral("port")))->setValue(7000);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            // What the backend gets does have the password.
            QCOMPARE(dialog.settings().text(QStringLiteral("password")), QStringLiteral("hunter2"));
            QCOMPARE(dialog.settings().integer(QStringLiteral("port")), 7000);
        }
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("irc.example.org"));
        QVERIFY2(!written.contains("hunter2"), written.constData());
        QVERIFY(!written.contains("password"));

        QSettings settings(settingsPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.names(), QStringList{QStringLiteral("work")});
        QCOMPARE(store.lastUsed(), QStringLiteral("work"));
        // Loading it again fills the form, password left to type.
        LoginDialog again(m_registry, nullptr, &settings);
        again.loadProfile(QStringLiteral("work"));
        QCOMPARE(again.backend(), QStringLiteral("example"));
        QCOMPARE(qobject_cast<QLineEdit *>(again.editor(QStringLiteral("host")))->text(),
                 QStringLiteral("irc.example.org"));
        QCOMPARE(qobject_cast<QSpinBox *>(again.editor(QStringLiteral("port")))->value(), 7000);
        QVERIFY(qobject_cast<QLineEdit *>(again.editor(QStringLiteral("password")))->text().isEmpty());
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("profile-chooser"))->currentText(),
                 QStringLiteral("work"));
    }

    void notRememberedWhenUnticked()
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        LoginDialog dialog(m_registry, nullptr, &settings);
        dialog.setBackend(QStringLiteral("local"));
        dialog.findChild<QCheckBox *>(QStringLiteral("remember-profile"))->setChecked(false);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.settings().text(QStringLiteral("nick")), QStringLiteral("botdeck"));
        QVERIFY(ProfileStore(&settings).names().isEmpty());
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
