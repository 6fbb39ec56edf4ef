#pragma once

#include "xmppserverfixture.h"

#include "backends/xmpp/xmppbackend.h"
#include "core/backendregistry.h"

#include <QTest>

// Settings for a backend logging in to the fixture's server as user,
// checked against the XMPP login fields as the command line would.
inline Botdeck::BackendSettings xmppSettings(const XmppServerFixture &server, const QString &user,
                                             const QString &password, const QVariantMap &extra = {})
{
    QVariantMap given{{QStringLiteral("jid"), user + QStringLiteral("@localhost")},
                      {QStringLiteral("password"), password},
                      {QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                      {QStringLiteral("port"), server.c2sPort()},
                      {QStringLiteral("trusted-fingerprint"), server.fingerprint()},
                      {QStringLiteral("resource"), QStringLiteral("test")}};
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        given.insert(it.key(), it.value());
    Botdeck::BackendRegistry registry;
    registry.add(Botdeck::Xmpp::XmppBackend::descriptor());
    const auto settings = registry.settings(QStringLiteral("xmpp"), given);
    if (!settings)
        qFatal("bad test settings: %s", qPrintable(settings.error()));
    return settings.value();
}

// A backend that collects its errors and traffic, with delays short
// enough for tests.
struct TestClient
{
    explicit TestClient()
        : backend(new Botdeck::Xmpp::XmppBackend)
    {
        backend->setReconnectDelays(std::chrono::milliseconds(200), std::chrono::milliseconds(1000));
        QObject::connect(backend.get(), &Botdeck::Backend::errorOccurred, backend.get(),
                         [this](const QString &error) { errors.append(error); });
        QObject::connect(backend.get(), &Botdeck::Backend::trafficLogged, backend.get(),
                         [this](Botdeck::Backend::Direction, const QString &text) { traffic.append(text); });
    }
    ~TestClient()
    {
        if (backend)
            backend->disconnectFromService();
        // Before errors and traffic, which its last signals still reach.
        backend.reset();
    }

    Botdeck::Xmpp::XmppBackend *operator->() const { return backend.get(); }
    Botdeck::Xmpp::XmppBackend *get() const { return backend.get(); }

    std::unique_ptr<Botdeck::Xmpp::XmppBackend> backend;
    QStringList errors;
    QStringList traffic;
};

#define XMPP_CONNECT(client, settings)                                                                                 \
    do {                                                                                                               \
        (client)->connectToService(settings);                                                                          \
        QTRY_VERIFY2_WITH_TIMEOUT((client)->state() == Botdeck::Backend::State::Connected,                             \
                                  qPrintable((client).errors.join(QStringLiteral(" | "))), 10000);                     \
    } while (false)
