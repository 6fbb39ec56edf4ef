#include "commandline.h"

#include "core/backendregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSettings>

#include <cmath>
#include <memory>

namespace Botdeck {

namespace {

// Tr::tr() looks strings up under the context lupdate files them under.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Botdeck::CommandLine)
};

const QString DefaultBackend = QStringLiteral("local");
// Each secret login field K has its file option --K-file (K_file in the
// configuration file) and its environment variable BOTDECK_K:
// --password-file and BOTDECK_PASSWORD, --sasl-password-file and
// BOTDECK_SASL_PASSWORD.
QString secretFileOption(const QString &key)
{
    return key + QStringLiteral("-file");
}

QString secretFileSetting(const QString &key)
{
    return QString(key).replace(u'-', u'_') + QStringLiteral("_file");
}

QString secretVariable(const QString &key)
{
    return QStringLiteral("BOTDECK_") + key.toUpper().replace(u'-', u'_');
}

QStringList splitList(const QString &text)
{
    QStringList items;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    }
    return items;
}

// QSettings reads an unquoted INI value with commas as a list; settings
// here are read the same whichever way they were written.
QString configText(const QSettings &config, const QString &key)
{
    const QVariant value = config.value(key);
    return value.typeId() == QMetaType::QStringList ? value.toStringList().join(QStringLiteral(", "))
                                                    : value.toString();
}

// The value of option if given, else of key in the configuration file,
// else nothing.
struct Sources
{
    const QCommandLineParser &parser;
    const QSettings *config;

    QString value(const QCommandLineOption &option, const QString &key) const
    {
        if (parser.isSet(option))
            return parser.value(option);
        if (config && config->contains(key))
            return configText(*config, key);
        return {};
    }
    QStringList values(const QCommandLineOption &option, const QString &key) const
    {
        QStringList items;
        for (const QString &value : parser.values(option))
            items += splitList(value);
        if (items.isEmpty() && config && config->contains(key))
            items = splitList(configText(*config, key));
        return items;
    }
};

Result<QString> readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(Tr::tr("cannot read the password file %1: %2").arg(path, file.errorString()));
    QString password = QString::fromUtf8(file.readLine());
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    return password;
}

} // namespace

CommandLine::CommandLine(const BackendRegistry &registry)
    : m_registry(registry)
{ }

Result<LaunchOptions> CommandLine::parse(const QStringList &arguments) const
{
    using R = Result<LaunchOptions>;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Botdeck: a chat bot with a desktop console for IRC, XMPP and a built-in local service."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     Tr::tr("Show the version and exit."));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      Tr::tr("Run the bot without a window, logging events to standard output."));
    const QCommandLineOption backend(QStringLiteral("backend"),
                                     Tr::tr("The chat service to log in to: %1 (default %2).")
                                         .arg(m_registry.names().join(QStringLiteral(", ")), DefaultBackend),
                                     Tr::tr("name"));
    const QCommandLineOption listBackends(QStringLiteral("list-backends"),
                                          Tr::tr("List the backends and their login settings, then exit."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        Tr::tr("Save a picture of the console to file once it has settled, then quit (for documentation)."),
        Tr::tr("file"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    Tr::tr("Read settings from this INI file; the command line wins."), Tr::tr("file"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), Tr::tr("The command prefix (default !)."),
                                    Tr::tr("text"));
    const QCommandLineOption join(QStringLiteral("join"), Tr::tr("A room to join once connected (repeatable)."),
                                  Tr::tr("room"));
    const QCommandLineOption sendRate(
        QStringLiteral("send-rate"),
        Tr::tr("Protocol messages (IRC lines) per second per connection; 0 = unlimited (default 1)."),
        Tr::tr("number"));
    const QCommandLineOption sendBurst(QStringLiteral("send-burst"),
                                       Tr::tr("Protocol messages that may go at once after a quiet spell (default 5)."),
                                       Tr::tr("number"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), Tr::tr("Where plugins keep their storage."),
                                     Tr::tr("folder"));
    const QCommandLineOption pluginDir(QStringLiteral("plugin-dir"),
                                       Tr::tr("A folder to load plugins from (repeatable)."), Tr::tr("folder"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
                                      Tr::tr("debug (with protocol traffic), info, warning or error (default info)."),
                                      Tr::tr("level"));
    parser.addOptions({help, version, headless, backend, listBackends, screenshot, config, prefix, join, sendRate,
                       sendBurst, dataDir, pluginDir, logLevel});

    // One option per distinct field key; fields of different backends that
    // share a key (host, nick, port) share the option.
    QSet<QString> declared;
    QList<QCommandLineOption> fieldOptions;
    const QList<BackendDescriptor> descriptors = m_registry.descriptors();
    for (const BackendDescriptor &descriptor : descriptors) {
        for (const LoginField &field : descriptor.fields) {
            if (declared.contains(field.key))
                continue;
            declared.insert(field.key);
            if (field.isSecret()) {
                QCommandLineOption option(secretFileOption(field.key),
                                          Tr::tr("Read %1 from the first line of this file (or set %2) (%3)")
                                              .arg(field.label, secretVariable(field.key), descriptor.name),
                                          Tr::tr("file"));
                parser.addOption(option);
                continue;
            }
            QCommandLineOption option(field.key, QStringLiteral("%1 (%2)").arg(field.help, descriptor.name),
                                      field.label.toLower());
            fieldOptions.append(option);
            parser.addOption(option);
        }
    }

    LaunchOptions options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return R::failure(parser.errorText());
    if (parser.isSet(help)) {
        options.action = LaunchOptions::Action::ShowHelp;
        return options;
    }
    if (parser.isSet(version)) {
        options.action = LaunchOptions::Action::ShowVersion;
        return options;
    }
    if (parser.isSet(listBackends)) {
        options.action = LaunchOptions::Action::ListBackends;
        return options;
    }
    if (!parser.positionalArguments().isEmpty())
        return R::failure(
            Tr::tr("Unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().constFirst()));

    std::unique_ptr<QSettings> settingsFile;
    if (parser.isSet(config)) {
        const QString path = parser.value(config);
        if (!QFileInfo(path).isReadable())
            return R::failure(Tr::tr("cannot read the configuration file %1").arg(path));
        settingsFile = std::make_unique<QSettings>(path, QSettings::IniFormat);
        if (settingsFile->status() != QSettings::NoError)
            return R::failure(Tr::tr("the configuration file %1 is not a valid INI file").arg(path));
        options.bot.configFile = path;
    }
    const Sources sources{parser, settingsFile.get()};

    options.headless = parser.isSet(headless);
    options.screenshot = parser.value(screenshot);
    if (options.headless && !options.screenshot.isEmpty())
        return R::failure(Tr::tr("--screenshot needs the console, not --headless"));

    options.backend = sources.value(backend, QStringLiteral("bot/backend"));
    if (options.backend.isEmpty())
        options.backend = DefaultBackend;
    const BackendDescriptor *chosen = m_registry.find(options.backend);

    QVariantMap given;
    for (const QCommandLineOption &option : fieldOptions) {
        const QString key = option.names().constFirst();
        if (parser.isSet(option))
            given.insert(key, parser.value(option));
        else if (chosen && chosen->field(key) && settingsFile
                 && settingsFile->contains(QStringLiteral("backend/") + key))
            given.insert(key, configText(*settingsFile, QStringLiteral("backend/") + key));
    }
    if (settingsFile && chosen) {
        settingsFile->beginGroup(QStringLiteral("backend"));
        const QStringList keys = settingsFile->childKeys();
        settingsFile->endGroup();
        for (const QString &key : keys) {
            const LoginField *field = chosen->field(key);
            if (field && field->isSecret())
                return R::failure(Tr::tr("%1 must not be written in the configuration file, where anyone who can "
                                         "read it sees it: use %2, --%3 or %4")
                                      .arg(field->label, secretFileSetting(field->key), secretFileOption(field->key),
                                           secretVariable(field->key)));
            const bool secretFile
                = std::any_of(chosen->fields.cbegin(), chosen->fields.cend(),
                              [&key](const LoginField &f) { return f.isSecret() && secretFileSetting(f.key) == key; });
            if (!field && !secretFile)
                return R::failure(Tr::tr("the configuration file has a setting backend/%1 that the %2 backend does "
                                         "not know")
                                      .arg(key, chosen->name));
        }
    }

    // Secrets, from a file or the environment; never from an option.
    if (chosen) {
        for (const LoginField &field : chosen->fields) {
            if (!field.isSecret())
                continue;
            const QString path = sources.value(QCommandLineOption(secretFileOption(field.key)),
                                               QStringLiteral("backend/") + secretFileSetting(field.key));
            QString secret;
            if (!path.isEmpty()) {
                const Result<QString> read = readPasswordFile(path);
                if (!read)
                    return R::failure(read.error());
                secret = read.value();
            } else {
                secret = qEnvironmentVariable(secretVariable(field.key).toLatin1().constData());
            }
            if (!secret.isEmpty())
                given.insert(field.key, secret);
        }
    }

    const Result<BackendSettings> settings = m_registry.settings(options.backend, given);
    if (!settings)
        return R::failure(settings.error());
    options.settings = settings.value();

    BotOptions &bot = options.bot;
    const QString prefixText = sources.value(prefix, QStringLiteral("bot/prefix"));
    if (parser.isSet(prefix) || (settingsFile && settingsFile->contains(QStringLiteral("bot/prefix"))))
        bot.prefix = prefixText;
    if (settingsFile)
        bot.alternativePrefixes = splitList(configText(*settingsFile, QStringLiteral("bot/alternative_prefixes")));
    bot.join = sources.values(join, QStringLiteral("bot/join"));
    bot.pluginDirs = sources.values(pluginDir, QStringLiteral("bot/plugin_dirs"));
    bot.dataDir = sources.value(dataDir, QStringLiteral("bot/data_dir"));

    const QString rate = sources.value(sendRate, QStringLiteral("bot/send_rate"));
    if (!rate.isEmpty()) {
        bool ok = false;
        bot.sendRate = rate.toDouble(&ok);
        if (!ok || bot.sendRate < 0 || !std::isfinite(bot.sendRate))
            return R::failure(
                Tr::tr("--send-rate must be a number of messages per second, 0 or more; got \"%1\"").arg(rate));
    }
    const QString burst = sources.value(sendBurst, QStringLiteral("bot/send_burst"));
    if (!burst.isEmpty()) {
        bool ok = false;
        bot.sendBurst = burst.toInt(&ok);
        if (!ok || bot.sendBurst < 1)
            return R::failure(Tr::tr("--send-burst must be a whole number, 1 or more; got \"%1\"").arg(burst));
    }
    const QString level = sources.value(logLevel, QStringLiteral("bot/log_level"));
    if (!level.isEmpty()) {
        static const QStringList levels
            = {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error")};
        if (!levels.contains(level))
            return R::failure(
                Tr::tr("--log-level must be one of %1; got \"%2\"").arg(levels.join(QStringLiteral(", ")), level));
        bot.logLevel = level;
    }
    if (settingsFile) {
        const QString unknown = configText(*settingsFile, QStringLiteral("bot/unknown_commands_in_rooms"));
        if (!unknown.isEmpty() && unknown != QLatin1String("reply") && unknown != QLatin1String("silent"))
            return R::failure(Tr::tr("unknown_commands_in_rooms must be reply or silent; got \"%1\"").arg(unknown));
        bot.repliesToUnknownCommandsInRooms = unknown != QLatin1String("silent");
        bool ok = true;
        const QString timeout = configText(*settingsFile, QStringLiteral("bot/command_timeout"));
        if (!timeout.isEmpty()) {
            bot.commandTimeoutSeconds = timeout.toInt(&ok);
            if (!ok || bot.commandTimeoutSeconds < 1)
                return R::failure(Tr::tr("command_timeout must be a whole number of seconds, 1 or more"));
        }
        bot.disabledPlugins = splitList(configText(*settingsFile, QStringLiteral("bot/disabled_plugins")));
        const QStringList known = {QStringLiteral("backend"),
                                   QStringLiteral("prefix"),
                                   QStringLiteral("alternative_prefixes"),
                                   QStringLiteral("join"),
                                   QStringLiteral("send_rate"),
                                   QStringLiteral("send_burst"),
                                   QStringLiteral("data_dir"),
                                   QStringLiteral("plugin_dirs"),
                                   QStringLiteral("log_level"),
                                   QStringLiteral("unknown_commands_in_rooms"),
                                   QStringLiteral("command_timeout"),
                                   QStringLiteral("disabled_plugins")};
        settingsFile->beginGroup(QStringLiteral("bot"));
        const QStringList keys = settingsFile->childKeys();
        settingsFile->endGroup();
        for (const QString &key : keys) {
            if (!known.contains(key))
                return R::failure(Tr::tr("the configuration file has an unknown setting bot/%1").arg(key));
        }
    }
    return options;
}

QString CommandLine::describeBackends() const
{
    QString text;
    const QList<BackendDescriptor> descriptors = m_registry.descriptors();
    for (const BackendDescriptor &descriptor : descriptors) {
        text += QStringLiteral("%1 - %2\n  %3\n").arg(descriptor.name, descriptor.displayName, descriptor.description);
        for (const LoginField &field : descriptor.fields) {
            QString line = field.isSecret()
                ? Tr::tr("  --%1 or %2").arg(secretFileOption(field.key), secretVariable(field.key))
                : QStringLiteral("  --%1").arg(field.key);
            if (field.defaultValue.isValid() && !field.isSecret())
                line += QStringLiteral(" (default: %1)").arg(field.defaultValue.toString());
            if (field.required)
                line += Tr::tr(" [required]");
            text += line + QStringLiteral("\n      %1\n").arg(field.help);
        }
        text += u'\n';
    }
    return text;
}

} // namespace Botdeck
