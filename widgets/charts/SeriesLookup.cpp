#include "widgets/charts/SeriesLookup.h"

#include <algorithm>
#include <cmath>

namespace md::widgets {

std::optional<qsizetype> nearestPointIndex(const QList<QPointF>& points, double x)
{
    if (points.isEmpty()) return std::nullopt;
    const auto after = std::lower_bound(points.begin(), points.end(), x,
                                        [](const QPointF& point, double value) { return point.x() < value; });
    if (after == points.begin()) return 0;
    if (after == points.end()) return points.size() - 1;
    const auto before = after - 1;
    const qsizetype index = (x - before->x() <= after->x() - x) ? before - points.begin() : after - points.begin();
    return index;
}

std::optional<qsizetype> pointIndexAt(const QList<QPointF>& points, double x, double tolerance)
{
    const auto nearest = nearestPointIndex(points, x);
    if (!nearest || std::abs(points[*nearest].x() - x) > tolerance) return std::nullopt;
    return nearest;
}

} // namespace md::widgets
