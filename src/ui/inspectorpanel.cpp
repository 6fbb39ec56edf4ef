#include "inspectorpanel.h"

#include "accesspanel.h"

#include "core/backend.h"
#include "core/room.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace Botdeck {

namespace {

QString renderValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? InspectorPanel::tr("yes") : InspectorPanel::tr("no");
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral(", "));
    return value.toString();
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_about(new QLabel(this))
    , m_form(nullptr)
    , m_rows(nullptr)
    , m_access(new AccessPanel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_about->setWordWrap(true);
    layout->addWidget(m_about);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_rows = new QWidget(scroll);
    m_form = new QFormLayout(m_rows);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock a value goes under its label rather than shrink to a
    // few characters.
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    scroll->setWidget(m_rows);
    layout->addWidget(scroll, 1);
    m_access->setObjectName(QStringLiteral("inspector-access"));
    layout->addWidget(m_access);
    auto *copy = new QPushButton(tr("Copy all"), this);
    copy->setObjectName(QStringLiteral("inspector-copy-all"));
    connect(copy, &QPushButton::clicked, this, &InspectorPanel::copyAll);
    layout->addWidget(copy, 0, Qt::AlignRight);
    setIdentifier({});
}

void InspectorPanel::setIdentifier(const Identifier &identifier, const QString &about)
{
    m_identifier = identifier;
    m_access->setSubject(identifier, m_backend, m_room);
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    if (identifier.isNull()) {
        m_about->setText(tr("Select an occupant, a message or a connection to see who is behind it."));
        return;
    }
    m_about->setText(about.isEmpty() ? identifier.toString() : about);
    addRow(QStringLiteral("kind"), tr("Kind"), describe(identifier.kind()));
    addRow(QStringLiteral("person"), tr("Person"), identifier.person());
    addRow(QStringLiteral("client"), tr("Client"), identifier.client());
    addRow(QStringLiteral("nick"), tr("Nick"), identifier.nick());
    addRow(QStringLiteral("displayName"), tr("Display name"), identifier.displayName());
    addRow(QStringLiteral("aclAttr"), tr("ACL attribute"), identifier.aclAttr());
    addRow(QStringLiteral("room"), tr("Room"), identifier.room());
    if (identifier.isOccupant())
        addRow(QStringLiteral("canContactPrivately"), tr("Reachable privately"),
               renderValue(identifier.canContactPrivately()));
    const QVariantMap extras = identifier.extras();
    for (auto it = extras.cbegin(); it != extras.cend(); ++it)
        addRow(it.key(), it.key(), renderValue(it.value()));
}

void InspectorPanel::follow(Room *room)
{
    if (m_followed)
        disconnect(m_followed, nullptr, this, nullptr);
    m_followed = room;
    if (!room)
        return;
    connect(room, &Room::occupantChanged, this, [this](const Identifier &before, const Identifier &after) {
        if (isShown(before))
            setIdentifier(after, m_about->text().replace(before.toString(), after.toString()));
    });
    connect(room, &Room::occupantLeft, this, [this, room](const Identifier &who, const QString &) {
        if (!isShown(who))
            return;
        m_about->setText(tr("%1 — no longer in %2").arg(m_about->text(), room->name()));
        follow(nullptr);
    });
}

bool InspectorPanel::isShown(const Identifier &occupant) const
{
    if (!m_identifier.isOccupant() || !m_followed || occupant.room() != m_identifier.room())
        return false;
    const Backend *backend = m_followed->backend();
    return backend ? backend->foldCase(occupant.nick()) == backend->foldCase(m_identifier.nick())
                   : occupant.nick() == m_identifier.nick();
}

Backend *InspectorPanel::backend() const
{
    return m_backend;
}

QString InspectorPanel::about() const
{
    return m_about->text();
}

Identifier InspectorPanel::identifier() const
{
    return m_identifier;
}

void InspectorPanel::setBot(Bot *bot)
{
    m_access->setBot(bot);
}

void InspectorPanel::setContext(Backend *backend, const QString &room)
{
    m_backend = backend;
    m_room = room;
    m_access->setSubject(m_identifier, m_backend, m_room);
}

QString InspectorPanel::value(const QString &field) const
{
    const auto *edit = m_rows->findChild<QLineEdit *>(QStringLiteral("inspector-") + field);
    return edit ? edit->text() : QString();
}

QStringList InspectorPanel::fields() const
{
    return m_fields;
}

QString InspectorPanel::describe(Identifier::Kind kind)
{
    switch (kind) {
    case Identifier::Kind::Person:
        return tr("person");
    case Identifier::Kind::Occupant:
        return tr("occupant (a person in a room)");
    case Identifier::Kind::Room:
        return tr("room");
    case Identifier::Kind::Null:
        break;
    }
    return tr("none");
}

void InspectorPanel::addRow(const QString &field, const QString &label, const QString &value)
{
    auto *row = new QWidget(m_rows);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *edit = new QLineEdit(value, row);
    edit->setObjectName(QStringLiteral("inspector-") + field);
    edit->setReadOnly(true);
    edit->setCursorPosition(0);
    if (value.isEmpty())
        edit->setPlaceholderText(tr("(none)"));
    edit->setMinimumWidth(edit->fontMetrics().averageCharWidth() * 18);
    layout->addWidget(edit, 1);
    auto *copy = new QToolButton(row);
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy %1 to the clipboard").arg(label));
    copy->setAutoRaise(true);
    connect(copy, &QToolButton::clicked, this, [value] { QApplication::clipboard()->setText(value); });
    layout->addWidget(copy);
    m_form->addRow(label, row);
    m_fields.append(field);
}

void InspectorPanel::copyAll() const
{
    QStringList lines;
    for (const QString &field : m_fields)
        lines.append(QStringLiteral("%1: %2").arg(field, value(field)));
    QApplication::clipboard()->setText(lines.join(u'\n'));
}

} // namespace Botdeck
