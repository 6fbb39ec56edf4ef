#include "occupantspanel.h"

#include "models/occupantmodel.h"
#include "models/occupantproxymodel.h"
#include "occupantdelegate.h"

#include "core/backend.h"
#include "core/room.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

namespace Botdeck {

OccupantsPanel::OccupantsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new OccupantModel(this))
    , m_proxy(new OccupantProxyModel(this))
    , m_count(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QListView(this))
{
    // When the selected person leaves, the view moves to a neighbour: that
    // is nobody's choice, and the inspector keeps saying who left. Connected
    // before the proxy is, so that the flag is up before the view hears of
    // the removal, and (below) down only after.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_rowsGoing = true; });
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    m_count->setObjectName(QStringLiteral("occupant-count"));
    layout->addWidget(m_count);
    m_filter->setObjectName(QStringLiteral("occupant-filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &OccupantProxyModel::setFilterText);
    connect(m_filter, &QLineEdit::textChanged, this, &OccupantsPanel::showCount);
    layout->addWidget(m_filter);
    m_view->setObjectName(QStringLiteral("occupant-view"));
    // Uniform rows keep layout cheap in a 10 000-person room.
    m_view->setUniformItemSizes(true);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new OccupantDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &OccupantsPanel::showContextMenu);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_rowsGoing = false; });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && !m_rowsGoing)
            Q_EMIT occupantSelected(current.data(OccupantModel::IdentifierRole).value<Identifier>());
    });
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT conversationRequested(index.data(OccupantModel::IdentifierRole).value<Identifier>().toPerson());
    });
    layout->addWidget(m_view, 1);
    // The proxy drops a row before its source does, so both are watched:
    // the count settles once each has finished.
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(m_model), static_cast<QAbstractItemModel *>(m_proxy)}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &OccupantsPanel::showCount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &OccupantsPanel::showCount);
        connect(model, &QAbstractItemModel::modelReset, this, &OccupantsPanel::showCount);
    }
    // A change of rank changes the counts, not the rows.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OccupantsPanel::showCount);
    showCount();
}

void OccupantsPanel::setRoom(Room *room)
{
    if (room == m_model->room())
        return;
    m_model->setRoom(room);
}

Room *OccupantsPanel::room() const
{
    return m_model->room();
}

OccupantModel *OccupantsPanel::model() const
{
    return m_model;
}

OccupantProxyModel *OccupantsPanel::proxy() const
{
    return m_proxy;
}

QListView *OccupantsPanel::view() const
{
    return m_view;
}

QLineEdit *OccupantsPanel::filter() const
{
    return m_filter;
}

QString OccupantsPanel::countText() const
{
    return m_count->text();
}

QStringList OccupantsPanel::nicks() const
{
    QStringList result;
    const int count = m_model->rowCount();
    result.reserve(count);
    for (int row = 0; row < count; ++row)
        result.append(m_model->occupant(row).nick());
    return result;
}

void OccupantsPanel::showCount()
{
    if (!m_model->room()) {
        m_count->setText(tr("No room selected"));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    QString text = total == 1 ? tr("1 person") : tr("%1 people").arg(total);
    if (shown != total)
        text = tr("%1 of %2").arg(shown).arg(text);
    // Those who run the room, then those who may speak in it, as
    // Konversation and HexChat count them.
    const int operators
        = m_model->countOf(Standing::Owner) + m_model->countOf(Standing::Admin) + m_model->countOf(Standing::Operator);
    const int halfOperators = m_model->countOf(Standing::HalfOperator);
    const int voiced = m_model->countOf(Standing::Voiced);
    QStringList ranks;
    if (operators > 0)
        ranks.append(operators == 1 ? tr("1 operator") : tr("%1 operators").arg(operators));
    if (halfOperators > 0)
        ranks.append(halfOperators == 1 ? tr("1 half-operator") : tr("%1 half-operators").arg(halfOperators));
    if (voiced > 0)
        ranks.append(tr("%1 voiced").arg(voiced));
    if (!ranks.isEmpty())
        text = tr("%1 (%2)").arg(text, ranks.join(QStringLiteral(", ")));
    m_count->setText(text);
}

void OccupantsPanel::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    if (!index.isValid())
        return;
    const Identifier occupant = index.data(OccupantModel::IdentifierRole).value<Identifier>();
    QMenu menu(this);
    menu.addAction(tr("Inspect %1").arg(occupant.nick()), this,
                   [this, occupant] { Q_EMIT inspectRequested(occupant); });
    QAction *talk = menu.addAction(tr("Open a conversation"), this,
                                   [this, occupant] { Q_EMIT conversationRequested(occupant.toPerson()); });
    talk->setEnabled(occupant.canContactPrivately());
    menu.addAction(tr("Who is %1? (whois)").arg(occupant.nick()), this,
                   [this, occupant] { Q_EMIT whoisRequested(occupant); });
    menu.addAction(tr("Copy nick"), this, [occupant] { QApplication::clipboard()->setText(occupant.nick()); });
    addRoomActions(menu, occupant);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void OccupantsPanel::addRoomActions(QMenu &menu, const Identifier &occupant)
{
    Room *room = m_model->room();
    if (!room || !room->isJoined())
        return;
    const Room::Actions actions = room->supportedActions();
    if (actions == Room::Actions())
        return;
    // The service has the last word; this only spares the operator requests
    // it is sure to refuse.
    const Standing mine = standingOf(room->occupant(room->backend()->botIdentifier().nick()));
    const Standing theirs = standingOf(occupant);
    const bool isBot = room->backend()->foldCase(occupant.nick())
        == room->backend()->foldCase(room->backend()->botIdentifier().nick());
    const QPointer<Room> target(room);
    menu.addSeparator();
    const auto add = [&menu, this](const QString &text, bool allowed, const QString &why, auto request) {
        QAction *action = menu.addAction(allowed ? text : tr("%1 (%2)").arg(text, why), this, request);
        action->setEnabled(allowed);
        return action;
    };
    const QString needsOperator = tr("the bot is not an operator here");
    if (actions.testFlag(Room::Action::GrantOperator)) {
        const bool isOperator = theirs >= Standing::Operator;
        add(isOperator ? tr("Take operator status") : tr("Give operator status"), mine >= Standing::Operator,
            needsOperator, [target, occupant, isOperator] {
                if (!target)
                    return;
                isOperator ? target->revoke(occupant, Room::Privilege::Operator)
                           : target->grant(occupant, Room::Privilege::Operator);
            });
    }
    if (actions.testFlag(Room::Action::GrantVoice)) {
        const bool isVoiced = theirs == Standing::Voiced;
        add(isVoiced ? tr("Take voice") : tr("Give voice"), mine >= Standing::HalfOperator, needsOperator,
            [target, occupant, isVoiced] {
                if (!target)
                    return;
                isVoiced ? target->revoke(occupant, Room::Privilege::Voice)
                         : target->grant(occupant, Room::Privilege::Voice);
            });
    }
    if (actions.testFlag(Room::Action::Kick) && !isBot) {
        add(tr("Kick %1").arg(occupant.nick()), mine >= Standing::HalfOperator, needsOperator, [target, occupant] {
            if (target)
                target->kick(occupant);
        });
    }
    if (actions.testFlag(Room::Action::Ban) && !isBot) {
        add(tr("Ban %1").arg(occupant.nick()), mine >= Standing::Operator, needsOperator, [target, occupant] {
            if (target)
                target->ban(occupant);
        });
    }
}

} // namespace Botdeck
