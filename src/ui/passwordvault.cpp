#include "passwordvault.h"

#include <QMetaObject>

#ifdef BOTDECK_HAVE_KEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace Botdeck {

namespace {

#ifdef BOTDECK_HAVE_KEYCHAIN
const QString Service = QStringLiteral("botdeck");

QString keyFor(const QString &profile)
{
    return QStringLiteral("profile/") + profile;
}

// What a keyring failure means, in the operator's words; the keyring's own
// text follows for whoever needs to fix it. On a machine with no keyring
// running, QtKeychain often cannot tell "none" from "refused" (it says
// OtherError, "Unknown error"), so those two read the same.
QString explain(const QKeychain::Job *job, bool storing)
{
    const QString detail = job->errorString();
    switch (job->error()) {
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return storing ? PasswordVault::tr("The password was not saved: the system keyring refused access (%1). "
                                           "You will be asked for it next time.")
                             .arg(detail)
                       : PasswordVault::tr("The system keyring refused access to the saved password (%1).").arg(detail);
    case QKeychain::EntryNotFound:
        return PasswordVault::tr("No password is saved in the system keyring for this profile.");
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    return storing ? PasswordVault::tr("The password was not saved: no system keyring (Secret Service or KWallet) is "
                                       "available, or it refused the password (%1). You will be asked for it next "
                                       "time.")
                         .arg(detail)
                   : PasswordVault::tr("The saved password could not be read: no system keyring (Secret Service or "
                                       "KWallet) is available (%1). Type it in.")
                         .arg(detail);
}
#endif

} // namespace

PasswordVault::PasswordVault(QObject *parent)
    : QObject(parent)
{ }

PasswordVault::~PasswordVault() = default;

bool PasswordVault::isCompiledIn()
{
#ifdef BOTDECK_HAVE_KEYCHAIN
    return true;
#else
    return false;
#endif
}

#ifdef BOTDECK_HAVE_KEYCHAIN

// Jobs have no parent and delete themselves when done (QtKeychain's
// autoDelete): a keyring still answering after the vault is gone must not
// find its job deleted under it. The connections end with the vault.
void PasswordVault::store(const QString &profile, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(Service);
    // Never the plain-text fallback QtKeychain offers: it writes the
    // password into a settings file, which is what this class exists to avoid.
    job->setInsecureFallback(false);
    job->setKey(keyFor(profile));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            Q_EMIT stored(profile);
        else
            Q_EMIT failed(profile, explain(done, true));
    });
    job->start();
}

void PasswordVault::fetch(const QString &profile)
{
    auto *job = new QKeychain::ReadPasswordJob(Service);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profile));
    connect(job, &QKeychain::Job::finished, this, [this, profile](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError)
            Q_EMIT fetched(profile, static_cast<QKeychain::ReadPasswordJob *>(done)->textData());
        else
            Q_EMIT failed(profile, explain(done, false));
    });
    job->start();
}

void PasswordVault::forget(const QString &profile)
{
    auto *job = new QKeychain::DeletePasswordJob(Service);
    job->setInsecureFallback(false);
    job->setKey(keyFor(profile));
    // Forgetting what was never saved, or with no keyring, is no news.
    job->start();
}

#else

void PasswordVault::store(const QString &profile, const QString &)
{
    failLater(profile,
              tr("The password was not saved: this build of Botdeck has no system keyring support "
                 "(QtKeychain). You will be asked for it next time."));
}

void PasswordVault::fetch(const QString &profile)
{
    failLater(profile,
              tr("The saved password could not be read: this build of Botdeck has no system keyring "
                 "support (QtKeychain). Type it in."));
}

void PasswordVault::forget(const QString &) { }

#endif

void PasswordVault::failLater(const QString &profile, const QString &error)
{
    QMetaObject::invokeMethod(
        this, [this, profile, error] { Q_EMIT failed(profile, error); }, Qt::QueuedConnection);
}

} // namespace Botdeck
