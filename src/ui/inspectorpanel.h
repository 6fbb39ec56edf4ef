#pragma once

#include "core/identifier.h"

#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace Botdeck {

class AccessPanel;
class Backend;
class Bot;
class Room;

// Every field of one Identifier, read-only and copyable: kind, person,
// client, nick, displayName, aclAttr, room, and the backend's extras; and,
// once it has the bot, what the bot's ACLs make of that person
// (AccessPanel).
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget *parent = nullptr);

    // about says whose identifier it is ("the bot on local service").
    void setIdentifier(const Identifier &identifier, const QString &about = {});
    Identifier identifier() const;
    // Whose it is, as the panel's heading says it.
    QString about() const;

    // Keeps the occupant shown current while room reports them: a new nick,
    // rank or away state shows at once, a leave is said. Null stops.
    void follow(Room *room);
    // The connection of what is shown (setContext()).
    Backend *backend() const;

    // The bot whose ACLs are explained; none hides that section.
    void setBot(Bot *bot);
    // Where the next identifier is seen: its connection and the room of the
    // selected conversation (empty: a direct conversation). Set before
    // setIdentifier().
    void setContext(Backend *backend, const QString &room);
    AccessPanel *access() const { return m_access; }

    // The text shown for a field ("person", "nick", an extras key), for
    // tests and for copying; empty when there is no such row.
    QString value(const QString &field) const;
    QStringList fields() const;
    static QString describe(Identifier::Kind kind);

private:
    void addRow(const QString &field, const QString &label, const QString &value);
    void copyAll() const;
    bool isShown(const Identifier &occupant) const;

    Identifier m_identifier;
    QLabel *m_about;
    QFormLayout *m_form;
    QWidget *m_rows;
    QStringList m_fields;
    AccessPanel *m_access;
    QPointer<Backend> m_backend;
    QString m_room;
    QPointer<Room> m_followed;
};

} // namespace Botdeck
