#include "core/backend.h"
#include "core/backendregistry.h"
#include "core/loginfield.h"

#include <QTest>

using Botdeck::Backend;
using Botdeck::BackendDescriptor;
using Botdeck::BackendRegistry;
using Botdeck::BackendSettings;
using Botdeck::Identifier;
using Botdeck::LoginField;
using Botdeck::Message;
using Botdeck::Presence;
using Botdeck::Result;
using Botdeck::Room;

namespace {

class StubBackend : public Backend
{
    Q_OBJECT

public:
    StubBackend(const QString &name, QObject *parent)
        : Backend(parent)
        , m_name(name)
    { }

    QString name() const override { return m_name; }
    void connectToService(const BackendSettings &) override { }
    void disconnectFromService() override { }
    Result<Identifier> buildIdentifier(const QString &) const override
    {
        return Result<Identifier>::failure(QStringLiteral("no"));
    }
    void sendMessage(const Message &) override { }
    Result<Room *> queryRoom(const QString &) override { return Result<Room *>::failure(QStringLiteral("no")); }
    void setPresence(const Presence &) override { }

private:
    QString m_name;
};

LoginField field(const QString &key, const QString &label, LoginField::Kind kind, const QVariant &defaultValue = {},
                 bool required = false)
{
    LoginField f;
    f.key = key;
    f.label = label;
    f.kind = kind;
    f.defaultValue = defaultValue;
    f.required = required;
    f.choices = {QStringLiteral("plain"), QStringLiteral("tls"), QStringLiteral("starttls")};
    f.minimum = 0;
    f.maximum = 100;
    return f;
}

// An IRC-like backend: every kind of field once.
BackendDescriptor ircLike(QList<QObject *> *parents = nullptr)
{
    BackendDescriptor d;
    d.name = QStringLiteral("irc");
    d.displayName = QStringLiteral("IRC");
    d.description = QStringLiteral("Internet Relay Chat");
    d.fields = {
        field(QStringLiteral("host"), QStringLiteral("Server"), LoginField::Kind::Text, {}, true),
        field(QStringLiteral("port"), QStringLiteral("Port"), LoginField::Kind::Port, 6697),
        field(QStringLiteral("nick"), QStringLiteral("Nickname"), LoginField::Kind::Text, QStringLiteral("botdeck")),
        field(QStringLiteral("password"), QStringLiteral("Password"), LoginField::Kind::Password),
        field(QStringLiteral("security"), QStringLiteral("Security"), LoginField::Kind::Choice, QStringLiteral("tls")),
        field(QStringLiteral("sasl"), QStringLiteral("Use SASL"), LoginField::Kind::Bool, false),
        field(QStringLiteral("delay"), QStringLiteral("Reconnect delay"), LoginField::Kind::Number, 5.0),
    };
    d.create = [parents](QObject *parent) -> Backend * {
        if (parents)
            parents->append(parent);
        return new StubBackend(QStringLiteral("irc"), parent);
    };
    return d;
}

BackendDescriptor simple(const QString &name, const QString &displayName)
{
    BackendDescriptor d;
    d.name = name;
    d.displayName = displayName;
    d.create = [name](QObject *parent) -> Backend * { return new StubBackend(name, parent); };
    return d;
}

} // namespace

class TestBackendRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseRequiredNamesLabel();
    void isSecret();
    void validate_data();
    void validate();
    void descriptorField();
    void add();
    void addRefusesDuplicate();
    void addRefusesIncomplete();
    void findAndNames();
    void create();
    void createUnknown();
    void settingsFillsDefaults();
    void settingsParsesGivenValues();
    void settingsRejectsUnknownKey();
    void settingsRejectsUnknownBackend();
    void settingsRejectsInvalidValue_data();
    void settingsRejectsInvalidValue();
    void settingsAccessors();
};

void TestBackendRegistry::parse_data()
{
    QTest::addColumn<LoginField::Kind>("kind");
    QTest::addColumn<QVariant>("defaultValue");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QVariant>("expected");
    // What the error must mention besides the label.
    QTest::addColumn<QString>("errorMentions");

    using K = LoginField::Kind;
    const QVariant none;

    QTest::newRow("text") << K::Text << none << false << QStringLiteral("irc.example.org") << true
                          << QVariant(QStringLiteral("irc.example.org")) << QString();
    QTest::newRow("text kept as typed") << K::Text << none << false << QStringLiteral(" a b ") << true
                                        << QVariant(QStringLiteral(" a b ")) << QString();
    QTest::newRow("password") << K::Password << none << true << QStringLiteral("s3 cr3t") << true
                              << QVariant(QStringLiteral("s3 cr3t")) << QString();

    QTest::newRow("port") << K::Port << none << false << QStringLiteral("6667") << true << QVariant(6667) << QString();
    QTest::newRow("port trimmed") << K::Port << none << false << QStringLiteral(" 6697 ") << true << QVariant(6697)
                                  << QString();
    QTest::newRow("port 1") << K::Port << none << false << QStringLiteral("1") << true << QVariant(1) << QString();
    QTest::newRow("port 65535") << K::Port << none << false << QStringLiteral("65535") << true << QVariant(65535)
                                << QString();
    QTest::newRow("port 0") << K::Port << none << false << QStringLiteral("0") << false << none
                            << QStringLiteral("\"0\"");
    QTest::newRow("port 65536") << K::Port << none << false << QStringLiteral("65536") << false << none
                                << QStringLiteral("\"65536\"");
    QTest::newRow("port negative") << K::Port << none << false << QStringLiteral("-1") << false << none
                                   << QStringLiteral("\"-1\"");
    QTest::newRow("port abc") << K::Port << none << false << QStringLiteral("abc") << false << none
                              << QStringLiteral("\"abc\"");
    QTest::newRow("port fraction") << K::Port << none << false << QStringLiteral("66.5") << false << none
                                   << QStringLiteral("\"66.5\"");

    QTest::newRow("number") << K::Number << none << false << QStringLiteral("42") << true << QVariant(42.0)
                            << QString();
    QTest::newRow("number fraction") << K::Number << none << false << QStringLiteral("2.5") << true << QVariant(2.5)
                                     << QString();
    QTest::newRow("number minimum") << K::Number << none << false << QStringLiteral("0") << true << QVariant(0.0)
                                    << QString();
    QTest::newRow("number maximum") << K::Number << none << false << QStringLiteral("100") << true << QVariant(100.0)
                                    << QString();
    QTest::newRow("number above") << K::Number << none << false << QStringLiteral("100.5") << false << none
                                  << QStringLiteral("between 0 and 100");
    QTest::newRow("number below") << K::Number << none << false << QStringLiteral("-1") << false << none
                                  << QStringLiteral("between 0 and 100");
    QTest::newRow("number nan") << K::Number << none << false << QStringLiteral("nan") << false << none
                                << QStringLiteral("\"nan\"");
    QTest::newRow("number inf") << K::Number << none << false << QStringLiteral("inf") << false << none
                                << QStringLiteral("\"inf\"");
    QTest::newRow("number abc") << K::Number << none << false << QStringLiteral("abc") << false << none
                                << QStringLiteral("\"abc\"");

    QTest::newRow("bool yes") << K::Bool << none << false << QStringLiteral("yes") << true << QVariant(true)
                              << QString();
    QTest::newRow("bool no") << K::Bool << none << false << QStringLiteral("no") << true << QVariant(false)
                             << QString();
    QTest::newRow("bool on") << K::Bool << none << false << QStringLiteral("on") << true << QVariant(true) << QString();
    QTest::newRow("bool off") << K::Bool << none << false << QStringLiteral("off") << true << QVariant(false)
                              << QString();
    QTest::newRow("bool 1") << K::Bool << none << false << QStringLiteral("1") << true << QVariant(true) << QString();
    QTest::newRow("bool 0") << K::Bool << none << false << QStringLiteral("0") << true << QVariant(false) << QString();
    QTest::newRow("bool true") << K::Bool << none << false << QStringLiteral("true") << true << QVariant(true)
                               << QString();
    QTest::newRow("bool false") << K::Bool << none << false << QStringLiteral("false") << true << QVariant(false)
                                << QString();
    QTest::newRow("bool YES") << K::Bool << none << false << QStringLiteral(" YES ") << true << QVariant(true)
                              << QString();
    QTest::newRow("bool invalid") << K::Bool << none << false << QStringLiteral("maybe") << false << none
                                  << QStringLiteral("\"maybe\"");
    QTest::newRow("bool 2") << K::Bool << none << false << QStringLiteral("2") << false << none
                            << QStringLiteral("\"2\"");

    QTest::newRow("choice") << K::Choice << none << false << QStringLiteral("tls") << true
                            << QVariant(QStringLiteral("tls")) << QString();
    QTest::newRow("choice invalid") << K::Choice << none << false << QStringLiteral("ssl") << false << none
                                    << QStringLiteral("plain, tls, starttls");

    QTest::newRow("empty text gives default") << K::Text << QVariant(QStringLiteral("botdeck")) << false << QString()
                                              << true << QVariant(QStringLiteral("botdeck")) << QString();
    QTest::newRow("empty port gives default")
        << K::Port << QVariant(6697) << false << QString() << true << QVariant(6697) << QString();
    QTest::newRow("empty bool gives default")
        << K::Bool << QVariant(true) << false << QString() << true << QVariant(true) << QString();
    QTest::newRow("empty choice gives default") << K::Choice << QVariant(QStringLiteral("plain")) << false << QString()
                                                << true << QVariant(QStringLiteral("plain")) << QString();
    QTest::newRow("empty required with default")
        << K::Text << QVariant(QStringLiteral("localhost")) << true << QString() << true
        << QVariant(QStringLiteral("localhost")) << QString();
    QTest::newRow("empty optional without default")
        << K::Port << none << false << QString() << true << none << QString();
    QTest::newRow("empty required without default")
        << K::Text << none << true << QString() << false << none << QStringLiteral("required");
    QTest::newRow("empty required port without default")
        << K::Port << none << true << QString() << false << none << QStringLiteral("required");
}

void TestBackendRegistry::parse()
{
    QFETCH(LoginField::Kind, kind);
    QFETCH(QVariant, defaultValue);
    QFETCH(bool, required);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QVariant, expected);
    QFETCH(QString, errorMentions);

    const QString label = QStringLiteral("The Field");
    const LoginField f = field(QStringLiteral("key"), label, kind, defaultValue, required);
    const Result<QVariant> result = f.parse(text);

    QCOMPARE(result.isOk(), ok);
    QCOMPARE(bool(result), ok);
    if (ok) {
        QVERIFY(result.error().isEmpty());
        QCOMPARE(result.value().isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(result.value().metaType(), expected.metaType());
            QCOMPARE(result.value(), expected);
        }
    } else {
        const QString error = result.error();
        QVERIFY(!error.isEmpty());
        // Every error says which field it is about.
        QVERIFY2(error.contains(label), qPrintable(error));
        QVERIFY2(error.contains(errorMentions), qPrintable(error));
    }
}

void TestBackendRegistry::parseRequiredNamesLabel()
{
    const LoginField f
        = field(QStringLiteral("host"), QStringLiteral("Server address"), LoginField::Kind::Text, {}, true);
    const Result<QVariant> result = f.parse(QString());
    QVERIFY(!result);
    QCOMPARE(result.error(), QStringLiteral("Server address is required"));
    QCOMPARE(f.parse(QStringLiteral("irc.example.org")).value().toString(), QStringLiteral("irc.example.org"));
}

void TestBackendRegistry::isSecret()
{
    QVERIFY(field(QStringLiteral("p"), QStringLiteral("P"), LoginField::Kind::Password).isSecret());
    QVERIFY(!field(QStringLiteral("t"), QStringLiteral("T"), LoginField::Kind::Text).isSecret());
    QVERIFY(!field(QStringLiteral("b"), QStringLiteral("B"), LoginField::Kind::Bool).isSecret());
}

void TestBackendRegistry::validate_data()
{
    QTest::addColumn<LoginField::Kind>("kind");
    QTest::addColumn<QVariant>("defaultValue");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QVariant>("expected");

    using K = LoginField::Kind;
    const QVariant none;

    QTest::newRow("port int") << K::Port << none << false << QVariant(6667) << true << QVariant(6667);
    QTest::newRow("port string") << K::Port << none << false << QVariant(QStringLiteral("6667")) << true
                                 << QVariant(6667);
    QTest::newRow("port out of range") << K::Port << none << false << QVariant(70000) << false << none;
    QTest::newRow("port double") << K::Port << none << false << QVariant(6667.5) << false << none;
    QTest::newRow("bool true") << K::Bool << none << false << QVariant(true) << true << QVariant(true);
    QTest::newRow("bool false") << K::Bool << QVariant(true) << false << QVariant(false) << true << QVariant(false);
    QTest::newRow("bool from string") << K::Bool << none << false << QVariant(QStringLiteral("on")) << true
                                      << QVariant(true);
    QTest::newRow("bool from int") << K::Bool << none << false << QVariant(0) << true << QVariant(false);
    QTest::newRow("bool for a text field") << K::Text << none << false << QVariant(true) << false << none;
    QTest::newRow("bool for a port field") << K::Port << none << false << QVariant(true) << false << none;
    QTest::newRow("number double") << K::Number << none << false << QVariant(2.5) << true << QVariant(2.5);
    QTest::newRow("number int") << K::Number << none << false << QVariant(7) << true << QVariant(7.0);
    QTest::newRow("number out of range") << K::Number << none << false << QVariant(1000.0) << false << none;
    QTest::newRow("text") << K::Text << none << false << QVariant(QStringLiteral("x")) << true
                          << QVariant(QStringLiteral("x"));
    QTest::newRow("choice") << K::Choice << none << false << QVariant(QStringLiteral("starttls")) << true
                            << QVariant(QStringLiteral("starttls"));
    QTest::newRow("choice invalid") << K::Choice << none << false << QVariant(QStringLiteral("x")) << false << none;
    QTest::newRow("invalid gives default") << K::Port << QVariant(6697) << false << none << true << QVariant(6697);
    QTest::newRow("empty string gives default") << K::Text << QVariant(QStringLiteral("d")) << false
                                                << QVariant(QString()) << true << QVariant(QStringLiteral("d"));
    QTest::newRow("invalid, optional, no default") << K::Text << none << false << none << true << none;
    QTest::newRow("invalid, required, no default") << K::Text << none << true << none << false << none;
}

void TestBackendRegistry::validate()
{
    QFETCH(LoginField::Kind, kind);
    QFETCH(QVariant, defaultValue);
    QFETCH(bool, required);
    QFETCH(QVariant, value);
    QFETCH(bool, ok);
    QFETCH(QVariant, expected);

    const LoginField f = field(QStringLiteral("key"), QStringLiteral("The Field"), kind, defaultValue, required);
    const Result<QVariant> result = f.validate(value);
    QCOMPARE(result.isOk(), ok);
    if (ok) {
        QCOMPARE(result.value().isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(result.value().metaType(), expected.metaType());
            QCOMPARE(result.value(), expected);
        }
    } else {
        QVERIFY2(result.error().contains(QStringLiteral("The Field")), qPrintable(result.error()));
    }
}

void TestBackendRegistry::descriptorField()
{
    const BackendDescriptor d = ircLike();
    const LoginField *port = d.field(QStringLiteral("port"));
    QVERIFY(port);
    QCOMPARE(port->label, QStringLiteral("Port"));
    QCOMPARE(port->kind, LoginField::Kind::Port);
    QCOMPARE(d.field(QStringLiteral("nope")), nullptr);
}

void TestBackendRegistry::add()
{
    BackendRegistry registry;
    QVERIFY(registry.names().isEmpty());
    QVERIFY(registry.descriptors().isEmpty());
    QVERIFY(registry.add(ircLike()));
    QVERIFY(registry.add(simple(QStringLiteral("local"), QStringLiteral("Local"))));
    QCOMPARE(registry.descriptors().size(), 2);
    QCOMPARE(registry.descriptors().at(0).name, QStringLiteral("irc"));
    QCOMPARE(registry.descriptors().at(0).fields.size(), 7);
}

void TestBackendRegistry::addRefusesDuplicate()
{
    BackendRegistry registry;
    QVERIFY(registry.add(simple(QStringLiteral("local"), QStringLiteral("First"))));
    QVERIFY(!registry.add(simple(QStringLiteral("local"), QStringLiteral("Second"))));
    QCOMPARE(registry.names(), QStringList{QStringLiteral("local")});
    QCOMPARE(registry.find(QStringLiteral("local"))->displayName, QStringLiteral("First"));
}

void TestBackendRegistry::addRefusesIncomplete()
{
    BackendRegistry registry;
    QVERIFY(!registry.add(simple(QString(), QStringLiteral("No name"))));
    BackendDescriptor noFactory = simple(QStringLiteral("nofactory"), QStringLiteral("No factory"));
    noFactory.create = nullptr;
    QVERIFY(!registry.add(noFactory));
    QVERIFY(registry.names().isEmpty());
}

void TestBackendRegistry::findAndNames()
{
    BackendRegistry registry;
    registry.add(simple(QStringLiteral("local"), QStringLiteral("Local")));
    registry.add(ircLike());
    registry.add(simple(QStringLiteral("xmpp"), QStringLiteral("XMPP")));

    QCOMPARE(registry.names(), (QStringList{QStringLiteral("local"), QStringLiteral("irc"), QStringLiteral("xmpp")}));
    const BackendDescriptor *irc = registry.find(QStringLiteral("irc"));
    QVERIFY(irc);
    QCOMPARE(irc->displayName, QStringLiteral("IRC"));
    QCOMPARE(irc->description, QStringLiteral("Internet Relay Chat"));
    QVERIFY(irc->field(QStringLiteral("host")));
    QCOMPARE(registry.find(QStringLiteral("xmpp"))->displayName, QStringLiteral("XMPP"));
    QCOMPARE(registry.find(QStringLiteral("slack")), nullptr);
    // Names are exact.
    QCOMPARE(registry.find(QStringLiteral("IRC")), nullptr);
}

void TestBackendRegistry::create()
{
    QList<QObject *> parents;
    BackendRegistry registry;
    registry.add(ircLike(&parents));

    QObject owner;
    Backend *backend = registry.create(QStringLiteral("irc"), &owner);
    QVERIFY(backend);
    QCOMPARE(parents, QList<QObject *>{&owner});
    QCOMPARE(backend->parent(), &owner);
    QCOMPARE(backend->name(), QStringLiteral("irc"));

    // Without a parent, the caller owns it.
    Backend *orphan = registry.create(QStringLiteral("irc"));
    QVERIFY(orphan);
    QCOMPARE(parents.size(), 2);
    QCOMPARE(parents.at(1), nullptr);
    QCOMPARE(orphan->parent(), nullptr);
    QVERIFY(orphan != backend);
    delete orphan;
}

void TestBackendRegistry::createUnknown()
{
    QList<QObject *> parents;
    BackendRegistry registry;
    registry.add(ircLike(&parents));
    QObject owner;
    QCOMPARE(registry.create(QStringLiteral("xmpp"), &owner), nullptr);
    QVERIFY(parents.isEmpty());
    QVERIFY(owner.children().isEmpty());
}

void TestBackendRegistry::settingsFillsDefaults()
{
    BackendRegistry registry;
    registry.add(ircLike());

    QVariantMap given;
    given.insert(QStringLiteral("host"), QStringLiteral("irc.example.org"));
    const Result<BackendSettings> result = registry.settings(QStringLiteral("irc"), given);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    const BackendSettings &s = result.value();
    QCOMPARE(s.text(QStringLiteral("host")), QStringLiteral("irc.example.org"));
    QCOMPARE(s.value(QStringLiteral("port")), QVariant(6697));
    QCOMPARE(s.integer(QStringLiteral("port")), 6697);
    QCOMPARE(s.text(QStringLiteral("nick")), QStringLiteral("botdeck"));
    QCOMPARE(s.text(QStringLiteral("security")), QStringLiteral("tls"));
    QVERIFY(s.contains(QStringLiteral("sasl")));
    QCOMPARE(s.flag(QStringLiteral("sasl"), true), false);
    QCOMPARE(s.number(QStringLiteral("delay")), 5.0);
    // No default and not given: absent, not an empty value.
    QVERIFY(!s.contains(QStringLiteral("password")));
    QCOMPARE(s.values().size(), 6);
}

void TestBackendRegistry::settingsParsesGivenValues()
{
    BackendRegistry registry;
    registry.add(ircLike());

    QVariantMap given;
    given.insert(QStringLiteral("host"), QStringLiteral("irc.libera.chat"));
    given.insert(QStringLiteral("port"), QStringLiteral("6667")); // as typed on a command line
    given.insert(QStringLiteral("sasl"), QStringLiteral("yes"));
    given.insert(QStringLiteral("password"), QStringLiteral("hunter2"));
    given.insert(QStringLiteral("security"), QStringLiteral("starttls"));
    given.insert(QStringLiteral("delay"), 12.5); // as read from a settings file
    const Result<BackendSettings> result = registry.settings(QStringLiteral("irc"), given);
    QVERIFY2(result.isOk(), qPrintable(result.error()));
    const BackendSettings &s = result.value();
    QCOMPARE(s.value(QStringLiteral("port")), QVariant(6667));
    QCOMPARE(s.value(QStringLiteral("port")).typeId(), QMetaType::Int);
    QCOMPARE(s.value(QStringLiteral("sasl")), QVariant(true));
    QCOMPARE(s.text(QStringLiteral("password")), QStringLiteral("hunter2"));
    QCOMPARE(s.text(QStringLiteral("security")), QStringLiteral("starttls"));
    QCOMPARE(s.number(QStringLiteral("delay")), 12.5);
    QCOMPARE(s.text(QStringLiteral("nick")), QStringLiteral("botdeck"));
}

void TestBackendRegistry::settingsRejectsUnknownKey()
{
    BackendRegistry registry;
    registry.add(ircLike());

    QVariantMap given;
    given.insert(QStringLiteral("host"), QStringLiteral("irc.example.org"));
    given.insert(QStringLiteral("prot"), 6667); // a typo must not pass
    const Result<BackendSettings> result = registry.settings(QStringLiteral("irc"), given);
    QVERIFY(!result.isOk());
    QVERIFY2(result.error().contains(QStringLiteral("\"prot\"")), qPrintable(result.error()));
    QVERIFY2(result.error().contains(QStringLiteral("IRC")), qPrintable(result.error()));
}

void TestBackendRegistry::settingsRejectsUnknownBackend()
{
    BackendRegistry registry;
    registry.add(simple(QStringLiteral("local"), QStringLiteral("Local")));
    registry.add(ircLike());

    const Result<BackendSettings> result = registry.settings(QStringLiteral("slack"), {});
    QVERIFY(!result.isOk());
    const QString error = result.error();
    QVERIFY2(error.contains(QStringLiteral("\"slack\"")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("local, irc")), qPrintable(error));

    // With nothing registered the message still makes sense.
    const Result<BackendSettings> empty = BackendRegistry().settings(QStringLiteral("irc"), {});
    QVERIFY(!empty.isOk());
    QVERIFY(empty.error().contains(QStringLiteral("\"irc\"")));
}

void TestBackendRegistry::settingsRejectsInvalidValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("label");

    QTest::newRow("port text") << QStringLiteral("port") << QVariant(QStringLiteral("abc")) << QStringLiteral("Port");
    QTest::newRow("port number") << QStringLiteral("port") << QVariant(0) << QStringLiteral("Port");
    QTest::newRow("bool") << QStringLiteral("sasl") << QVariant(QStringLiteral("perhaps"))
                          << QStringLiteral("Use SASL");
    QTest::newRow("choice") << QStringLiteral("security") << QVariant(QStringLiteral("ssl"))
                            << QStringLiteral("Security");
    QTest::newRow("number") << QStringLiteral("delay") << QVariant(-3) << QStringLiteral("Reconnect delay");
    QTest::newRow("required host empty") << QStringLiteral("host") << QVariant(QString()) << QStringLiteral("Server");
}

void TestBackendRegistry::settingsRejectsInvalidValue()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, label);

    BackendRegistry registry;
    registry.add(ircLike());

    QVariantMap given;
    given.insert(QStringLiteral("host"), QStringLiteral("irc.example.org"));
    given.insert(key, value);
    const Result<BackendSettings> result = registry.settings(QStringLiteral("irc"), given);
    QVERIFY(!result.isOk());
    QVERIFY2(result.error().contains(label), qPrintable(result.error()));
}

void TestBackendRegistry::settingsAccessors()
{
    QVariantMap values;
    values.insert(QStringLiteral("text"), QStringLiteral("hello"));
    values.insert(QStringLiteral("int"), 42);
    values.insert(QStringLiteral("double"), 2.75);
    values.insert(QStringLiteral("flag"), true);
    values.insert(QStringLiteral("junk"), QStringLiteral("x"));
    BackendSettings s(values);

    QCOMPARE(s.values(), values);
    QCOMPARE(s.text(QStringLiteral("text")), QStringLiteral("hello"));
    QCOMPARE(s.text(QStringLiteral("missing"), QStringLiteral("fb")), QStringLiteral("fb"));
    QCOMPARE(s.integer(QStringLiteral("int")), 42);
    QCOMPARE(s.integer(QStringLiteral("double")), 2);
    QCOMPARE(s.integer(QStringLiteral("missing"), 7), 7);
    QCOMPARE(s.integer(QStringLiteral("junk"), 7), 7);
    QCOMPARE(s.number(QStringLiteral("double")), 2.75);
    QCOMPARE(s.number(QStringLiteral("missing"), 1.5), 1.5);
    QCOMPARE(s.flag(QStringLiteral("flag")), true);
    QCOMPARE(s.flag(QStringLiteral("missing"), true), true);
    QVERIFY(s.contains(QStringLiteral("int")));
    QVERIFY(!s.contains(QStringLiteral("missing")));

    s.setValue(QStringLiteral("int"), 43);
    QCOMPARE(s.integer(QStringLiteral("int")), 43);
    QVERIFY(BackendSettings().values().isEmpty());
}

QTEST_GUILESS_MAIN(TestBackendRegistry)
#include "tst_backendregistry.moc"
