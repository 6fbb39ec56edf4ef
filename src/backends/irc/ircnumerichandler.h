#pragma once

#include "ircmessage.h"
#include "ircoperatorcommands.h"
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
    // Expects the WHOIS replies about person; false (and said) when too
    // many questions are open.
    bool askWhois(const Identifier &person);
    // The link is gone: no answer will come.
    void forgetQuestions() { m_whois.clear(); }

private:
    void handleNames(const IrcMessage &message);
    void handleEndOfNames(const IrcMessage &message);
    void handleWho(const IrcMessage &message, bool whox);
    // True when message answered a WHOIS the bot asked.
    bool handleWhois(const IrcMessage &message);

    IrcBackend &m_backend;
    IrcPendingReplies m_pendingReplies;
    IrcWhoisReplies m_whois;
};

} // namespace Botdeck::Irc
