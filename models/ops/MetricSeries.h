#pragma once
// One time series as the Dashboard holds it: Prometheus' label set, the name shown in legends and
// CSV headers, and every sample at full resolution. x is milliseconds since the Unix epoch (UTC),
// y the value; NaN and ±infinity are kept as Prometheus sent them, so the chart and the export
// decide what to do with them.

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>

namespace md::models {

struct MetricSeries {
    QMap<QString, QString> labels; // includes __name__ when the query keeps it
    QString name;                  // legend text, from the panel's legend template
    QList<QPointF> points;         // ascending x
};

} // namespace md::models
