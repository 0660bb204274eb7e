// marketdesk-chart-bench: how long the Dashboard's chart takes to show a week of data. Each refresh
// is what the Dashboard does when an answer arrives: min/max downsampling of 5 series × 40,320
// points (7 days at 15 s) to the plot's pixel width, one QLineSeries::replace per series, and a
// forced full repaint (QWidget::grab()), in an offscreen widget. Prints the time per refresh
// (p50/p95/max over a bounded number of refreshes), the points drawn after downsampling, and
// whether every series' peak and dip survived. Target: under 100 ms per refresh.
//
//   marketdesk-chart-bench [--refreshes 40] [--width 1200] [--series 5] [--points 40320] [--no-antialiasing]

#include "widgets/charts/MinMaxDownsampler.h"
#include "widgets/charts/TimeSeriesChart.h"

#include <QApplication>
#include <QChartView>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QPixmap>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <numbers>

using md::widgets::ChartSeries;

namespace {

// A daily rhythm with noise and a few one-sample spikes and dips, as request rates look.
QList<ChartSeries> makeWeek(int seriesCount, int points, qint64 endMs, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<ChartSeries> series;
    for (int index = 0; index < seriesCount; ++index) {
        ChartSeries one{QStringLiteral("/api/v1/route-%1").arg(index), {}};
        one.points.reserve(points);
        const double base = 50.0 + 30.0 * index;
        for (int sample = 0; sample < points; ++sample) {
            const double x = static_cast<double>(endMs - static_cast<qint64>(points - 1 - sample) * 15000);
            const double day = std::sin(2 * std::numbers::pi * sample / 5760.0);
            double y = base * (1.0 + 0.5 * day) + random.bounded(base * 0.1);
            if (random.bounded(4000) == 0) y *= 8; // a spike
            if (random.bounded(4000) == 0) y = 0;  // an outage
            one.points.append(QPointF(x, y));
        }
        series.append(std::move(one));
    }
    return series;
}

// CPU time of this thread, so figures taken on a busy machine can be told from waiting for a CPU.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(std::ceil(fraction * values.size())) - 1;
    return values[std::clamp<qsizetype>(index, 0, values.size() - 1)];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Dashboard chart refresh benchmark"));
    parser.addHelpOption();
    const QCommandLineOption refreshesOption(QStringLiteral("refreshes"), QStringLiteral("Refreshes to time."),
                                             QStringLiteral("n"), QStringLiteral("40"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("Widget width in pixels."),
                                         QStringLiteral("px"), QStringLiteral("1200"));
    const QCommandLineOption seriesOption(QStringLiteral("series"), QStringLiteral("Series per chart."),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption pointsOption(QStringLiteral("points"), QStringLiteral("Points per series."),
                                          QStringLiteral("n"), QStringLiteral("40320"));
    const QCommandLineOption aliasedOption(QStringLiteral("no-antialiasing"),
                                           QStringLiteral("Draw without antialiasing (for comparison)."));
    parser.addOptions({refreshesOption, widthOption, seriesOption, pointsOption, aliasedOption});
    parser.process(application);
    const int refreshes = std::clamp(parser.value(refreshesOption).toInt(), 1, 10000);
    const int width = std::clamp(parser.value(widthOption).toInt(), 200, 8000);
    const int seriesCount = std::clamp(parser.value(seriesOption).toInt(), 1, 50);
    const int points = std::clamp(parser.value(pointsOption).toInt(), 2, 1000000);

    // Two data sets whose windows are one step apart, alternated, so every refresh moves the time
    // axis and replaces every point, as an auto-refresh of "last 7 days" does.
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch() / 15000 * 15000;
    const QList<QList<ChartSeries>> dataSets{makeWeek(seriesCount, points, endMs, 1),
                                             makeWeek(seriesCount, points, endMs + 15000, 2)};
    auto windowOf = [&](qsizetype set) {
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(endMs + set * 15000, Qt::UTC);
        return std::pair{to.addMSecs(-static_cast<qint64>(points - 1) * 15000), to};
    };

    md::widgets::TimeSeriesChart chart;
    chart.resize(width, 420);
    if (parser.isSet(aliasedOption))
        for (QChartView* view : chart.findChildren<QChartView*>())
            view->setRenderHint(QPainter::Antialiasing, false);
    chart.show();
    QCoreApplication::processEvents();

    QElapsedTimer first;
    first.start();
    chart.setSeries(dataSets[0], windowOf(0).first, windowOf(0).second);
    (void)chart.grab();
    const double firstMs = static_cast<double>(first.nsecsElapsed()) / 1e6;

    QList<double> timings, cpuTimings, updateTimings, paintTimings, downsampleTimings;
    for (int refresh = 0; refresh < refreshes; ++refresh) {
        const qsizetype set = (refresh + 1) % 2;
        const QList<ChartSeries>& data = dataSets[set];
        const auto [from, to] = windowOf(set);
        QElapsedTimer timer;
        const double cpuBefore = threadCpuMs();
        timer.start();
        chart.setSeries(data, from, to);
        const qint64 updated = timer.nsecsElapsed();
        const QPixmap painted = chart.grab();
        const qint64 total = timer.nsecsElapsed();
        timings.append(static_cast<double>(total) / 1e6);
        cpuTimings.append(threadCpuMs() - cpuBefore);
        updateTimings.append(static_cast<double>(updated) / 1e6);
        paintTimings.append(static_cast<double>(total - updated) / 1e6);
        // The reduction alone, as setSeries() does it, for the breakdown.
        QElapsedTimer reduction;
        reduction.start();
        qsizetype reduced = 0;
        for (const ChartSeries& one : data)
            reduced += md::widgets::downsampleMinMax(one.points, static_cast<double>(from.toMSecsSinceEpoch()),
                                                     static_cast<double>(to.toMSecsSinceEpoch()), chart.plotWidth())
                           .size();
        downsampleTimings.append(static_cast<double>(reduction.nsecsElapsed()) / 1e6);
        if (reduced == 0) return 1;
        if (painted.isNull()) {
            std::fprintf(stderr, "grab() returned nothing\n");
            return 1;
        }
        QCoreApplication::processEvents();
    }

    // Did each series' highest and lowest sample reach the screen?
    const QList<ChartSeries>& last = dataSets[static_cast<qsizetype>(refreshes % 2)];
    bool peaksKept = true;
    for (qsizetype index = 0; index < last.size(); ++index) {
        auto byY = [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); };
        const auto [rawLow, rawHigh] = std::minmax_element(last[index].points.begin(), last[index].points.end(), byY);
        const QList<QPointF> drawn = chart.lineSeries().at(index)->points();
        const auto [drawnLow, drawnHigh] = std::minmax_element(drawn.begin(), drawn.end(), byY);
        peaksKept = peaksKept && drawnLow->y() == rawLow->y() && drawnHigh->y() == rawHigh->y();
    }

    std::printf("chart refresh: %d series x %d points, widget %d px (plot %d px), %d refreshes\n", seriesCount, points,
                width, chart.plotWidth(), refreshes);
    std::printf("  points in: %lld, drawn after downsampling: %lld (at most 4 per pixel column per series)\n",
                static_cast<long long>(seriesCount) * points, static_cast<long long>(chart.drawnPointCount()));
    std::printf("  first refresh (creates the lines): %.1f ms\n", firstMs);
    std::printf("  per refresh: p50 %.1f ms, p95 %.1f ms, max %.1f ms (target < 100 ms)\n", percentile(timings, 0.5),
                percentile(timings, 0.95), *std::max_element(timings.begin(), timings.end()));
    std::printf("  CPU time of the GUI thread per refresh: p50 %.1f ms, p95 %.1f ms (the rest is waiting for a core)\n",
                percentile(cpuTimings, 0.5), percentile(cpuTimings, 0.95));
    std::printf(
        "  of which (p50): update %.1f ms (downsampling alone %.1f ms, then replace and axes), repaint %.1f ms\n",
        percentile(updateTimings, 0.5), percentile(downsampleTimings, 0.5), percentile(paintTimings, 0.5));
    std::printf("  peaks and dips kept: %s\n", peaksKept ? "yes" : "NO");
    return peaksKept ? 0 : 1;
}
