#include "slashcommand.h"

#include <QRegularExpression>

namespace Botdeck {

const QList<SlashCommand::Spec> &SlashCommand::commands()
{
    // Built on first use, after a translator may have been installed.
    static const QList<Spec> table = {
        {QStringLiteral("join"), {}, 1, tr("/join #room [key]"), tr("Joins a room, with its key if it has one.")},
        {QStringLiteral("part"), {QStringLiteral("leave")}, 0, tr("/part [reason]"), tr("Leaves the current room.")},
        {QStringLiteral("nick"),
         {},
         1,
         tr("/nick newnick"),
         tr("Changes the bot's nick (on XMPP, its nick in every room).")},
        {QStringLiteral("msg"), {}, 2, tr("/msg target text"), tr("Sends text to a person or a room.")},
        {QStringLiteral("query"),
         {},
         1,
         tr("/query nick [text]"),
         tr("Opens the direct conversation with nick, and sends text there.")},
        {QStringLiteral("me"), {}, 1, tr("/me action"), tr("Sends an action.")},
        {QStringLiteral("say"),
         {},
         1,
         tr("/say text"),
         tr("Says text as it is; /say !command runs the command so that the bot answers in the conversation for "
            "everyone (a plain !command is answered to you only).")},
        {QStringLiteral("topic"),
         {},
         0,
         tr("/topic [new topic]"),
         tr("Sets the current room's topic; without a topic, shows it.")},
        {QStringLiteral("mode"),
         {},
         1,
         tr("/mode +o|-o|+v|-v|+b nick, or /mode modes..."),
         tr("Gives or takes operator status or voice, or bans, in the current room; on IRC other modes go to the "
            "server as MODE.")},
        {QStringLiteral("kick"), {}, 1, tr("/kick nick [reason]"), tr("Removes someone from the current room.")},
        {QStringLiteral("whois"),
         {},
         1,
         tr("/whois nick"),
         tr("Asks the service who someone is; the answer appears here.")},
        {QStringLiteral("away"),
         {},
         0,
         tr("/away [message]"),
         tr("Marks the bot away with message; without a message, back online.")},
        {QStringLiteral("invite"),
         {},
         1,
         tr("/invite nick [#room]"),
         tr("Invites someone to a room, the current one by default.")},
        {QStringLiteral("quote"),
         {QStringLiteral("raw")},
         1,
         tr("/quote line"),
         tr("IRC only: sends a raw protocol line, after asking for confirmation.")},
        {QStringLiteral("clear"), {}, 0, tr("/clear"), tr("Clears the conversation view.")},
        {QStringLiteral("help"), {}, 0, tr("/help [command]"), tr("Lists the commands, or explains one.")},
    };
    return table;
}

const SlashCommand::Spec *SlashCommand::find(const QString &name)
{
    for (const Spec &spec : commands()) {
        if (spec.name.compare(name, Qt::CaseInsensitive) == 0 || spec.aliases.contains(name, Qt::CaseInsensitive))
            return &spec;
    }
    return nullptr;
}

SlashCommand SlashCommand::parse(const QString &line)
{
    SlashCommand command;
    static const QString slash = QStringLiteral("/");
    if (!line.startsWith(slash)) {
        command.m_text = line;
        return command;
    }
    // "//text" escapes the slash: the literal "/text" is sent.
    if (line.startsWith(slash + slash)) {
        command.m_text = line.mid(1);
        return command;
    }
    static const QRegularExpression space(QStringLiteral("\\s"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const qsizetype end = line.indexOf(space);
    const QString word = line.mid(1, end < 0 ? -1 : end - 1);
    command.m_argumentText = end < 0 ? QString() : line.mid(end + 1);
    command.m_arguments = command.m_argumentText.split(spaces, Qt::SkipEmptyParts);
    const Spec *spec = find(word);
    if (!spec) {
        command.m_kind = Kind::Unknown;
        command.m_name = word.toLower();
        command.m_error = tr("Unknown command /%1: /help lists them; //%1 sends the text \"/%1\"").arg(word);
        return command;
    }
    command.m_name = spec->name;
    if (command.m_arguments.size() < spec->minArguments) {
        command.m_kind = Kind::UsageError;
        command.m_error = tr("Usage: %1 (%2)").arg(spec->usage, spec->help);
        return command;
    }
    command.m_kind = Kind::Command;
    return command;
}

QString SlashCommand::rest(int count) const
{
    // Skip count words and the space after each, keeping the rest verbatim.
    static const QRegularExpression word(QStringLiteral("^\\s*\\S+\\s?"));
    QString text = m_argumentText;
    for (int i = 0; i < count; ++i)
        text = text.remove(word);
    return text.trimmed();
}

} // namespace Botdeck
