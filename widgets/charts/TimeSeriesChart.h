#pragma once
// A time-series line chart over Qt Charts for dashboards. It keeps every series at full resolution
// and draws a min/max-per-pixel-column reduction of it (MinMaxDownsampler), so a week of 15-second
// samples draws quickly without flattening spikes; each refresh replaces a series' points in one
// call. Hovering shows the time and every visible series' value read from the full-resolution data;
// clicking a legend entry hides or shows its series. "Loading", "no data" and error states are shown
// over the plot. Colours follow the application palette (light or dark) and change with it.
// Rendering stays on the raster engine (no OpenGL), which works everywhere, offscreen included.

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QSet>
#include <QWidget>

#include <functional>

class QChart;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace md::widgets {

class HoverChartView;

struct ChartSeries {
    QString name;
    QList<QPointF> points; // x: milliseconds since the Unix epoch (UTC), ascending; y: the value
};

// How the value axis shows values: value / divisor, titled (e.g. divisor 1024², "MiB").
struct ChartValueScale {
    double divisor = 1.0;
    QString title;
};

class TimeSeriesChart : public QWidget {
    Q_OBJECT
public:
    enum class State { Empty, Loading, Data, NoData, Error };
    using ValueFormatter = std::function<QString(double)>;
    using ScaleChooser = std::function<ChartValueScale(double largestMagnitude)>;

    explicit TimeSeriesChart(QWidget* parent = nullptr);
    ~TimeSeriesChart() override;

    void setValueFormatter(ValueFormatter formatter);
    void setScaleChooser(ScaleChooser chooser);

    // Shows these series over [from, to]. Hidden series stay hidden by name across refreshes.
    void setSeries(const QList<ChartSeries>& series, const QDateTime& from, const QDateTime& to);
    // Marks a refresh in flight; the current data stays visible meanwhile.
    void showLoading();
    void showError(const QString& message);

    State state() const { return m_state; }
    QString stateText() const; // the text over the plot ("" when data is shown)
    const QList<ChartSeries>& series() const { return m_series; }
    QDateTime rangeStart() const { return m_from; }
    QDateTime rangeEnd() const { return m_to; }

    // Pixel columns of the plot area: the resolution worth asking for and drawing.
    int plotWidth() const;
    // Points handed to Qt Charts after downsampling, over every series.
    qsizetype drawnPointCount() const;
    QList<QLineSeries*> lineSeries() const { return m_lines; }
    QChart* chart() const { return m_chart; }

    void setSeriesVisible(const QString& name, bool visible);
    bool isSeriesVisible(const QString& name) const { return !m_hidden.contains(name); }

    // What hovering at `msecsSinceEpoch` shows (rich text), from the full-resolution data; empty when
    // no visible series has data.
    QString hoverText(double msecsSinceEpoch) const;

signals:
    void seriesVisibilityChanged(const QString& name, bool visible);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildLines();
    void redraw();
    void applyPalette();
    void styleLegendMarkers();
    void setOverlay(State state, const QString& text);
    void onHover(const QPoint& position);
    QColor seriesColour(int index) const;

    HoverChartView* m_view;
    QChart* m_chart;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_valueAxis;
    QLabel* m_overlay;
    QLabel* m_hoverLabel;
    QList<ChartSeries> m_series;
    QList<QLineSeries*> m_lines;
    QSet<QString> m_hidden;
    QDateTime m_from;
    QDateTime m_to;
    QPair<double, double> m_valueRange{0.0, 0.0}; // what the axes were last set to
    QPair<QDateTime, QDateTime> m_timeRange;
    ValueFormatter m_formatter;
    ScaleChooser m_scaleChooser;
    State m_state = State::Empty;
    QString m_overlayText;
    int m_drawnWidth = 0;
    bool m_redrawScheduled = false;
};

} // namespace md::widgets
