#pragma once
// The units a dashboard panel may declare, how a value reads in each (hover, CSV stays raw), and
// how the chart's value axis is scaled so its labels stay short (bytes in MiB, latency in ms).

#include <QString>
#include <QStringList>

#include <optional>

namespace md::models {

enum class MetricUnit {
    RequestsPerSecond, // "req/s"
    Ratio,             // "percent": the query yields 0..1, shown as a percentage
    Seconds,           // "seconds"
    Bytes,             // "bytes"
    Cores,             // "cores": CPU seconds per second
    Connections,       // "connections"
    OrdersPerMinute,   // "orders/min"
    Count,             // "count": a plain number
};

std::optional<MetricUnit> metricUnitFromString(const QString& code);
QStringList metricUnitCodes();

// The value with its unit, for a person: "12.3 req/s", "2.50 %", "184 ms", "96.4 MiB".
QString formatMetricValue(double value, MetricUnit unit);

// Chart axes show value / divisor; the title names what that is ("ms", "MiB", "req/s").
struct AxisScale {
    double divisor = 1.0;
    QString title;
};
AxisScale axisScaleFor(MetricUnit unit, double largestMagnitude);

} // namespace md::models
