#pragma once

#include "core/identifier.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Botdeck::Irc {

// Replies the server sends in pieces, collected per channel until they are
// whole: the NAMES lines (353 up to 366) become one occupant list, and a
// topic (332) waits for who set it (333) so that observers see it once.
// Channels are named by their room's id.
class IrcPendingReplies
{
public:
    // A NAMES reply that never ends must not grow without bound: past
    // MaxNames the rest is ignored (the biggest real channels hold a few ten
    // thousand).
    static constexpr qsizetype MaxNames = 50000;

    void addNames(const QString &channel, const QList<Identifier> &occupants);
    bool isNamesFull(const QString &channel) const;
    // True the first time it is called for the reply being collected, so
    // that an overflow is reported once.
    bool markNamesOverflow(const QString &channel);
    // The reply so far, and a fresh start for the next one.
    QList<Identifier> takeNames(const QString &channel);

    void setTopic(const QString &channel, const QString &topic);
    bool hasTopic(const QString &channel) const;
    QString takeTopic(const QString &channel);

private:
    struct Names
    {
        QList<Identifier> occupants;
        bool overflowed = false;
    };
    QHash<QString, Names> m_names;
    QHash<QString, QString> m_topics;
};

} // namespace Botdeck::Irc
