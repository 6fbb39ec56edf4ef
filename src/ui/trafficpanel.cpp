#include "trafficpanel.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Botdeck {

TrafficPanel::TrafficPanel(QWidget *parent)
    : QWidget(parent)
    , m_source(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_source->addItem(tr("All connections"));
    m_source->setObjectName(QStringLiteral("traffic-source"));
    bar->addWidget(m_source);
    m_filter->setObjectName(QStringLiteral("traffic-filter"));
    m_filter->setPlaceholderText(tr("Filter lines"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    layout->addLayout(bar);
    m_view->setObjectName(QStringLiteral("traffic-view"));
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(LineLimit);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_view, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &TrafficPanel::refilter);
    connect(m_source, &QComboBox::currentIndexChanged, this, &TrafficPanel::refilter);
}

void TrafficPanel::addBackend(Backend *backend)
{
    const QString source = backend->serviceName();
    if (m_source->findText(source) < 0)
        m_source->addItem(source);
    connect(backend, &Backend::trafficLogged, this, [this, source](Backend::Direction direction, const QString &text) {
        append({QDateTime::currentDateTime(), source, direction, text});
    });
}

QStringList TrafficPanel::visibleLines() const
{
    return m_view->toPlainText().split(u'\n', Qt::SkipEmptyParts);
}

QLineEdit *TrafficPanel::filter() const
{
    return m_filter;
}

void TrafficPanel::append(Line line)
{
    if (m_lines.size() >= size_t(LineLimit))
        m_lines.pop_front();
    m_lines.push_back(std::move(line));
    if (matches(m_lines.back()))
        m_view->appendPlainText(render(m_lines.back()));
}

bool TrafficPanel::matches(const Line &line) const
{
    if (m_source->currentIndex() > 0 && line.source != m_source->currentText())
        return false;
    const QString filter = m_filter->text();
    return filter.isEmpty() || line.text.contains(filter, Qt::CaseInsensitive);
}

QString TrafficPanel::render(const Line &line)
{
    const QString arrow = line.direction == Backend::Direction::Incoming ? QStringLiteral("<<") : QStringLiteral(">>");
    return QStringLiteral("%1 [%2] %3 %4")
        .arg(line.time.toString(QStringLiteral("HH:mm:ss.zzz")), line.source, arrow, line.text);
}

void TrafficPanel::refilter()
{
    QStringList shown;
    for (const Line &line : m_lines) {
        if (matches(line))
            shown.append(render(line));
    }
    m_view->setPlainText(shown.join(u'\n'));
}

} // namespace Botdeck
