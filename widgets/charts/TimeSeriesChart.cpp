#include "widgets/charts/TimeSeriesChart.h"

#include "widgets/charts/MinMaxDownsampler.h"
#include "widgets/charts/SeriesLookup.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMouseEvent>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace md::widgets {

// The chart view with hover reporting; the chart widget decides what to show.
class HoverChartView : public QChartView {
public:
    using QChartView::QChartView;
    std::function<void(const QPoint&)> hovered;
    std::function<void()> left;

protected:
    void mouseMoveEvent(QMouseEvent* event) override
    {
        QChartView::mouseMoveEvent(event);
        if (hovered) hovered(event->position().toPoint());
    }
    void leaveEvent(QEvent* event) override
    {
        QChartView::leaveEvent(event);
        if (left) left();
    }
};

namespace {

// Colour-blind-safe series colours (Okabe–Ito), with lighter variants that read on a dark background.
constexpr std::array<QRgb, 8> LightColours{0x0072b2, 0xe69f00, 0x009e73, 0xd55e00,
                                           0xcc79a7, 0x56b4e9, 0x8c6d00, 0x555555};
constexpr std::array<QRgb, 8> DarkColours{0x56b4e9, 0xf0b840, 0x3ccf9e, 0xff8a4c,
                                          0xe8a1c8, 0x9ad0f5, 0xf0e442, 0xcccccc};

// Below this many points a series is drawn with a dot at each point.
constexpr qsizetype SparsePoints = 40;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : QWidget(parent), m_view(new HoverChartView(this)), m_chart(new QChart), m_timeAxis(new QDateTimeAxis(m_chart)),
      m_valueAxis(new QValueAxis(m_chart)), m_overlay(new QLabel(m_view)), m_hoverLabel(new QLabel(m_view))
{
    setObjectName(QStringLiteral("timeSeriesChart"));
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setChart(m_chart); // the view owns the chart from here on
    m_view->setRenderHint(QPainter::Antialiasing, true);
    m_view->setMouseTracking(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->hovered = [this](const QPoint& position) { onHover(position); };
    m_view->left = [this] { m_hoverLabel->hide(); };

    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setShowToolTips(true);
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    m_overlay->setObjectName(QStringLiteral("chartStateLabel"));
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setWordWrap(true);
    m_overlay->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overlay->hide();
    m_hoverLabel->setObjectName(QStringLiteral("chartHoverLabel"));
    m_hoverLabel->setTextFormat(Qt::RichText);
    m_hoverLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_hoverLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyPalette();
    setOverlay(State::Empty, QString());
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setValueFormatter(ValueFormatter formatter)
{
    m_formatter = std::move(formatter);
}

void TimeSeriesChart::setScaleChooser(ScaleChooser chooser)
{
    m_scaleChooser = std::move(chooser);
}

int TimeSeriesChart::plotWidth() const
{
    const int plot = static_cast<int>(m_chart->plotArea().width());
    // Before the first layout the plot area is empty; the widget's width less the axis is close.
    return plot > 10 ? plot : std::max(width() - 80, 100);
}

qsizetype TimeSeriesChart::drawnPointCount() const
{
    qsizetype count = 0;
    for (const QLineSeries* line : m_lines)
        count += line->count();
    return count;
}

void TimeSeriesChart::setSeries(const QList<ChartSeries>& series, const QDateTime& from, const QDateTime& to)
{
    m_series = series;
    m_from = from;
    m_to = to;
    rebuildLines();
    const bool anyPoint = std::any_of(m_series.begin(), m_series.end(), [](const ChartSeries& one) {
        return std::any_of(one.points.begin(), one.points.end(),
                           [](const QPointF& point) { return std::isfinite(point.y()); });
    });
    redraw();
    if (anyPoint)
        setOverlay(State::Data, QString());
    else
        setOverlay(State::NoData, tr("No data in this time range."));
}

void TimeSeriesChart::showLoading()
{
    if (m_state == State::Data) return; // the current lines stay until the new ones arrive
    setOverlay(State::Loading, tr("Loading…"));
}

void TimeSeriesChart::showError(const QString& message)
{
    m_series.clear();
    rebuildLines();
    setOverlay(State::Error, message);
}

QString TimeSeriesChart::stateText() const
{
    return m_overlayText;
}

void TimeSeriesChart::setOverlay(State state, const QString& text)
{
    m_state = state;
    m_overlayText = text;
    m_overlay->setText(text);
    m_overlay->setVisible(!text.isEmpty());
    const bool error = state == State::Error;
    m_overlay->setStyleSheet(error ? QStringLiteral("color: %1; font-weight: 600; padding: 12px;")
                                         .arg(isDark(palette()) ? QStringLiteral("#ff8a80") : QStringLiteral("#b71c1c"))
                                   : QStringLiteral("color: palette(mid); padding: 12px;"));
    m_overlay->resize(m_view->size());
    m_hoverLabel->hide();
}

void TimeSeriesChart::rebuildLines()
{
    bool same = m_lines.size() == m_series.size();
    for (qsizetype index = 0; same && index < m_lines.size(); ++index)
        same = m_lines[index]->name() == m_series[index].name;
    if (same) return;

    m_chart->removeAllSeries(); // deletes the lines
    m_lines.clear();
    // Many series (routes, pods) need their names' full width: a column beside the plot reads better
    // than a row of clipped names under it.
    m_chart->legend()->setAlignment(m_series.size() > 4 ? Qt::AlignRight : Qt::AlignBottom);
    for (qsizetype index = 0; index < m_series.size(); ++index) {
        auto* line = new QLineSeries;
        line->setName(m_series[index].name);
        line->setUseOpenGL(false);
        line->setPointsVisible(false);
        line->setMarkerSize(6);
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
        line->setVisible(!m_hidden.contains(line->name()));
        m_lines.append(line);
    }
    applyPalette();
}

void TimeSeriesChart::redraw()
{
    m_redrawScheduled = false;
    const int columns = plotWidth();
    m_drawnWidth = columns;
    const double xFrom = static_cast<double>(m_from.toMSecsSinceEpoch());
    const double xTo = static_cast<double>(m_to.toMSecsSinceEpoch());

    QList<QList<QPointF>> reduced(m_series.size());
    double largest = 0.0;
    for (qsizetype index = 0; index < m_series.size(); ++index) {
        reduced[index] = downsampleMinMax(m_series[index].points, xFrom, xTo, columns);
        if (m_hidden.contains(m_series[index].name)) continue;
        for (const QPointF& point : std::as_const(reduced[index]))
            largest = std::max(largest, std::abs(point.y()));
    }
    const ChartValueScale scale = m_scaleChooser ? m_scaleChooser(largest) : ChartValueScale{};
    const double divisor = scale.divisor != 0.0 ? scale.divisor : 1.0;

    double low = std::numeric_limits<double>::infinity();
    double high = -std::numeric_limits<double>::infinity();
    for (qsizetype index = 0; index < m_series.size(); ++index) {
        QList<QPointF>& points = reduced[index];
        if (divisor != 1.0)
            for (QPointF& point : points)
                point.setY(point.y() / divisor);
        if (m_hidden.contains(m_series[index].name)) continue;
        for (const QPointF& point : std::as_const(points)) {
            low = std::min(low, point.y());
            high = std::max(high, point.y());
        }
    }
    if (!std::isfinite(low)) {
        low = 0.0;
        high = 1.0;
    }
    // Rates, sizes and counts read best from zero; negative data keeps its own floor.
    low = std::min(low, 0.0);
    if (high <= low) high = low + 1.0;
    const QPair<double, double> valueRange{low, high + (high - low) * 0.05};
    const QPair<QDateTime, QDateTime> timeRange{m_from.toLocalTime(), m_to.toLocalTime()};
    const bool timeRangeValid = m_from.isValid() && m_to.isValid() && m_from < m_to;

    // Every axis change makes Qt Charts recompute each line's geometry (it strokes the whole path),
    // so the old points are dropped first: the axes then change over empty lines, and each line's
    // geometry is computed once, for its new points.
    if (valueRange != m_valueRange || (timeRangeValid && timeRange != m_timeRange))
        for (QLineSeries* line : std::as_const(m_lines))
            line->clear();
    if (valueRange != m_valueRange) {
        m_valueAxis->setRange(valueRange.first, valueRange.second);
        m_valueAxis->applyNiceNumbers();
        m_valueRange = valueRange;
    }
    m_valueAxis->setTitleText(scale.title);
    if (timeRangeValid && timeRange != m_timeRange) {
        m_timeAxis->setRange(timeRange.first, timeRange.second);
        m_timeRange = timeRange;
    }
    if (timeRangeValid) {
        const qint64 seconds = m_from.secsTo(m_to);
        m_timeAxis->setFormat(seconds <= 86400 ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm"));
        m_timeAxis->setTickCount(std::clamp(columns / (seconds <= 86400 ? 90 : 120), 2, 9));
    }
    for (qsizetype index = 0; index < m_series.size() && index < m_lines.size(); ++index) {
        // A line needs two points to show at all: sparse series (a new one, a short range) get dots.
        const bool sparse = reduced[index].size() < SparsePoints;
        if (m_lines[index]->pointsVisible() != sparse) m_lines[index]->setPointsVisible(sparse);
        m_lines[index]->replace(reduced[index]);
    }
    styleLegendMarkers();
}

void TimeSeriesChart::setSeriesVisible(const QString& name, bool visible)
{
    if (visible == isSeriesVisible(name)) return;
    if (visible)
        m_hidden.remove(name);
    else
        m_hidden.insert(name);
    for (QLineSeries* line : std::as_const(m_lines)) {
        if (line->name() != name) continue;
        line->setVisible(visible);
    }
    redraw();
    emit seriesVisibilityChanged(name, visible);
}

QColor TimeSeriesChart::seriesColour(int index) const
{
    const auto& colours = isDark(palette()) ? DarkColours : LightColours;
    return QColor(colours[static_cast<std::size_t>(index) % colours.size()]);
}

void TimeSeriesChart::applyPalette()
{
    const QPalette colours = palette();
    const QColor base = colours.color(QPalette::Base);
    const QColor text = colours.color(QPalette::Text);
    QColor grid = colours.color(QPalette::Mid);
    grid.setAlpha(110);
    m_chart->setBackgroundBrush(base);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_view->setBackgroundBrush(base);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(m_timeAxis), static_cast<QAbstractAxis*>(m_valueAxis)}) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
    m_chart->legend()->setLabelColor(text);
    for (qsizetype index = 0; index < m_lines.size(); ++index) {
        QPen pen(seriesColour(static_cast<int>(index)));
        pen.setWidthF(1.5);
        pen.setCosmetic(true);
        m_lines[index]->setPen(pen);
    }
    styleLegendMarkers();
    m_hoverLabel->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border: 1px solid %3; "
                                               "border-radius: 3px; padding: 4px 6px; }")
                                    .arg(colours.color(QPalette::ToolTipBase).name(),
                                         colours.color(QPalette::ToolTipText).name(),
                                         colours.color(QPalette::Mid).name()));
    if (m_state == State::Error) setOverlay(m_state, m_overlayText);
}

void TimeSeriesChart::styleLegendMarkers()
{
    // Qt Charts hides a hidden series' legend entry and may recreate entries when a series changes,
    // so every entry is (re)shown, (re)connected once and styled after each change: a hidden series
    // keeps a faded entry that can be clicked to bring it back.
    const char* connectedProperty = "mdToggleConnected";
    const QColor text = palette().color(QPalette::Text);
    for (qsizetype index = 0; index < m_lines.size(); ++index) {
        const QString name = m_lines[index]->name();
        const bool visible = !m_hidden.contains(name);
        QColor label = text;
        QColor swatch = seriesColour(static_cast<int>(index));
        if (!visible) {
            label.setAlphaF(0.4);
            swatch.setAlphaF(0.25);
        }
        const QList<QLegendMarker*> markers = m_chart->legend()->markers(m_lines[index]);
        for (QLegendMarker* marker : markers) {
            if (!marker->property(connectedProperty).toBool()) {
                marker->setProperty(connectedProperty, true);
                connect(marker, &QLegendMarker::clicked, this,
                        [this, name] { setSeriesVisible(name, !isSeriesVisible(name)); });
            }
            marker->setVisible(true);
            marker->setLabelBrush(label);
            marker->setBrush(swatch);
            marker->setPen(QPen(swatch));
        }
    }
}

QString TimeSeriesChart::hoverText(double msecsSinceEpoch) const
{
    double nearestTime = std::numeric_limits<double>::quiet_NaN();
    double nearestDistance = std::numeric_limits<double>::infinity();
    for (const ChartSeries& one : m_series) {
        if (m_hidden.contains(one.name)) continue;
        if (const auto index = nearestPointIndex(one.points, msecsSinceEpoch)) {
            const double distance = std::abs(one.points[*index].x() - msecsSinceEpoch);
            if (distance < nearestDistance) {
                nearestDistance = distance;
                nearestTime = one.points[*index].x();
            }
        }
    }
    if (std::isnan(nearestTime)) return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(nearestTime)).toLocalTime();
    QString text = QStringLiteral("<b>%1</b>").arg(when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    for (qsizetype index = 0; index < m_series.size(); ++index) {
        const ChartSeries& one = m_series[index];
        if (m_hidden.contains(one.name)) continue;
        const auto at = pointIndexAt(one.points, nearestTime);
        const QString value = !at           ? QStringLiteral("—")
                              : m_formatter ? m_formatter(one.points[*at].y())
                                            : QString::number(one.points[*at].y(), 'g', 6);
        text += QStringLiteral("<br><span style=\"color: %1\">■</span> %2: <b>%3</b>")
                    .arg(seriesColour(static_cast<int>(index)).name(), one.name.toHtmlEscaped(), value.toHtmlEscaped());
    }
    return text;
}

void TimeSeriesChart::onHover(const QPoint& position)
{
    if (m_state != State::Data || m_lines.isEmpty()) {
        m_hoverLabel->hide();
        return;
    }
    const QPointF inChart = m_chart->mapFromScene(m_view->mapToScene(position));
    if (!m_chart->plotArea().contains(inChart)) {
        m_hoverLabel->hide();
        return;
    }
    const QPointF value = m_chart->mapToValue(inChart, m_lines.first());
    const QString text = hoverText(value.x());
    if (text.isEmpty()) {
        m_hoverLabel->hide();
        return;
    }
    m_hoverLabel->setText(text);
    m_hoverLabel->adjustSize();
    // Beside the cursor, flipped to the other side near the right or bottom edge.
    QPoint at = position + QPoint(14, 14);
    if (at.x() + m_hoverLabel->width() > m_view->width()) at.setX(position.x() - 14 - m_hoverLabel->width());
    if (at.y() + m_hoverLabel->height() > m_view->height()) at.setY(position.y() - 14 - m_hoverLabel->height());
    m_hoverLabel->move(std::max(at.x(), 0), std::max(at.y(), 0));
    m_hoverLabel->show();
    m_hoverLabel->raise();
}

void TimeSeriesChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) applyPalette();
}

void TimeSeriesChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_overlay->resize(m_view->size());
    // A different width wants a different reduction; once per burst of resizes.
    if (m_state == State::Data && !m_redrawScheduled) {
        m_redrawScheduled = true;
        QTimer::singleShot(0, this, [this] {
            if (m_redrawScheduled && plotWidth() != m_drawnWidth) redraw();
            m_redrawScheduled = false;
        });
    }
}

} // namespace md::widgets
