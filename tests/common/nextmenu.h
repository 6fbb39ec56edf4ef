#pragma once

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QStringList>
#include <QTimer>

#include <functional>

// A context menu runs its own event loop (QMenu::exec), so a test cannot
// act on it after opening it: this answers the next menu that opens, then
// closes it, and exec() returns.
inline void answerNextMenu(std::function<void(QMenu *)> answer)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer = std::move(answer)] {
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *window : windows) {
            auto *menu = qobject_cast<QMenu *>(window);
            if (menu && menu->isVisible()) {
                answer(menu);
                // Triggering does not close a menu.
                menu->close();
                poll->deleteLater();
                return;
            }
        }
    });
    poll->start();
}

// What menu offers, as a person reads it: each entry's text, " [off]"
// after those that are disabled.
inline QStringList entriesOf(const QMenu *menu)
{
    QStringList entries;
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (!action->isSeparator())
            entries.append(action->text() + (action->isEnabled() ? QString() : QStringLiteral(" [off]")));
    }
    return entries;
}
