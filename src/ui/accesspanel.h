#pragma once

#include "core/identifier.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace Botdeck {

class Backend;
class Bot;

// The inspector's access section: which identifier field the bot's ACLs
// match for this person (aclAttr, with its value), whether they are an
// admin, and for a command chosen from the active plugins' commands whether
// they may run it here (in the selected room, or in a direct message) and
// why, in the words of Bot::explain(). Hidden while there is no bot.
class AccessPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AccessPanel(QWidget *parent = nullptr);

    void setBot(Bot *bot);
    Bot *bot() const;
    // Who is inspected, through which connection, and where the question
    // is asked (a room id; empty for a direct message).
    void setSubject(const Identifier &who, Backend *backend, const QString &room);

    QString command() const;
    // False when command is not offered by any active plugin.
    bool setCommand(const QString &command);
    QStringList commands() const;

    // What is shown, for tests and for copying.
    QString matchedField() const;
    QString adminText() const;
    QString whereText() const;
    QString explanation() const;
    bool isAllowed() const;

    // Recomputes everything, e.g. after the bot's ACL was replaced.
    void refresh();

private:
    void reloadCommands();
    void explain();

    QPointer<Bot> m_bot;
    QPointer<Backend> m_backend;
    Identifier m_who;
    QString m_room;
    bool m_allowed = false;
    QLabel *m_field;
    QLabel *m_admin;
    QComboBox *m_command;
    QLabel *m_where;
    QLabel *m_verdict;
};

} // namespace Botdeck
