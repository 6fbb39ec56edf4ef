#include "ircpendingreplies.h"

#include <utility>

namespace Botdeck::Irc {

void IrcPendingReplies::addNames(const QString &channel, const QList<Identifier> &occupants)
{
    m_names[channel].occupants.append(occupants);
}

bool IrcPendingReplies::isNamesFull(const QString &channel) const
{
    const auto names = m_names.constFind(channel);
    return names != m_names.constEnd() && names->occupants.size() >= MaxNames;
}

bool IrcPendingReplies::markNamesOverflow(const QString &channel)
{
    return !std::exchange(m_names[channel].overflowed, true);
}

QList<Identifier> IrcPendingReplies::takeNames(const QString &channel)
{
    return m_names.take(channel).occupants;
}

void IrcPendingReplies::setTopic(const QString &channel, const QString &topic)
{
    m_topics.insert(channel, topic);
}

bool IrcPendingReplies::hasTopic(const QString &channel) const
{
    return m_topics.contains(channel);
}

QString IrcPendingReplies::takeTopic(const QString &channel)
{
    return m_topics.take(channel);
}

} // namespace Botdeck::Irc
