#include "commandline.h"

#include "core/backendregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>

namespace Botdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Botdeck::CommandLine", text);
}

const QString DefaultBackend = QStringLiteral("local");

} // namespace

CommandLine::CommandLine(const BackendRegistry &registry)
    : m_registry(registry)
{
}

Result<LaunchOptions> CommandLine::parse(const QStringList &arguments) const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Botdeck: a chat bot with a desktop console for IRC, XMPP and a built-in local service."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      tr("Run the bot without a window, logging events to standard output."));
    const QCommandLineOption backend(QStringLiteral("backend"),
                                     tr("The chat service to log in to: %1 (default %2).")
                                         .arg(m_registry.names().join(QStringLiteral(", ")), DefaultBackend),
                                     tr("name"), DefaultBackend);
    const QCommandLineOption listBackends(QStringLiteral("list-backends"),
                                          tr("List the backends and their login settings, then exit."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Save a picture of the console to file once it has settled, then quit (for documentation)."),
        tr("file"));
    parser.addOptions({help, version, headless, backend, listBackends, screenshot});

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
            QCommandLineOption option(field.key, QStringLiteral("%1 (%2)").arg(field.help, descriptor.name),
                                      field.label.toLower());
            fieldOptions.append(option);
            parser.addOption(option);
        }
    }

    LaunchOptions options;
    options.helpText = parser.helpText();
    if (!parser.parse(arguments))
        return Result<LaunchOptions>::failure(parser.errorText());
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
        return Result<LaunchOptions>::failure(
            tr("Unexpected argument \"%1\"; see --help").arg(parser.positionalArguments().constFirst()));

    options.headless = parser.isSet(headless);
    options.screenshot = parser.value(screenshot);
    if (options.headless && !options.screenshot.isEmpty())
        return Result<LaunchOptions>::failure(tr("--screenshot needs the console, not --headless"));
    options.backend = parser.value(backend);
    QVariantMap given;
    for (const QCommandLineOption &option : fieldOptions) {
        if (parser.isSet(option))
            given.insert(option.names().constFirst(), parser.value(option));
    }
    const Result<BackendSettings> settings = m_registry.settings(options.backend, given);
    if (!settings)
        return Result<LaunchOptions>::failure(settings.error());
    options.settings = settings.value();
    return options;
}

QString CommandLine::describeBackends() const
{
    QString text;
    const QList<BackendDescriptor> descriptors = m_registry.descriptors();
    for (const BackendDescriptor &descriptor : descriptors) {
        text += QStringLiteral("%1 - %2\n  %3\n").arg(descriptor.name, descriptor.displayName, descriptor.description);
        for (const LoginField &field : descriptor.fields) {
            QString line = QStringLiteral("  --%1").arg(field.key);
            if (field.defaultValue.isValid() && !field.isSecret())
                line += QStringLiteral(" (default: %1)").arg(field.defaultValue.toString());
            if (field.required)
                line += tr(" [required]");
            text += line + QStringLiteral("\n      %1\n").arg(field.help);
        }
        text += u'\n';
    }
    return text;
}

} // namespace Botdeck
