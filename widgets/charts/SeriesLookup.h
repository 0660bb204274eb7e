#pragma once
// Finding samples by time in full-resolution series, for the chart's hover read-out: the chart draws
// downsampled points, but the values a person reads must be the ones Prometheus returned.

#include <QList>
#include <QPointF>

#include <optional>

namespace md::widgets {

// Index of the point whose x is closest to `x` (ties go to the earlier point); nullopt when empty.
// Points must be sorted by x.
std::optional<qsizetype> nearestPointIndex(const QList<QPointF>& points, double x);

// Index of the point at exactly `x` (within `tolerance`); nullopt when the series has none there.
std::optional<qsizetype> pointIndexAt(const QList<QPointF>& points, double x, double tolerance = 0.5);

} // namespace md::widgets
