#pragma once
// Parses Prometheus' range-query answer (`resultType: matrix`), which the server passes through
// unchanged: `{"status":"success","data":{"resultType":"matrix","result":[{"metric":{...},
// "values":[[<unix seconds>, "<value>"], ...]}]}}`. Values are strings in Prometheus' own notation,
// so "NaN", "+Inf" and "-Inf" occur and become the matching doubles.

#include "models/ops/MetricSeries.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace md::models {

// nullopt with `error` set when the document is not a successful matrix answer.
std::optional<QList<MetricSeries>> parsePrometheusMatrix(const QJsonObject& document, QString* error);

// One sample value in Prometheus' notation; nullopt when it is not a number.
std::optional<double> parsePrometheusValue(const QString& text);

} // namespace md::models
