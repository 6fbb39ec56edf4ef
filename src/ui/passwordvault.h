#pragma once

#include <QObject>
#include <QString>

namespace Botdeck {

// Remembered login passwords, kept in the system keyring (Secret Service,
// KWallet) through QtKeychain, never in the settings file. Every request is
// asynchronous: it returns at once and its outcome arrives as a signal, so
// a slow or missing keyring never freezes the window. Without QtKeychain in
// the build, or without a keyring on the machine, requests fail with a
// message in plain words.
class PasswordVault : public QObject
{
    Q_OBJECT

public:
    explicit PasswordVault(QObject *parent = nullptr);
    ~PasswordVault() override;

    // Whether this build can talk to a keyring at all.
    static bool isCompiledIn();

    // profile names whose password it is ("work IRC").
    void store(const QString &profile, const QString &password);
    void fetch(const QString &profile);
    void forget(const QString &profile);

Q_SIGNALS:
    void stored(const QString &profile);
    void fetched(const QString &profile, const QString &password);
    // error says what happened and what it means for the operator.
    void failed(const QString &profile, const QString &error);

private:
    // Queued, so a request never answers before it has returned.
    void failLater(const QString &profile, const QString &error);
};

} // namespace Botdeck
