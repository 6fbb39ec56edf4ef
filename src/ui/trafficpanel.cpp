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

void TrafficPanel::addBackend(Backend *backend, const QString &name)
{
    if (m_sources.contains(backend))
        return;
    const int source = m_nextSource++;
    m_sources.insert(backend, source);
    m_sourceNames.insert(source, name);
    m_source->addItem(name, source);
    connect(backend, &Backend::trafficLogged, this, [this, source](Backend::Direction direction, const QString &text) {
        append({QDateTime::currentDateTime(), source, direction, text});
    });
    connect(backend, &QObject::destroyed, this, [this, backend] { removeBackend(backend); });
}

void TrafficPanel::setSourceName(const Backend *backend, const QString &name)
{
    const auto source = m_sources.constFind(backend);
    if (source == m_sources.cend())
        return;
    m_sourceNames.insert(*source, name);
    m_source->setItemText(m_source->findData(*source), name);
    refilter();
}

void TrafficPanel::removeBackend(const Backend *backend)
{
    const auto source = m_sources.constFind(backend);
    if (source == m_sources.cend())
        return;
    disconnect(backend, nullptr, this, nullptr);
    const int item = m_source->findData(*source);
    m_sources.erase(source);
    m_source->removeItem(item);
}

QStringList TrafficPanel::sourceNames() const
{
    QStringList names;
    for (int i = 1; i < m_source->count(); ++i)
        names.append(m_source->itemText(i));
    return names;
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
    if (m_source->currentIndex() > 0 && line.source != m_source->currentData().toInt())
        return false;
    const QString filter = m_filter->text();
    return filter.isEmpty() || line.text.contains(filter, Qt::CaseInsensitive);
}

QString TrafficPanel::render(const Line &line) const
{
    const QString arrow = line.direction == Backend::Direction::Incoming ? QStringLiteral("<<") : QStringLiteral(">>");
    return QStringLiteral("%1 [%2] %3 %4")
        .arg(line.time.toString(QStringLiteral("HH:mm:ss.zzz")), m_sourceNames.value(line.source), arrow, line.text);
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
