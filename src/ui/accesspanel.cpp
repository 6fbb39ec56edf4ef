#include "accesspanel.h"

#include "core/backend.h"
#include "core/bot/bot.h"
#include "core/bot/pluginmanager.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Botdeck {

namespace {

QLabel *makeValue(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

AccessPanel::AccessPanel(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *box = new QGroupBox(tr("Access (the bot's ACLs)"), this);
    outer->addWidget(box);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_field = makeValue(QStringLiteral("acl-field"), box);
    form->addRow(tr("Matched on"), m_field);
    m_admin = makeValue(QStringLiteral("acl-admin"), box);
    form->addRow(tr("Admin"), m_admin);
    m_command = new QComboBox(box);
    m_command->setObjectName(QStringLiteral("acl-command"));
    m_command->setToolTip(tr("The command to check: every command of the active plugins"));
    m_command->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    form->addRow(tr("Command"), m_command);
    m_where = makeValue(QStringLiteral("acl-where"), box);
    form->addRow(tr("Here"), m_where);
    m_verdict = makeValue(QStringLiteral("acl-verdict"), box);
    form->addRow(tr("May run it?"), m_verdict);
    connect(m_command, &QComboBox::currentIndexChanged, this, &AccessPanel::explain);
    setBot(nullptr);
}

void AccessPanel::setBot(Bot *bot)
{
    if (m_bot)
        disconnect(m_bot->plugins(), nullptr, this, nullptr);
    m_bot = bot;
    if (bot) {
        connect(bot->plugins(), &PluginManager::pluginActivated, this, &AccessPanel::refresh);
        connect(bot->plugins(), &PluginManager::pluginDeactivated, this, &AccessPanel::refresh);
    }
    refresh();
}

Bot *AccessPanel::bot() const
{
    return m_bot;
}

void AccessPanel::setSubject(const Identifier &who, Backend *backend, const QString &room)
{
    m_who = who;
    m_backend = backend;
    m_room = room;
    refresh();
}

QString AccessPanel::command() const
{
    return m_command->currentText();
}

bool AccessPanel::setCommand(const QString &command)
{
    const int index = m_command->findText(command);
    if (index < 0)
        return false;
    m_command->setCurrentIndex(index);
    return true;
}

QStringList AccessPanel::commands() const
{
    QStringList names;
    for (int i = 0; i < m_command->count(); ++i)
        names.append(m_command->itemText(i));
    return names;
}

QString AccessPanel::matchedField() const
{
    return m_field->text();
}

QString AccessPanel::adminText() const
{
    return m_admin->text();
}

QString AccessPanel::whereText() const
{
    return m_where->text();
}

QString AccessPanel::explanation() const
{
    return m_verdict->text();
}

bool AccessPanel::isAllowed() const
{
    return m_allowed;
}

void AccessPanel::refresh()
{
    // People are what ACLs are about; a room or nobody has nothing to show.
    setVisible(m_bot && (m_who.isPerson() || m_who.isOccupant()));
    reloadCommands();
    if (!m_bot || m_who.isNull()) {
        m_field->clear();
        m_admin->clear();
        m_where->clear();
        m_verdict->clear();
        m_allowed = false;
        return;
    }
    m_field->setText(
        tr("aclAttr = %1").arg(m_who.aclAttr().isEmpty() ? tr("(empty: no rule can match)") : m_who.aclAttr()));
    m_admin->setText(m_bot->isAdmin(m_who, m_backend) ? tr("yes: may run every command, admin-only ones too")
                                                      : tr("no"));
    m_where->setText(m_room.isEmpty() ? tr("in a direct message") : tr("in %1").arg(m_room));
    explain();
}

void AccessPanel::reloadCommands()
{
    // Keeps the chosen command while it still exists.
    const QString chosen = m_command->currentText();
    const QSignalBlocker blocker(m_command);
    m_command->clear();
    if (m_bot)
        m_command->addItems(m_bot->plugins()->commandNames());
    const int index = m_command->findText(chosen);
    m_command->setCurrentIndex(index >= 0 ? index : (m_command->count() > 0 ? 0 : -1));
}

void AccessPanel::explain()
{
    m_allowed = false;
    if (!m_bot || m_who.isNull())
        return;
    if (m_command->currentIndex() < 0) {
        m_verdict->setText(tr("No active plugin offers a command."));
        return;
    }
    const AclDecision decision = m_bot->explain(m_command->currentText(), m_who, m_room, m_backend);
    m_allowed = decision.allowed;
    QStringList details;
    if (!decision.rule.isEmpty())
        details.append(tr("rule: %1").arg(decision.rule));
    if (!decision.field.isEmpty())
        details.append(tr("field: %1").arg(decision.field));
    if (!decision.value.isEmpty())
        details.append(tr("value: %1").arg(decision.value));
    if (!decision.pattern.isEmpty())
        details.append(tr("pattern: %1").arg(decision.pattern));
    QString text = (decision.allowed ? tr("Allowed: %1") : tr("Denied: %1")).arg(decision.reason);
    if (!details.isEmpty())
        text += QStringLiteral("\n(") + details.join(QStringLiteral(", ")) + u')';
    m_verdict->setText(text);
    m_verdict->setStyleSheet(decision.allowed ? QStringLiteral("color: #1d7a33") : QStringLiteral("color: #c82a2a"));
}

} // namespace Botdeck
