#include "inputline.h"

#include <QKeyEvent>

namespace Botdeck {

InputLine::InputLine(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("Type a message to send as the bot; Tab completes nicks"));
    connect(this, &QLineEdit::returnPressed, this, &InputLine::submit);
    connect(this, &QLineEdit::textEdited, this, [this] { m_matchPos = -1; });
}

void InputLine::setCompletionSource(std::function<QStringList()> source)
{
    m_source = std::move(source);
}

QStringList InputLine::history() const
{
    return m_history;
}

bool InputLine::event(QEvent *event)
{
    // QLineEdit would take Ctrl+K (delete to the end of the line) before the
    // window's quick switcher could: the switcher wins, as in chat clients.
    if (event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_K)) {
        event->ignore();
        return true;
    }
    // Tab would move the focus away; here it completes nicks instead.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab && key->modifiers() == Qt::NoModifier) {
            complete();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void InputLine::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        walkHistory(-1);
        return;
    case Qt::Key_Down:
        walkHistory(1);
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void InputLine::submit()
{
    const QString line = text();
    if (line.trimmed().isEmpty())
        return;
    if (m_history.isEmpty() || m_history.constLast() != line)
        m_history.append(line);
    while (m_history.size() > HistoryLimit)
        m_history.removeFirst();
    m_historyPos = int(m_history.size());
    m_draft.clear();
    clear();
    Q_EMIT submitted(line);
}

void InputLine::walkHistory(int step)
{
    if (m_history.isEmpty())
        return;
    if (m_historyPos == m_history.size())
        m_draft = text();
    const int next = std::clamp(m_historyPos + step, 0, int(m_history.size()));
    if (next == m_historyPos)
        return;
    m_historyPos = next;
    setText(next == m_history.size() ? m_draft : m_history.at(next));
}

void InputLine::complete()
{
    if (!m_source)
        return;
    if (m_matchPos < 0) {
        const QString before = text().left(cursorPosition());
        m_wordStart = int(before.lastIndexOf(u' ')) + 1;
        m_completionPrefix = before.mid(m_wordStart);
        if (m_completionPrefix.isEmpty())
            return;
        m_matches.clear();
        const QStringList nicks = m_source();
        for (const QString &nick : nicks) {
            if (nick.startsWith(m_completionPrefix, Qt::CaseInsensitive))
                m_matches.append(nick);
        }
        if (m_matches.isEmpty())
            return;
        std::sort(m_matches.begin(), m_matches.end(),
                  [](const QString &a, const QString &b) { return QString::compare(a, b, Qt::CaseInsensitive) < 0; });
        m_matchPos = 0;
    } else {
        m_matchPos = (m_matchPos + 1) % int(m_matches.size());
    }
    const QString suffix = m_wordStart == 0 ? QStringLiteral(": ") : QStringLiteral(" ");
    const QString completed = m_matches.at(m_matchPos) + suffix;
    // Replace from the start of the word to the cursor, keeping what follows.
    const QString current = text();
    const int end = cursorPosition();
    setText(current.left(m_wordStart) + completed + current.mid(end));
    setCursorPosition(m_wordStart + int(completed.size()));
}

} // namespace Botdeck
