#include "widgets/charts/MinMaxDownsampler.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace md::widgets {

namespace {

// Appends the bucket's kept points (indices into `points`) in x order, each once.
void flushBucket(const QList<QPointF>& points, qsizetype first, qsizetype minimum, qsizetype maximum, qsizetype last,
                 QList<QPointF>& out)
{
    qsizetype kept[4] = {first, minimum, maximum, last};
    std::sort(std::begin(kept), std::end(kept));
    qsizetype previous = -1;
    for (qsizetype index : kept) {
        if (index == previous) continue;
        out.append(points[index]);
        previous = index;
    }
}

bool drawable(const QPointF& point)
{
    return std::isfinite(point.x()) && std::isfinite(point.y());
}

} // namespace

QList<QPointF> downsampleMinMax(const QList<QPointF>& points, double xFrom, double xTo, int columns)
{
    QList<QPointF> out;
    columns = std::max(columns, 1);
    const qsizetype limit = static_cast<qsizetype>(columns) * 4;
    const qsizetype finite = std::count_if(points.begin(), points.end(), drawable);
    if (finite <= limit) {
        // Small enough already: only the undrawable points go.
        if (finite == points.size()) return points;
        out.reserve(finite);
        std::copy_if(points.begin(), points.end(), std::back_inserter(out), drawable);
        return out;
    }
    if (!(xTo > xFrom)) {
        // No usable range given: bucket over the data's own extent.
        const auto firstDrawable = std::find_if(points.begin(), points.end(), drawable);
        const auto lastDrawable = std::find_if(points.rbegin(), points.rend(), drawable);
        xFrom = firstDrawable->x();
        xTo = lastDrawable->x();
        if (!(xTo > xFrom)) xTo = xFrom + 1.0; // every point at one x: a single column
    }

    out.reserve(limit);
    const double columnsPerUnit = columns / (xTo - xFrom);
    int bucket = -1;
    qsizetype first = -1, minimum = -1, maximum = -1, last = -1;
    for (qsizetype index = 0; index < points.size(); ++index) {
        const QPointF& point = points[index];
        if (!drawable(point)) continue;
        const double position = (point.x() - xFrom) * columnsPerUnit;
        const int column = position <= 0 ? 0 : position >= columns ? columns - 1 : static_cast<int>(position);
        if (column != bucket) {
            if (bucket >= 0) flushBucket(points, first, minimum, maximum, last, out);
            bucket = column;
            first = minimum = maximum = last = index;
            continue;
        }
        if (point.y() < points[minimum].y()) minimum = index;
        if (point.y() > points[maximum].y()) maximum = index;
        last = index;
    }
    if (bucket >= 0) flushBucket(points, first, minimum, maximum, last, out);
    return out;
}

} // namespace md::widgets
