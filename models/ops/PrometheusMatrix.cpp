#include "models/ops/PrometheusMatrix.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace md::models {

std::optional<double> parsePrometheusValue(const QString& text)
{
    if (text == QLatin1String("NaN")) return std::numeric_limits<double>::quiet_NaN();
    if (text == QLatin1String("+Inf") || text == QLatin1String("Inf")) return std::numeric_limits<double>::infinity();
    if (text == QLatin1String("-Inf")) return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok) return std::nullopt;
    return value;
}

std::optional<QList<MetricSeries>> parsePrometheusMatrix(const QJsonObject& document, QString* error)
{
    auto fail = [error](const QString& why) -> std::optional<QList<MetricSeries>> {
        if (error) *error = why;
        return std::nullopt;
    };
    const QString status = document.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error"))
        return fail(QCoreApplication::translate("PrometheusMatrix", "Prometheus answered with an error: %1")
                        .arg(document.value(QLatin1String("error")).toString()));
    if (status != QLatin1String("success"))
        return fail(QCoreApplication::translate("PrometheusMatrix", "The answer has no \"status\": \"success\"."));
    const QJsonObject data = document.value(QLatin1String("data")).toObject();
    const QString resultType = data.value(QLatin1String("resultType")).toString();
    if (resultType != QLatin1String("matrix"))
        return fail(
            QCoreApplication::translate("PrometheusMatrix", "Expected a matrix result, got \"%1\".").arg(resultType));
    const QJsonValue result = data.value(QLatin1String("result"));
    if (!result.isArray())
        return fail(QCoreApplication::translate("PrometheusMatrix", "The matrix has no \"result\" array."));

    QList<MetricSeries> series;
    const QJsonArray entries = result.toArray();
    series.reserve(entries.size());
    for (qsizetype index = 0; index < entries.size(); ++index) {
        const QJsonObject entry = entries.at(index).toObject();
        MetricSeries one;
        const QJsonObject metric = entry.value(QLatin1String("metric")).toObject();
        for (auto label = metric.begin(); label != metric.end(); ++label)
            one.labels.insert(label.key(), label.value().toString());
        const QJsonValue values = entry.value(QLatin1String("values"));
        if (!values.isArray())
            return fail(
                QCoreApplication::translate("PrometheusMatrix", "Series %1 has no \"values\" array.").arg(index + 1));
        const QJsonArray samples = values.toArray();
        one.points.reserve(samples.size());
        for (const QJsonValue& sampleValue : samples) {
            const QJsonArray sample = sampleValue.toArray();
            if (sample.size() != 2 || !sample.at(0).isDouble() || !sample.at(1).isString())
                return fail(QCoreApplication::translate("PrometheusMatrix",
                                                        "Series %1 has a sample that is not [seconds, \"value\"].")
                                .arg(index + 1));
            const std::optional<double> value = parsePrometheusValue(sample.at(1).toString());
            if (!value)
                return fail(QCoreApplication::translate("PrometheusMatrix",
                                                        "Series %1 has a value that is not a number: \"%2\".")
                                .arg(index + 1)
                                .arg(sample.at(1).toString()));
            // Prometheus timestamps are seconds with millisecond precision.
            const double milliseconds = std::round(sample.at(0).toDouble() * 1000.0);
            one.points.append(QPointF(milliseconds, *value));
        }
        series.append(std::move(one));
    }
    return series;
}

} // namespace md::models
