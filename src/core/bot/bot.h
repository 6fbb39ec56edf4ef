#pragma once

#include "accesscontrol.h"
#include "botcommand.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>

namespace Botdeck {

class Backend;
class Message;
class PluginManager;
struct CommandEntry;

// The bot: attached to one or more backends, it turns messages into
// command calls, checks who may run them, runs them and sends the replies
// through each backend's rate-limited send queue. It never blocks: slow
// commands finish later, and a time limit answers for those that never do.
class Bot : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString prefix READ prefix WRITE setPrefix)

public:
    explicit Bot(QObject *parent = nullptr);
    ~Bot() override;

    void attach(Backend *backend);
    void detach(Backend *backend);
    QList<Backend *> backends() const;

    // "!" by default; alternative prefixes work the same way.
    QString prefix() const;
    void setPrefix(const QString &prefix);
    QStringList alternativePrefixes() const;
    void setAlternativePrefixes(const QStringList &prefixes);
    // Whether an unknown command in a room gets a reply (it always does in
    // a direct message).
    bool repliesToUnknownCommandsInRooms() const;
    void setRepliesToUnknownCommandsInRooms(bool reply);
    std::chrono::milliseconds commandTimeout() const;
    void setCommandTimeout(std::chrono::milliseconds timeout);
    // Applied to the send queue of every attached backend; 0 = unlimited.
    double sendRate() const;
    void setSendRate(double messagesPerSecond);
    int sendBurst() const;
    void setSendBurst(int burst);
    // Where plugins keep their storage; empty: no storage.
    QString dataDir() const;
    void setDataDir(const QString &dir);

    const AccessControl &accessControl() const;
    void setAccessControl(const AccessControl &acl);
    PluginManager *plugins() const;
    // Help, Utils, Rooms, Plugins and ACL.
    void addBuiltinPlugins();

    // Everything a backend receives comes through here; public so tests and
    // benchmarks can feed messages without a network.
    void handleMessage(Backend *backend, const Message &message);
    // Where the answers to the operator's commands go: to the console only
    // (operatorAnswered), or said in the conversation for everyone there.
    enum class OperatorAnswers { InConsole, InConversation };
    // A line typed in the console: run as the operator, who is an admin, in
    // the conversation it was typed in.
    void runAsOperator(Backend *backend, const Identifier &conversation, const QString &text,
                       OperatorAnswers answers = OperatorAnswers::InConsole);
    // Whether who may run command in room (empty: a direct message), and
    // why: the same answer the dispatcher would give.
    AclDecision explain(const QString &command, const Identifier &who, const QString &room,
                        const Backend *backend) const;
    bool isAdmin(const Identifier &who, const Backend *backend) const;
    // Splits message to the backend's size limit and queues it as a reply.
    void send(Backend *backend, const Message &message);

    QDateTime startTime() const;
    quint64 commandsRun() const;
    static Identifier operatorIdentifier();

Q_SIGNALS:
    void commandStarted(Botdeck::Backend *backend, const QString &command, const Botdeck::Identifier &caller);
    void commandFinished(Botdeck::Backend *backend, const QString &command, const Botdeck::Identifier &caller,
                         bool timedOut);
    void replyQueued(Botdeck::Backend *backend, const Botdeck::Message &reply);
    // An answer to the operator that only the console shows.
    void operatorAnswered(Botdeck::Backend *backend, const Botdeck::Identifier &conversation, const QString &text);
    void warningIssued(const QString &warning);

private:
    friend class CommandCall;
    using CallPointer = std::shared_ptr<CommandCall::State>;

    QString commandText(const Backend *backend, const Message &message) const;
    bool isOwnMessage(const Backend *backend, const Message &message) const;
    void dispatch(Backend *backend, const Message &message, const QString &text, bool asOperator);
    bool runRegexCommands(Backend *backend, const Message &message, bool asOperator);
    AclRequest aclRequest(const CommandEntry &entry, const Identifier &who, const QString &room,
                          const Backend *backend) const;
    void run(Backend *backend, const Message &message, const CommandEntry &entry, const QString &argumentText,
             const QRegularExpressionMatch *match, bool asOperator);
    void answer(Backend *backend, const Message &message, bool asOperator, const QString &text);
    // Sends the reply, or hands it to the console when the operator asked there.
    void reply(Backend *backend, const Message &message, bool asOperator, const QString &text, bool privately);
    void unknownCommand(Backend *backend, const Message &message, const QString &name, bool asOperator);
    void deliverReply(const CallPointer &call, const QString &text, bool privately);
    void finishCall(const CallPointer &call, bool timedOut);
    Message replyFor(Backend *backend, const Message &message, bool asOperator, const QString &text,
                     bool privately) const;

    QList<QPointer<Backend>> m_backends;
    QString m_prefix = QStringLiteral("!");
    QStringList m_alternativePrefixes;
    bool m_repliesToUnknownInRooms = true;
    std::chrono::milliseconds m_commandTimeout{30000};
    double m_sendRate = 1;
    int m_sendBurst = 5;
    QString m_dataDir;
    AccessControl m_acl;
    PluginManager *m_plugins;
    QDateTime m_startTime;
    quint64 m_commandsRun = 0;
};

} // namespace Botdeck
