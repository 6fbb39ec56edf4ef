#pragma once

#include "core/backend.h"

#include <QDateTime>
#include <QWidget>

#include <deque>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Botdeck {

// Raw protocol lines in and out of every connection, as the backends log
// them (secrets already redacted), narrowed by connection and by text.
class TrafficPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TrafficPanel(QWidget *parent = nullptr);

    void addBackend(Backend *backend);
    // The lines currently shown.
    QStringList visibleLines() const;
    QLineEdit *filter() const;
    static constexpr int LineLimit = 5000;

private:
    struct Line
    {
        QDateTime time;
        QString source;
        Backend::Direction direction;
        QString text;
    };
    void append(Line line);
    bool matches(const Line &line) const;
    static QString render(const Line &line);
    void refilter();

    QComboBox *m_source;
    QLineEdit *m_filter;
    QPlainTextEdit *m_view;
    std::deque<Line> m_lines;
};

} // namespace Botdeck
