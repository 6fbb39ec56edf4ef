#pragma once

#include "ircmessage.h"

#include "core/identifier.h"

namespace Botdeck::Irc {

class IrcBackend;

// What the server's commands say (JOIN, PART, KICK, QUIT, NICK, MODE,
// TOPIC, INVITE, PRIVMSG and NOTICE with CTCP, AWAY, ACCOUNT, CHGHOST),
// turned into room, people and message updates of its backend.
class IrcEventHandler
{
public:
    explicit IrcEventHandler(IrcBackend &backend);

    // False for a command it does not handle (numerics among them).
    bool handle(const IrcMessage &message);

private:
    // Who sent message, as far as known, without taking them into the
    // registry: someone who only acts on a room (a kick, a mode) is not
    // someone the bot shares it with.
    Identifier actorOf(const IrcMessage &message) const;
    void handleJoin(const IrcMessage &message);
    void handlePart(const IrcMessage &message);
    void handleKick(const IrcMessage &message);
    void handleQuit(const IrcMessage &message);
    void handleNick(const IrcMessage &message);
    void handleMode(const IrcMessage &message);
    void handleTopic(const IrcMessage &message);
    void handleInvite(const IrcMessage &message);
    void handlePrivmsg(const IrcMessage &message);
    void handleAway(const IrcMessage &message);
    void handleAccount(const IrcMessage &message);
    void handleChghost(const IrcMessage &message);

    IrcBackend &m_backend;
};

} // namespace Botdeck::Irc
