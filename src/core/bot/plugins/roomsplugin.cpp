#include "roomsplugin.h"

#include "core/backend.h"
#include "core/bot/arguments.h"
#include "core/bot/bot.h"
#include "core/room.h"

#include <QCollator>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

namespace Botdeck {

namespace {

constexpr int MaxListedOccupants = 50;

// The room named by the first argument, or a reply saying what is wrong.
// hereByDefault: without arguments, the room the command was said in.
Room *roomArgument(const CommandCall &call, int minimumArguments = 1, bool hereByDefault = false)
{
    if (hereByDefault && call.arguments().isEmpty() && call.message().isGroup()) {
        if (Room *here = call.backend()->room(call.message().room()))
            return here;
    }
    if (call.arguments().size() < minimumArguments) {
        call.reply(RoomsPlugin::tr("Which room? Say %1%2 <room>.").arg(call.bot()->prefix(), call.command()));
        return nullptr;
    }
    const Result<Room *> room = call.backend()->queryRoom(call.arguments().constFirst());
    if (!room) {
        call.reply(room.error());
        return nullptr;
    }
    return room.value();
}

// Finishes call with the reply done() gives once the room emits signal and
// done() returns a non-empty text, or with the room's error. The watcher
// goes when the bot gives up on the command.
// privately: answer in a direct message (the room asked from is being left).
template<typename Signal, typename Done>
void finishWhen(const CommandCall &call, Room *room, Signal signal, Done done, bool privately = false)
{
    call.defer();
    auto *watcher = new QObject(room);
    QObject::connect(room, signal, watcher, [call, watcher, done, privately](auto &&...values) {
        const QString text = done(values...);
        if (text.isEmpty())
            return;
        if (privately)
            call.replyPrivately(text);
        else
            call.reply(text);
        call.finish();
        watcher->deleteLater();
    });
    QObject::connect(room, &Room::errorOccurred, watcher, [call, watcher](const QString &error) {
        call.reply(RoomsPlugin::tr("%1 failed: %2").arg(call.command(), error));
        call.finish();
        watcher->deleteLater();
    });
    QTimer::singleShot(call.bot()->commandTimeout(), watcher, &QObject::deleteLater);
}

} // namespace

QString RoomsPlugin::description() const
{
    return tr("Joins, leaves, creates and inspects rooms");
}

QList<BotCommand> RoomsPlugin::commands() const
{
    const auto command = [](const QString &name, const QString &arguments, const QString &description, bool adminOnly,
                            CommandHandler handler, bool rawArguments = false) {
        BotCommand c;
        c.name = name;
        c.arguments = arguments;
        c.description = description;
        c.adminOnly = adminOnly;
        c.rawArguments = rawArguments;
        c.handler = std::move(handler);
        return c;
    };
    return {
        command(QStringLiteral("room list"), {}, tr("The rooms the bot knows and whether it is in them"), false,
                &RoomsPlugin::list),
        command(QStringLiteral("room join"), tr("<room> [password]"), tr("Joins a room (creating it if needed)"), true,
                &RoomsPlugin::join),
        command(QStringLiteral("room leave"), tr("<room>"), tr("Leaves a room"), true, &RoomsPlugin::leave),
        command(QStringLiteral("room occupants"), tr("[room]"), tr("Who is in a room (this one when none is named)"),
                false, &RoomsPlugin::occupants),
        command(QStringLiteral("room topic"), tr("[room] [new topic]"),
                tr("Shows or sets a room's topic (this one's when none is named)"), false, &RoomsPlugin::topic, true),
        command(QStringLiteral("room invite"), tr("<room> <identifier>..."), tr("Invites people to a room"), true,
                &RoomsPlugin::invite),
        command(QStringLiteral("room create"), tr("<room>"), tr("Creates a room"), true, &RoomsPlugin::create),
        command(QStringLiteral("room destroy"), tr("<room>"), tr("Destroys a room"), true, &RoomsPlugin::destroy),
    };
}

void RoomsPlugin::list(const CommandCall &call)
{
    QStringList shown;
    const QList<Room *> rooms = call.backend()->rooms();
    for (const Room *room : rooms) {
        shown.append(room->isJoined() ? tr("%1 (joined, %2 people)").arg(room->id()).arg(room->occupantCount())
                                      : tr("%1 (not joined)").arg(room->id()));
    }
    call.reply(shown.isEmpty() ? tr("I know no rooms yet.") : tr("Rooms: %1").arg(shown.join(QStringLiteral(", "))));
}

void RoomsPlugin::join(const CommandCall &call)
{
    Room *room = roomArgument(call);
    if (!room)
        return;
    if (room->isJoined()) {
        call.reply(tr("I am already in %1.").arg(room->id()));
        return;
    }
    if (call.arguments().size() > 1 && call.message().isGroup() && !call.isOperator()) {
        call.reply(tr("Everyone here can read that password now: tell it to me in a direct message instead. "
                      "I did not use it."));
        return;
    }
    finishWhen(call, room, &Room::joinedChanged,
               [room](bool joined) { return joined ? tr("Joined %1.").arg(room->id()) : QString(); });
    room->join(call.arguments().value(1));
}

void RoomsPlugin::leave(const CommandCall &call)
{
    Room *room = roomArgument(call);
    if (!room)
        return;
    if (!room->isJoined()) {
        call.reply(tr("I am not in %1.").arg(room->id()));
        return;
    }
    // Once gone, the bot cannot answer in the room it was asked from.
    const bool fromThatRoom = call.message().isGroup() && call.message().room() == room->id();
    finishWhen(
        call, room, &Room::joinedChanged,
        [room](bool joined) { return joined ? QString() : tr("Left %1.").arg(room->id()); },
        fromThatRoom && !call.isOperator());
    room->leave(tr("asked to leave by %1").arg(call.caller().nick()));
}

void RoomsPlugin::occupants(const CommandCall &call)
{
    Room *room = roomArgument(call, 1, true);
    if (!room)
        return;
    if (!room->isJoined()) {
        call.reply(tr("I am not in %1, so I cannot see who is.").arg(room->id()));
        return;
    }
    QStringList nicks;
    const QList<Identifier> occupants = room->occupants();
    for (const Identifier &occupant : occupants)
        nicks.append(occupant.nick());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(nicks.begin(), nicks.end(), collator);
    const qsizetype total = nicks.size();
    QString listed = nicks.mid(0, MaxListedOccupants).join(QStringLiteral(", "));
    if (total > MaxListedOccupants)
        listed += tr(" and %1 more").arg(total - MaxListedOccupants);
    call.reply(tr("%1 has %n occupant(s): %2", nullptr, int(total)).arg(room->id(), listed));
}

void RoomsPlugin::topic(const CommandCall &call)
{
    Room *room = roomArgument(call, 1, true);
    if (!room)
        return;
    // The new topic is the rest of the text as written (apostrophes and
    // spacing kept), or the one quoted argument it consists of.
    const QString text = call.argumentText();
    static const QRegularExpression whiteSpace(QStringLiteral("\\s"));
    const qsizetype afterRoom = text.indexOf(whiteSpace);
    const QString rest = afterRoom < 0 ? QString() : text.mid(afterRoom).trimmed();
    const Result<QStringList> quoted = splitArguments(rest);
    const QString newTopic = quoted && quoted.value().size() == 1 ? quoted.value().constFirst() : rest;
    if (newTopic.isEmpty()) {
        call.reply(room->topic().isEmpty() ? tr("%1 has no topic.").arg(room->id())
                                           : tr("The topic of %1 is: %2").arg(room->id(), room->topic()));
        return;
    }
    // The service would not announce a change, so waiting for one would
    // only end in the time limit.
    if (room->isJoined() && room->topic() == newTopic) {
        call.reply(tr("The topic of %1 is already: %2").arg(room->id(), newTopic));
        return;
    }
    finishWhen(call, room, &Room::topicChanged, [room, newTopic](const QString &topic, const Identifier &) {
        return topic == newTopic ? tr("The topic of %1 is now: %2").arg(room->id(), topic) : QString();
    });
    room->setTopic(newTopic);
}

void RoomsPlugin::invite(const CommandCall &call)
{
    if (call.arguments().size() < 2) {
        call.reply(tr("Say %1room invite <room> <identifier>...").arg(call.bot()->prefix()));
        return;
    }
    Room *room = roomArgument(call, 2);
    if (!room)
        return;
    // Services refuse invitations from outside, and say so only to the room.
    if (!room->isJoined()) {
        call.reply(tr("I am not in %1, so I cannot invite anyone to it.").arg(room->id()));
        return;
    }
    QList<Identifier> people;
    QStringList names;
    const QStringList wanted = call.arguments().mid(1);
    const QList<Identifier> present = room->occupants();
    Backend *backend = call.backend();
    for (const QString &text : wanted) {
        const Result<Identifier> person = backend->buildIdentifier(text);
        if (!person) {
            call.reply(tr("Cannot invite %1: %2").arg(text, person.error()));
            return;
        }
        if (person.value().isRoom() || person.value().person().isEmpty()) {
            call.reply(tr("Cannot invite %1: it is a room, not a person").arg(text));
            return;
        }
        const QString address = backend->foldCase(person.value().person());
        if (std::any_of(present.cbegin(), present.cend(), [backend, &address](const Identifier &occupant) {
                return backend->foldCase(occupant.person()) == address;
            })) {
            call.reply(tr("Cannot invite %1: already in %2").arg(text, room->id()));
            return;
        }
        people.append(person.value());
        names.append(person.value().nick());
    }
    room->invite(people);
    call.reply(tr("Invited %1 to %2.").arg(names.join(QStringLiteral(", ")), room->id()));
}

void RoomsPlugin::create(const CommandCall &call)
{
    Room *room = roomArgument(call);
    if (!room)
        return;
    if (room->exists()) {
        call.reply(tr("%1 already exists.").arg(room->id()));
        return;
    }
    finishWhen(call, room, &Room::existsChanged,
               [room](bool exists) { return exists ? tr("Created %1.").arg(room->id()) : QString(); });
    room->create();
}

void RoomsPlugin::destroy(const CommandCall &call)
{
    Room *room = roomArgument(call);
    if (!room)
        return;
    if (!room->exists()) {
        call.reply(tr("%1 does not exist.").arg(room->id()));
        return;
    }
    finishWhen(call, room, &Room::existsChanged,
               [room](bool exists) { return exists ? QString() : tr("Destroyed %1.").arg(room->id()); });
    room->destroy();
}

} // namespace Botdeck
