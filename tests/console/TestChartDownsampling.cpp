// The Dashboard's chart pieces without a server: min/max-per-column downsampling (peaks survive,
// the output is bounded, odd input is handled), the full-resolution lookups behind the hover
// read-out, and the TimeSeriesChart widget itself (what it draws, hover from the raw data, legend
// toggling, its states and palette).

#include "widgets/charts/MinMaxDownsampler.h"
#include "widgets/charts/SeriesLookup.h"
#include "widgets/charts/TimeSeriesChart.h"

#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRandomGenerator>
#include <QtTest>

#include <cmath>
#include <limits>

using md::widgets::ChartSeries;
using md::widgets::downsampleMinMax;
using md::widgets::TimeSeriesChart;

namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

// A week at 15 s: a noisy baseline with one tall spike and one deep dip, each a single sample.
QList<QPointF> week(int spikeAt, int dipAt)
{
    QList<QPointF> points;
    QRandomGenerator random(42);
    for (int index = 0; index < 40320; ++index) {
        double value = 100.0 + random.bounded(10.0);
        if (index == spikeAt) value = 5000.0;
        if (index == dipAt) value = -300.0;
        points.append(QPointF(index * 15000.0, value));
    }
    return points;
}

} // namespace

class TestChartDownsampling : public QObject {
    Q_OBJECT
private slots:
    void emptyAndTinyInputs()
    {
        QVERIFY(downsampleMinMax({}, 0, 100, 10).isEmpty());
        const QList<QPointF> one{{5, 7}};
        QCOMPARE(downsampleMinMax(one, 0, 100, 10), one);
        const QList<QPointF> few{{1, 1}, {2, 4}, {3, 9}};
        QCOMPARE(downsampleMinMax(few, 0, 100, 1), few); // 3 points fit in one column's four
        QCOMPARE(downsampleMinMax(few, 0, 100, 0), few); // no columns counts as one
    }

    void nonFiniteValuesAreDropped()
    {
        const QList<QPointF> points{{1, 1}, {2, NaN}, {3, std::numeric_limits<double>::infinity()}, {4, 2}};
        QCOMPARE(downsampleMinMax(points, 0, 10, 100), (QList<QPointF>{{1, 1}, {4, 2}}));
        QVERIFY(downsampleMinMax({{1, NaN}, {2, NaN}}, 0, 10, 100).isEmpty());
    }

    void peaksSurviveAndOutputIsBounded()
    {
        const QList<QPointF> raw = week(12345, 30000);
        const int columns = 1200;
        const QList<QPointF> reduced = downsampleMinMax(raw, raw.first().x(), raw.last().x(), columns);
        QVERIFY2(reduced.size() <= 4 * columns, qPrintable(QString::number(reduced.size())));
        QVERIFY(reduced.size() >= 2 * columns); // every column has at least its first and last point
        QVERIFY(reduced.contains(raw[12345]));
        QVERIFY(reduced.contains(raw[30000]));
        QCOMPARE(reduced.first(), raw.first());
        QCOMPARE(reduced.last(), raw.last());
        for (qsizetype index = 1; index < reduced.size(); ++index)
            QVERIFY(reduced[index - 1].x() < reduced[index].x());

        // Per column, the reduction has exactly the raw minimum and maximum.
        const double width = (raw.last().x() - raw.first().x()) / columns;
        QList<double> rawMin(columns, 1e300), rawMax(columns, -1e300), outMin(columns, 1e300), outMax(columns, -1e300);
        auto column = [&](double x) { return std::min(columns - 1, static_cast<int>((x - raw.first().x()) / width)); };
        for (const QPointF& point : raw) {
            rawMin[column(point.x())] = std::min(rawMin[column(point.x())], point.y());
            rawMax[column(point.x())] = std::max(rawMax[column(point.x())], point.y());
        }
        for (const QPointF& point : reduced) {
            outMin[column(point.x())] = std::min(outMin[column(point.x())], point.y());
            outMax[column(point.x())] = std::max(outMax[column(point.x())], point.y());
        }
        QCOMPARE(outMin, rawMin);
        QCOMPARE(outMax, rawMax);
    }

    void sameXAndOutOfRangePoints()
    {
        QList<QPointF> stacked;
        for (int index = 0; index < 50; ++index)
            stacked.append(QPointF(10, index == 20 ? 99 : index % 3));
        const QList<QPointF> reduced = downsampleMinMax(stacked, 10, 10, 5); // no range: the data's own
        QVERIFY(reduced.size() <= 4);
        QVERIFY(reduced.contains(QPointF(10, 99)));

        QList<QPointF> wide;
        for (int index = 0; index < 100; ++index)
            wide.append(QPointF(index, index == 0 ? -50 : index == 99 ? 80 : 1));
        const QList<QPointF> clipped = downsampleMinMax(wide, 40, 60, 2); // outside points land in edge columns
        QVERIFY(clipped.size() <= 8);
        QVERIFY(clipped.contains(QPointF(0, -50)));
        QVERIFY(clipped.contains(QPointF(99, 80)));
    }

    void lookupsByTime()
    {
        const QList<QPointF> points{{0, 1}, {10, 2}, {20, 3}};
        QCOMPARE(md::widgets::nearestPointIndex(points, -5), 0);
        QCOMPARE(md::widgets::nearestPointIndex(points, 4), 0);
        QCOMPARE(md::widgets::nearestPointIndex(points, 5), 0); // a tie goes to the earlier point
        QCOMPARE(md::widgets::nearestPointIndex(points, 6), 1);
        QCOMPARE(md::widgets::nearestPointIndex(points, 99), 2);
        QVERIFY(!md::widgets::nearestPointIndex({}, 1));
        QCOMPARE(md::widgets::pointIndexAt(points, 10), 1);
        QVERIFY(!md::widgets::pointIndexAt(points, 12));
    }

    void chartDrawsAReductionAndHoversOnRawValues()
    {
        TimeSeriesChart chart;
        chart.resize(1200, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setValueFormatter([](double value) { return QString::number(value, 'f', 4); });
        QList<ChartSeries> series;
        const QList<QPointF> raw = week(100, 200);
        series.append({QStringLiteral("경로 /api/v1/orders"), raw});
        series.append({QStringLiteral("p99"), week(300, 400)});
        const QDateTime from = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
        const QDateTime to = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(raw.last().x()), Qt::UTC);
        chart.setSeries(series, from, to);

        QCOMPARE(chart.state(), TimeSeriesChart::State::Data);
        QCOMPARE(chart.lineSeries().size(), 2);
        QVERIFY(chart.plotWidth() > 500);
        QVERIFY2(chart.drawnPointCount() <= 2 * 4 * chart.plotWidth(),
                 qPrintable(QString::number(chart.drawnPointCount())));
        QVERIFY(chart.drawnPointCount() < 2 * raw.size() / 4);

        // A sample the chart does not draw still reads exactly on hover.
        const QList<QPointF> drawn = chart.lineSeries().first()->points();
        qsizetype hidden = 5000;
        while (hidden < 6000 && drawn.contains(raw[hidden]))
            ++hidden;
        QVERIFY(!drawn.contains(raw[hidden]));
        const QString hover = chart.hoverText(raw[hidden].x() + 3000); // nearest sample: that one
        QVERIFY2(hover.contains(QString::number(raw[hidden].y(), 'f', 4)), qPrintable(hover));
        QVERIFY(hover.contains(QStringLiteral("경로 /api/v1/orders")));
        QVERIFY(hover.contains(QStringLiteral("p99")));
        const QString when = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(raw[hidden].x()))
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY2(hover.contains(when), qPrintable(hover));

        // The same data again replaces points instead of rebuilding the lines.
        QLineSeries* first = chart.lineSeries().first();
        chart.setSeries(series, from, to);
        QCOMPARE(chart.lineSeries().first(), first);
    }

    void legendClickTogglesASeries()
    {
        TimeSeriesChart chart;
        chart.resize(800, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setSeries({{QStringLiteral("a"), {{0, 1}, {1000, 2}}}, {QStringLiteral("b"), {{0, 3}, {1000, 4}}}},
                        QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
        QLineSeries* b = chart.lineSeries().at(1);
        const QList<QLegendMarker*> markers = chart.chart()->legend()->markers(b);
        QCOMPARE(markers.size(), 1);
        QTRY_VERIFY(markers.first()->isVisible()); // once the legend is laid out
        QSignalSpy toggled(&chart, &TimeSeriesChart::seriesVisibilityChanged);
        emit markers.first()->clicked();
        QCOMPARE(toggled.size(), 1);
        QVERIFY(!b->isVisible());
        const QList<QLegendMarker*> after = chart.chart()->legend()->markers(b);
        QCOMPARE(after.size(), 1);
        QTRY_VERIFY(after.first()->isVisible()); // the entry stays, to be clicked back
        QVERIFY(!chart.isSeriesVisible(QStringLiteral("b")));
        QVERIFY(!chart.hoverText(0).contains(QStringLiteral("b:")));
        // Hidden by name, it stays hidden across a refresh.
        chart.setSeries({{QStringLiteral("a"), {{0, 1}}}, {QStringLiteral("b"), {{0, 3}}}},
                        QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
        QVERIFY(!chart.lineSeries().at(1)->isVisible());
        emit chart.chart()->legend()->markers(chart.lineSeries().at(1)).first()->clicked();
        QVERIFY(chart.lineSeries().at(1)->isVisible());
    }

    void statesAndPalette()
    {
        TimeSeriesChart chart;
        chart.resize(600, 300);
        QCOMPARE(chart.state(), TimeSeriesChart::State::Empty);
        chart.showLoading();
        QCOMPARE(chart.state(), TimeSeriesChart::State::Loading);
        chart.setSeries({{QStringLiteral("a"), {{0, NaN}}}}, QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
                        QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
        QCOMPARE(chart.state(), TimeSeriesChart::State::NoData);
        QVERIFY(!chart.stateText().isEmpty());
        chart.showError(QStringLiteral("Prometheus is not configured"));
        QCOMPARE(chart.state(), TimeSeriesChart::State::Error);
        QCOMPARE(chart.stateText(), QStringLiteral("Prometheus is not configured"));
        QVERIFY(chart.series().isEmpty());

        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        chart.setPalette(dark);
        QCOMPARE(chart.chart()->backgroundBrush().color(), QColor(0x18, 0x18, 0x18));
        QCOMPARE(chart.chart()->legend()->labelColor(), QColor(0xee, 0xee, 0xee));
    }
};

QTEST_MAIN(TestChartDownsampling)
#include "TestChartDownsampling.moc"
