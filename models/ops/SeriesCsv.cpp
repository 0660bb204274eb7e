#include "models/ops/SeriesCsv.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace md::models {

namespace {

QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r')) return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray valueText(double value)
{
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "+Inf" : "-Inf";
    return QByteArray::number(value, 'g', std::numeric_limits<double>::max_digits10);
}

} // namespace

QByteArray seriesToCsv(const QList<MetricSeries>& series)
{
    QByteArray csv("\xEF\xBB\xBF");
    csv += "time";
    for (const MetricSeries& one : series)
        csv += ',' + csvField(one.name);
    csv += "\r\n";

    // Merge by timestamp: every series is ascending, so one cursor per series suffices.
    QList<qsizetype> cursor(series.size(), 0);
    const qsizetype maxRows =
        std::accumulate(series.begin(), series.end(), qsizetype(0),
                        [](qsizetype sum, const MetricSeries& one) { return sum + one.points.size(); });
    for (qsizetype row = 0; row < maxRows; ++row) {
        double next = std::numeric_limits<double>::infinity();
        for (qsizetype index = 0; index < series.size(); ++index)
            if (cursor[index] < series[index].points.size())
                next = std::min(next, series[index].points[cursor[index]].x());
        if (std::isinf(next)) break;
        csv +=
            QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(next), Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
        for (qsizetype index = 0; index < series.size(); ++index) {
            csv += ',';
            const QList<QPointF>& points = series[index].points;
            if (cursor[index] < points.size() && points[cursor[index]].x() == next) {
                csv += valueText(points[cursor[index]].y());
                ++cursor[index];
            }
        }
        csv += "\r\n";
    }
    return csv;
}

} // namespace md::models
