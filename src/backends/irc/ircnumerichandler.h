#pragma once

#include "ircmessage.h"
#include "ircpendingreplies.h"

namespace Botdeck::Irc {

class IrcBackend;

// The server's numeric replies (ISUPPORT, topics, NAMES, WHO, errors about
// nicks and channels), turned into room and people updates of its backend.
// Replies in pieces are collected until whole.
class IrcNumericHandler
{
public:
    explicit IrcNumericHandler(IrcBackend &backend);

    void handle(const IrcMessage &message);

private:
    void handleNames(const IrcMessage &message);
    void handleEndOfNames(const IrcMessage &message);
    void handleWho(const IrcMessage &message, bool whox);

    IrcBackend &m_backend;
    IrcPendingReplies m_pendingReplies;
};

} // namespace Botdeck::Irc
