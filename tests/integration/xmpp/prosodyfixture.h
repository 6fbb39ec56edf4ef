#pragma once

#include "xmppserverfixture.h"

// A real Prosody 0.12: a MUC component at conference.localhost, stream
// management kept for 120 s, users registered with prosodyctl (before or
// after start()).
class ProsodyFixture : public XmppServerFixture
{
public:
    // Empty when prosody, prosodyctl and openssl are installed; otherwise
    // what is missing, for QSKIP.
    static QString missing();

    Server server() const override { return Server::Prosody; }
    QString name() const override { return QStringLiteral("Prosody"); }
    QString missingPrograms() const override { return missing(); }
    bool registerUser(const QString &user, const QString &password) override;
    QString configPath() const;

protected:
    bool writeConfig() override;
    Launch launch() const override;
    QString logPath() const override;
};
