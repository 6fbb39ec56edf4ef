#pragma once

#include <QLineEdit>
#include <QStringList>

#include <functional>

namespace Botdeck {

// The line the operator types into: Return submits, Up/Down walk the
// history of submitted lines, Tab completes the nick being typed (again
// for the next match), with ": " after it at the start of the line.
class InputLine : public QLineEdit
{
    Q_OBJECT

public:
    explicit InputLine(QWidget *parent = nullptr);

    // Where the nicks for completion come from (the selected room's
    // occupants).
    void setCompletionSource(std::function<QStringList()> source);
    QStringList history() const;
    static constexpr int HistoryLimit = 200;

Q_SIGNALS:
    void submitted(const QString &text);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void walkHistory(int step);
    void complete();

    std::function<QStringList()> m_source;
    QStringList m_history;
    int m_historyPos = 0;
    QString m_draft;
    // Tab cycling: the typed prefix, the matches and where we are.
    QString m_completionPrefix;
    QStringList m_matches;
    int m_matchPos = -1;
    int m_wordStart = 0;
};

} // namespace Botdeck
