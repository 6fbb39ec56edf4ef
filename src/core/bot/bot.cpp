#include "bot.h"

#include "arguments.h"
#include "botplugin.h"
#include "commandcall_p.h"
#include "pluginmanager.h"
#include "plugins/aclplugin.h"
#include "plugins/helpplugin.h"
#include "plugins/pluginsplugin.h"
#include "plugins/roomsplugin.h"
#include "plugins/utilsplugin.h"
#include "suggestions.h"

#include "core/backend.h"
#include "core/room.h"
#include "core/sendqueue.h"

namespace Botdeck {

namespace {

// Marks an operator's command whose answers stay in the console.
const QString AnswerInConsole = QStringLiteral("botdeck.answerInConsole");

// The backend's folding as the ACL takes it: named by its id, so that
// AccessControl folds its patterns once per folding instead of on every
// check, and left out for a backend that compares exactly.
struct AclFold
{
    std::function<QString(const QString &)> fold;
    QString id;
};

AclFold aclFoldOf(const Backend *backend)
{
    if (!backend)
        return {};
    QString id = backend->foldCaseId();
    if (id == Backend::ExactFoldCaseId)
        return {};
    return {[backend](const QString &text) { return backend->foldCase(text); }, std::move(id)};
}

// The position where the word after position from starts, and its end.
std::pair<qsizetype, qsizetype> nextWord(const QString &text, qsizetype from)
{
    qsizetype start = from;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    qsizetype end = start;
    while (end < text.size() && !text.at(end).isSpace())
        ++end;
    return {start, end};
}

} // namespace

Bot::Bot(QObject *parent)
    : QObject(parent)
    , m_plugins(new PluginManager(this))
    , m_startTime(QDateTime::currentDateTimeUtc())
{ }

Bot::~Bot()
{
    // Plugins see the bot while they stop, so they go first.
    delete m_plugins;
    m_plugins = nullptr;
}

void Bot::attach(Backend *backend)
{
    if (!backend || m_backends.contains(backend))
        return;
    m_backends.append(backend);
    backend->sendQueue()->setRate(m_sendRate);
    backend->sendQueue()->setBurst(m_sendBurst);
    connect(backend, &Backend::messageReceived, this,
            [this, backend](const Message &message) { handleMessage(backend, message); });
    connect(backend, &Backend::presenceChanged, this, [this, backend](const Presence &presence) {
        const QList<BotPlugin *> plugins = m_plugins->activePlugins();
        for (BotPlugin *plugin : plugins)
            plugin->handlePresence(backend, presence);
    });
    const auto watchRoom = [this](Room *room) {
        connect(room, &Room::joinedChanged, this, [this, room](bool joined) {
            const QList<BotPlugin *> plugins = m_plugins->activePlugins();
            for (BotPlugin *plugin : plugins) {
                if (joined)
                    plugin->handleRoomJoined(room);
                else
                    plugin->handleRoomLeft(room);
            }
        });
    };
    connect(backend, &Backend::roomAdded, this, watchRoom);
    const QList<Room *> rooms = backend->rooms();
    for (Room *room : rooms)
        watchRoom(room);
}

void Bot::detach(Backend *backend)
{
    if (!m_backends.removeOne(backend))
        return;
    backend->disconnect(this);
}

QList<Backend *> Bot::backends() const
{
    QList<Backend *> result;
    for (const QPointer<Backend> &backend : m_backends) {
        if (backend)
            result.append(backend);
    }
    return result;
}

QString Bot::prefix() const
{
    return m_prefix;
}

void Bot::setPrefix(const QString &prefix)
{
    m_prefix = prefix;
}

QStringList Bot::alternativePrefixes() const
{
    return m_alternativePrefixes;
}

void Bot::setAlternativePrefixes(const QStringList &prefixes)
{
    m_alternativePrefixes = prefixes;
    m_alternativePrefixes.removeAll(QString());
}

bool Bot::repliesToUnknownCommandsInRooms() const
{
    return m_repliesToUnknownInRooms;
}

void Bot::setRepliesToUnknownCommandsInRooms(bool reply)
{
    m_repliesToUnknownInRooms = reply;
}

std::chrono::milliseconds Bot::commandTimeout() const
{
    return m_commandTimeout;
}

void Bot::setCommandTimeout(std::chrono::milliseconds timeout)
{
    m_commandTimeout = timeout;
}

double Bot::sendRate() const
{
    return m_sendRate;
}

void Bot::setSendRate(double messagesPerSecond)
{
    m_sendRate = std::max(0.0, messagesPerSecond);
    for (Backend *backend : backends())
        backend->sendQueue()->setRate(m_sendRate);
}

int Bot::sendBurst() const
{
    return m_sendBurst;
}

void Bot::setSendBurst(int burst)
{
    m_sendBurst = std::max(1, burst);
    for (Backend *backend : backends())
        backend->sendQueue()->setBurst(m_sendBurst);
}

QString Bot::dataDir() const
{
    return m_dataDir;
}

void Bot::setDataDir(const QString &dir)
{
    m_dataDir = dir;
}

const AccessControl &Bot::accessControl() const
{
    return m_acl;
}

void Bot::setAccessControl(const AccessControl &acl)
{
    m_acl = acl;
}

PluginManager *Bot::plugins() const
{
    return m_plugins;
}

void Bot::addBuiltinPlugins()
{
    const QList<BotPlugin *> builtins
        = {new HelpPlugin, new UtilsPlugin, new RoomsPlugin, new PluginsPlugin, new AclPlugin};
    for (BotPlugin *plugin : builtins) {
        const Result<BotPlugin *> added = m_plugins->add(plugin);
        if (!added)
            Q_EMIT warningIssued(added.error());
    }
}

void Bot::handleMessage(Backend *backend, const Message &message)
{
    if (isOwnMessage(backend, message))
        return;
    // A copy: a plugin may switch plugins on or off while it handles this.
    const QList<BotPlugin *> plugins = m_plugins->activePlugins();
    for (BotPlugin *plugin : plugins)
        plugin->handleMessage(backend, message);
    // A room's history (XMPP MUC) names the sender by a nick that someone
    // else may hold by now, and a backend can only attribute it to the
    // current holder: running it would let anyone borrow an admin's rights
    // by speaking under their nick before they come in. It would also run
    // every old command again on each join.
    if (message.isGroup() && message.extras().value(QStringLiteral("delayed")).toBool())
        return;
    const QString text = commandText(backend, message);
    if (text.isNull()) {
        runRegexCommands(backend, message, false);
        return;
    }
    dispatch(backend, message, text, false);
}

void Bot::runAsOperator(Backend *backend, const Identifier &conversation, const QString &text, OperatorAnswers answers)
{
    QString command = text;
    const QStringList prefixes = QStringList{m_prefix} + m_alternativePrefixes;
    for (const QString &prefix : prefixes) {
        if (!prefix.isEmpty() && command.startsWith(prefix)) {
            command = command.mid(prefix.size());
            break;
        }
    }
    Message message(conversation, text);
    message.setFrom(operatorIdentifier());
    if (answers == OperatorAnswers::InConsole)
        message.setExtra(AnswerInConsole, true);
    dispatch(backend, message, command, true);
}

AclDecision Bot::explain(const QString &command, const Identifier &who, const QString &room,
                         const Backend *backend) const
{
    const CommandEntry *entry = m_plugins->command(command);
    if (!entry) {
        AclDecision unknown;
        unknown.reason = tr("there is no command called %1").arg(command);
        return unknown;
    }
    return m_acl.check(aclRequest(*entry, who, room, backend));
}

AclRequest Bot::aclRequest(const CommandEntry &entry, const Identifier &who, const QString &room,
                           const Backend *backend) const
{
    AclRequest request;
    request.command = entry.command.name;
    request.plugin = entry.plugin->name();
    request.adminOnly = entry.command.adminOnly;
    request.caller = who;
    request.room = room;
    AclFold fold = aclFoldOf(backend);
    request.fold = std::move(fold.fold);
    request.foldId = std::move(fold.id);
    return request;
}

bool Bot::isAdmin(const Identifier &who, const Backend *backend) const
{
    const AclFold fold = aclFoldOf(backend);
    return m_acl.isAdmin(who, fold.fold, fold.id);
}

void Bot::send(Backend *backend, const Message &message)
{
    // Every piece is one protocol message and costs one token: a long
    // reply is paced line by line, never written in a burst.
    const QList<Message> pieces = backend->splitMessage(message);
    SendQueue *queue = backend->sendQueue();
    for (const Message &piece : pieces) {
        if (queue->isFull()) {
            Q_EMIT warningIssued(tr("The send queue of %1 is full (%2 waiting); not queued: reply to %3: %4")
                                     .arg(backend->serviceName())
                                     .arg(queue->pendingCount())
                                     .arg(piece.to().toString(), piece.body().left(60)));
            continue;
        }
        backend->queueMessage(piece, SendQueue::Priority::Reply);
        Q_EMIT replyQueued(backend, piece);
    }
}

QDateTime Bot::startTime() const
{
    return m_startTime;
}

quint64 Bot::commandsRun() const
{
    return m_commandsRun;
}

Identifier Bot::operatorIdentifier()
{
    static const Identifier op = [] {
        Identifier id = Identifier::makePerson(QStringLiteral("operator@console"), QStringLiteral("operator"));
        id.setDisplayName(tr("Console operator"));
        id.setClient(QStringLiteral("console"));
        return id;
    }();
    return op;
}

QString Bot::commandText(const Backend *backend, const Message &message) const
{
    const QString &body = message.body();
    if (!m_prefix.isEmpty() && body.startsWith(m_prefix))
        return body.mid(m_prefix.size());
    for (const QString &prefix : m_alternativePrefixes) {
        if (body.startsWith(prefix))
            return body.mid(prefix.size());
    }
    if (message.isGroup()) {
        // "botdeck: help" and "botdeck, help" address the bot by name.
        const QString nick = backend->botIdentifier().nick();
        if (!nick.isEmpty() && body.size() > nick.size()
            && backend->foldCase(body.left(nick.size())) == backend->foldCase(nick)) {
            const QChar separator = body.at(nick.size());
            if (separator == u':' || separator == u',')
                return body.mid(nick.size() + 1).trimmed();
        }
        return {};
    }
    // In a direct message everything is meant for the bot.
    return body.isNull() ? QStringLiteral("") : body;
}

bool Bot::isOwnMessage(const Backend *backend, const Message &message) const
{
    const Identifier self = backend->botIdentifier();
    const Identifier from = message.from();
    if (self.isNull() || from.isNull())
        return false;
    if (from.person() == self.person())
        return true;
    return from.isOccupant() && backend->foldCase(from.nick()) == backend->foldCase(self.nick());
}

void Bot::dispatch(Backend *backend, const Message &message, const QString &text, bool asOperator)
{
    const auto [start, end] = nextWord(text, 0);
    if (start == end) {
        runRegexCommands(backend, message, asOperator);
        return;
    }
    // Longest command name first: "room join" before "room".
    QStringList words;
    QList<qsizetype> ends;
    qsizetype position = start;
    for (int i = 0; i < 3 && position < text.size(); ++i) {
        const auto [wordStart, wordEnd] = nextWord(text, position);
        if (wordStart == wordEnd)
            break;
        words.append(text.mid(wordStart, wordEnd - wordStart));
        ends.append(wordEnd);
        position = wordEnd;
    }
    int consumed = 0;
    const CommandEntry *entry = m_plugins->findCommand(words, &consumed);
    if (!entry) {
        if (!runRegexCommands(backend, message, asOperator))
            unknownCommand(backend, message, words.mid(0, 2).join(u' '), asOperator);
        return;
    }
    const QString argumentText = text.mid(ends.at(consumed - 1)).trimmed();
    run(backend, message, *entry, argumentText, nullptr, asOperator);
}

bool Bot::runRegexCommands(Backend *backend, const Message &message, bool asOperator)
{
    const QList<const CommandEntry *> regexCommands = m_plugins->regexCommands();
    for (const CommandEntry *entry : regexCommands) {
        const QRegularExpressionMatch match = entry->command.pattern.match(message.body());
        if (match.hasMatch()) {
            run(backend, message, *entry, message.body(), &match, asOperator);
            return true;
        }
    }
    return false;
}

void Bot::run(Backend *backend, const Message &message, const CommandEntry &entry, const QString &argumentText,
              const QRegularExpressionMatch *match, bool asOperator)
{
    const BotCommand &command = entry.command;
    if (!asOperator) {
        const AclDecision decision = m_acl.check(aclRequest(entry, message.from(), message.room(), backend));
        if (!decision.allowed) {
            answer(backend, message, asOperator, tr("You may not run %1: %2").arg(command.name, decision.reason));
            return;
        }
    }

    auto state = std::make_shared<CommandCall::State>();
    state->bot = this;
    state->backend = backend;
    state->message = message;
    state->command = command.name;
    state->argumentText = argumentText;
    if (match)
        state->match = *match;
    state->isOperator = asOperator;
    if (command.rawArguments) {
        static const QRegularExpression whiteSpace(QStringLiteral("\\s+"));
        state->arguments = argumentText.split(whiteSpace, Qt::SkipEmptyParts);
    } else if (!command.isRegex()) {
        const Result<QStringList> arguments = splitArguments(argumentText);
        if (!arguments) {
            answer(backend, message, asOperator,
                   tr("I could not read the arguments of %1: %2").arg(command.name, arguments.error()));
            return;
        }
        state->arguments = arguments.value();
    }

    CommandCall call;
    call.d = state;
    ++m_commandsRun;
    Q_EMIT commandStarted(backend, command.name, message.from());
    try {
        command.handler(call);
    } catch (const std::exception &error) {
        deliverReply(state, tr("Sorry, %1 failed: %2").arg(command.name, QString::fromLocal8Bit(error.what())), false);
        finishCall(state, false);
        return;
    }
    if (!state->deferred) {
        finishCall(state, false);
        return;
    }
    if (!state->finished) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, state] { finishCall(state, true); });
        timer->start(m_commandTimeout);
        state->timeout = timer;
    }
}

void Bot::answer(Backend *backend, const Message &message, bool asOperator, const QString &text)
{
    reply(backend, message, asOperator, text, false);
}

void Bot::reply(Backend *backend, const Message &message, bool asOperator, const QString &text, bool privately)
{
    // What the operator asks from the console is nobody else's business,
    // unless they said it in the room (/say).
    if (asOperator && message.extras().value(AnswerInConsole).toBool()) {
        Q_EMIT operatorAnswered(backend, message.to(), text);
        return;
    }
    send(backend, replyFor(backend, message, asOperator, text, privately));
}

void Bot::unknownCommand(Backend *backend, const Message &message, const QString &words, bool asOperator)
{
    if (message.isGroup() && !asOperator && !m_repliesToUnknownInRooms)
        return;
    // words holds the first two words written. When the first names a group
    // of commands ("room join", "room list"), the second is the mistake and
    // the suggestions come from that group; otherwise only the first counts.
    const QString first = words.section(u' ', 0, 0);
    const QString groupPrefix = first.toLower() + u' ';
    QStringList names;
    QStringList group;
    const QList<const CommandEntry *> commands = m_plugins->commands();
    for (const CommandEntry *entry : commands) {
        names.append(entry->command.name.section(u' ', 0, 0));
        if (entry->command.name.toLower().startsWith(groupPrefix))
            group.append(entry->command.name);
    }
    names.removeDuplicates();
    if (!group.isEmpty() && !words.contains(u' ')) {
        for (QString &candidate : group)
            candidate.prepend(m_prefix);
        answer(backend, message, asOperator,
               tr("\"%1\" needs one more word: %2.").arg(first, group.join(QStringLiteral(", "))));
        return;
    }
    const QString name = group.isEmpty() ? first : words;
    QStringList close;
    if (group.isEmpty()) {
        close = closestMatches(first, names);
    } else {
        QStringList rests;
        for (const QString &candidate : std::as_const(group))
            rests.append(candidate.section(u' ', 1));
        const QString groupName = group.constFirst().section(u' ', 0, 0);
        const QStringList closeRests = closestMatches(words.section(u' ', 1), rests);
        for (const QString &rest : closeRests)
            close.append(groupName + u' ' + rest);
    }
    if (close.isEmpty()) {
        answer(backend, message, asOperator,
               tr("Unknown command \"%1\". Say %2help for the list.").arg(name, m_prefix));
        return;
    }
    QStringList shown;
    for (const QString &candidate : close)
        shown.append(m_prefix + candidate);
    answer(backend, message, asOperator,
           tr("Unknown command \"%1\". Did you mean %2?").arg(name, shown.join(tr(" or "))));
}

void Bot::deliverReply(const CallPointer &call, const QString &text, bool privately)
{
    if (call->finished) {
        Q_EMIT warningIssued(
            tr("%1 replied after it had finished (or timed out); dropped: %2").arg(call->command, text.left(80)));
        return;
    }
    if (!call->backend || text.isEmpty())
        return;
    reply(call->backend, call->message, call->isOperator, text, privately);
}

void Bot::finishCall(const CallPointer &call, bool timedOut)
{
    if (call->finished.exchange(true))
        return;
    if (call->timeout)
        call->timeout->deleteLater();
    if (timedOut && call->backend) {
        reply(call->backend, call->message, call->isOperator,
              tr("Sorry, %1 timed out after %2 s.").arg(call->command).arg(double(m_commandTimeout.count()) / 1000.0),
              false);
    }
    Q_EMIT commandFinished(call->backend, call->command, call->message.from(), timedOut);
}

Message Bot::replyFor(Backend *backend, const Message &message, bool asOperator, const QString &text,
                      bool privately) const
{
    if (asOperator) {
        Message reply(message.to(), text);
        reply.setFrom(backend->botIdentifier());
        return reply;
    }
    return backend->buildReply(message, text, privately);
}

} // namespace Botdeck
