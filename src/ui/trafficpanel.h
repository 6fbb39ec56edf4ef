#pragma once

#include "core/backend.h"

#include <QDateTime>
#include <QHash>
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

    // One source per connection, named as the connection tree names it;
    // setSourceName() follows a rename, removeBackend() forgets the source
    // (its lines stay).
    void addBackend(Backend *backend, const QString &name);
    void setSourceName(const Backend *backend, const QString &name);
    void removeBackend(const Backend *backend);
    // The names the source chooser offers, after "All connections".
    QStringList sourceNames() const;
    // The lines currently shown.
    QStringList visibleLines() const;
    QLineEdit *filter() const;
    static constexpr int LineLimit = 5000;

private:
    struct Line
    {
        QDateTime time;
        int source; // a key of m_sourceNames
        Backend::Direction direction;
        QString text;
    };
    void append(Line line);
    bool matches(const Line &line) const;
    QString render(const Line &line) const;
    void refilter();

    QComboBox *m_source;
    QLineEdit *m_filter;
    QPlainTextEdit *m_view;
    std::deque<Line> m_lines;
    // Numbers, not backend addresses: a new backend may get a closed one's.
    QHash<const Backend *, int> m_sources;
    QHash<int, QString> m_sourceNames;
    int m_nextSource = 0;
};

} // namespace Botdeck
