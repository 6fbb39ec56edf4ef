#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Botdeck {

// One line typed in the console input, read the way IRC clients read it:
// "/word args" is a command for the console, "//text" is the literal
// "/text", anything else is text to send. A value type: parsing does not
// execute anything, so the table and its messages can be tested alone.
class SlashCommand
{
    Q_DECLARE_TR_FUNCTIONS(SlashCommand)

public:
    enum class Kind {
        Text,       // send text() as it is
        Command,    // a known command with enough arguments
        Unknown,    // "/word" that is no command: never sent
        UsageError, // a known command missing arguments: error() says how to call it
    };

    // What the console knows about one command, for /help and usage errors.
    struct Spec
    {
        QString name;
        QStringList aliases;
        int minArguments;
        QString usage;
        QString help;
    };

    static SlashCommand parse(const QString &line);
    static const QList<Spec> &commands();
    // The command called name or one of its aliases (case-insensitive), or
    // nullptr.
    static const Spec *find(const QString &name);

    Kind kind() const { return m_kind; }
    // The command's canonical name, lower case (an alias resolves to it).
    QString name() const { return m_name; }
    QString text() const { return m_text; }
    QString error() const { return m_error; }
    QStringList arguments() const { return m_arguments; }
    // The argument at index, or an empty string.
    QString argument(int index) const { return m_arguments.value(index); }
    // Everything after the first count arguments, with its spacing kept:
    // the free text of "/msg target text" or "/kick nick reason".
    QString rest(int count) const;

private:
    Kind m_kind = Kind::Text;
    QString m_name;
    QString m_text;
    QString m_error;
    QStringList m_arguments;
    QString m_argumentText;
};

} // namespace Botdeck
