#include "pluginmanager.h"

#include "bot.h"
#include "botplugin.h"
#include "pluginstorage.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>

#include <exception>

namespace Botdeck {

PluginManager::PluginManager(Bot *bot)
    : QObject(bot)
    , m_bot(bot)
{ }

PluginManager::~PluginManager()
{
    deactivateAll();
    qDeleteAll(m_plugins);
    m_plugins.clear();
    // Plugin objects are gone; their code may be unloaded now.
    for (QPluginLoader *loader : std::as_const(m_loaders))
        loader->unload();
    qDeleteAll(m_loaders);
}

Result<BotPlugin *> PluginManager::add(BotPlugin *plugin)
{
    if (!plugin)
        return Result<BotPlugin *>::failure(tr("no plugin given"));
    if (this->plugin(plugin->name())) {
        const QString name = plugin->name();
        delete plugin;
        return Result<BotPlugin *>::failure(tr("a plugin called %1 is already loaded").arg(name));
    }
    plugin->setParent(nullptr);
    plugin->m_bot = m_bot;
    m_plugins.append(plugin);
    if (m_disabled.contains(plugin->name()))
        return plugin;
    const Result<BotPlugin *> activated = activate(plugin->name());
    if (!activated)
        return Result<BotPlugin *>::failure(activated.error());
    return plugin;
}

Result<BotPlugin *> PluginManager::load(const QString &file)
{
    using R = Result<BotPlugin *>;
    auto *loader = new QPluginLoader(file, this);
    // Every symbol resolved at load time: a missing one is an error now, not
    // a crash when the plugin first calls it.
    loader->setLoadHints(QLibrary::ResolveAllSymbolsHint);
    // The IID is in the metadata, readable without running any plugin code.
    const QString iid = loader->metaData().value(QStringLiteral("IID")).toString();
    if (iid.isEmpty()) {
        const QString error = loader->errorString();
        delete loader;
        return R::failure(tr("%1 is not a Botdeck plugin (%2)").arg(file, error));
    }
    if (iid != QLatin1String(BotdeckBotPlugin_iid)) {
        delete loader;
        return R::failure(tr("%1 was built for plugin interface %2; this Botdeck needs %3")
                              .arg(file, iid, QLatin1String(BotdeckBotPlugin_iid)));
    }
    QObject *instance = loader->instance();
    auto *plugin = qobject_cast<BotPlugin *>(instance);
    if (!plugin) {
        const QString error = instance ? tr("its root object is not a BotPlugin") : loader->errorString();
        loader->unload();
        delete loader;
        return R::failure(tr("cannot load %1: %2").arg(file, error));
    }
    if (BotPlugin *existing = this->plugin(plugin->name())) {
        // Loading one library twice gives the same instance: it must survive.
        if (existing != plugin)
            loader->unload();
        delete loader;
        return R::failure(tr("a plugin called %1 is already loaded (%2)").arg(plugin->name(), file));
    }
    m_loaders.append(loader);
    return add(plugin);
}

QStringList PluginManager::loadFrom(const QStringList &folders)
{
    QStringList errors;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        if (!dir.exists()) {
            errors.append(tr("the plugin folder %1 does not exist").arg(folder));
            Q_EMIT loadFailed(folder, errors.constLast());
            continue;
        }
        const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
        for (const QFileInfo &info : files) {
            if (!QLibrary::isLibrary(info.fileName()))
                continue;
            const Result<BotPlugin *> loaded = load(info.absoluteFilePath());
            if (!loaded) {
                errors.append(loaded.error());
                Q_EMIT loadFailed(info.absoluteFilePath(), loaded.error());
            }
        }
    }
    return errors;
}

QList<BotPlugin *> PluginManager::plugins() const
{
    return m_plugins;
}

const QList<BotPlugin *> &PluginManager::activePlugins() const
{
    return m_activePlugins;
}

BotPlugin *PluginManager::plugin(const QString &name) const
{
    for (BotPlugin *plugin : m_plugins) {
        if (plugin->name().compare(name, Qt::CaseInsensitive) == 0)
            return plugin;
    }
    return nullptr;
}

bool PluginManager::isActive(const QString &name) const
{
    const BotPlugin *found = plugin(name);
    return found && m_active.contains(found->name());
}

Result<BotPlugin *> PluginManager::activate(const QString &name)
{
    using R = Result<BotPlugin *>;
    BotPlugin *found = plugin(name);
    if (!found)
        return R::failure(tr("there is no plugin called %1").arg(name));
    if (m_active.contains(found->name()))
        return R::failure(tr("%1 is already active").arg(found->name()));
    if (!found->m_storage && !m_bot->dataDir().isEmpty()) {
        const Result<std::shared_ptr<PluginStorage>> storage = PluginStorage::open(m_bot->dataDir(), found->name());
        if (storage)
            found->m_storage = storage.value();
        else
            Q_EMIT m_bot->warningIssued(tr("%1 has no storage: %2").arg(found->name(), storage.error()));
    }
    try {
        found->activate();
    } catch (const std::exception &error) {
        return R::failure(tr("%1 failed to start: %2").arg(found->name(), QString::fromLocal8Bit(error.what())));
    } catch (...) {
        return R::failure(tr("%1 failed to start with an unknown error").arg(found->name()));
    }
    m_active.insert(found->name());
    rebuildIndex();
    Q_EMIT pluginActivated(found->name());
    return found;
}

Result<BotPlugin *> PluginManager::deactivate(const QString &name)
{
    using R = Result<BotPlugin *>;
    BotPlugin *found = plugin(name);
    if (!found)
        return R::failure(tr("there is no plugin called %1").arg(name));
    if (!m_active.contains(found->name()))
        return R::failure(tr("%1 is not active").arg(found->name()));
    m_active.remove(found->name());
    rebuildIndex();
    try {
        found->deactivate();
    } catch (...) {
        Q_EMIT m_bot->warningIssued(tr("%1 failed while stopping").arg(found->name()));
    }
    Q_EMIT pluginDeactivated(found->name());
    return found;
}

void PluginManager::setDisabled(const QStringList &names)
{
    m_disabled = QSet<QString>(names.cbegin(), names.cend());
}

void PluginManager::deactivateAll()
{
    const QList<BotPlugin *> all = m_plugins;
    for (BotPlugin *plugin : all) {
        if (m_active.contains(plugin->name()))
            (void)deactivate(plugin->name());
    }
}

const CommandEntry *PluginManager::findCommand(const QStringList &words, int *consumed) const
{
    for (int count = std::min(m_longestName, int(words.size())); count >= 1; --count) {
        const QString name = words.mid(0, count).join(u' ').toLower();
        const auto it = m_commands.constFind(name);
        if (it != m_commands.constEnd()) {
            if (consumed)
                *consumed = count;
            return &*it;
        }
    }
    return nullptr;
}

const CommandEntry *PluginManager::command(const QString &name) const
{
    const auto it = m_commands.constFind(name.toLower());
    return it == m_commands.constEnd() ? nullptr : &*it;
}

QList<const CommandEntry *> PluginManager::commands() const
{
    QList<const CommandEntry *> result;
    for (const CommandEntry &entry : m_commands)
        result.append(&entry);
    std::sort(result.begin(), result.end(),
              [](const CommandEntry *a, const CommandEntry *b) { return a->command.name < b->command.name; });
    return result;
}

QList<const CommandEntry *> PluginManager::regexCommands() const
{
    QList<const CommandEntry *> result;
    for (const CommandEntry &entry : m_regexCommands)
        result.append(&entry);
    return result;
}

QStringList PluginManager::commandNames() const
{
    QStringList names = m_commands.keys();
    names.sort();
    return names;
}

void PluginManager::rebuildIndex()
{
    m_activePlugins.clear();
    for (BotPlugin *plugin : std::as_const(m_plugins)) {
        if (m_active.contains(plugin->name()))
            m_activePlugins.append(plugin);
    }
    m_commands.clear();
    m_regexCommands.clear();
    m_longestName = 1;
    for (BotPlugin *plugin : std::as_const(m_plugins)) {
        if (!m_active.contains(plugin->name()))
            continue;
        const QList<BotCommand> offered = plugin->commands();
        for (const BotCommand &command : offered) {
            if (command.isRegex()) {
                m_regexCommands.append({command, plugin});
                continue;
            }
            const QString key = command.name.toLower();
            if (m_commands.contains(key)) {
                Q_EMIT m_bot->warningIssued(tr("%1 and %2 both offer the command %3; %1's is used")
                                                .arg(m_commands.value(key).plugin->name(), plugin->name(), key));
                continue;
            }
            m_commands.insert(key, {command, plugin});
            m_longestName = std::max(m_longestName, int(key.count(u' ')) + 1);
        }
    }
}

} // namespace Botdeck
