#include "models/ops/MetricsQueryService.h"

#include "models/api/ApiClient.h"
#include "models/ops/PrometheusMatrix.h"

namespace md::models {

QUrlQuery rangeQueryParameters(const RangeQuery& query)
{
    QUrlQuery parameters;
    QString expression = query.expression;
    // QUrlQuery leaves '+' alone in values; "%2B" is kept as the encoded form.
    expression.replace(QLatin1Char('+'), QLatin1String("%2B"));
    parameters.addQueryItem(QStringLiteral("query"), expression);
    parameters.addQueryItem(QStringLiteral("start"), QString::number(query.start.toSecsSinceEpoch()));
    parameters.addQueryItem(QStringLiteral("end"), QString::number(query.end.toSecsSinceEpoch()));
    parameters.addQueryItem(QStringLiteral("step"), QString::number(query.step.count()));
    return parameters;
}

MetricsQueryService::MetricsQueryService(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

ApiCall* MetricsQueryService::queryRange(const RangeQuery& query, QObject* context,
                                         std::function<void(ApiOutcome<QList<MetricSeries>>)> done)
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/ops/metrics/query_range");
    request.query = rangeQueryParameters(query);
    request.allowRetries = false;
    return continueParsed<QList<MetricSeries>>(m_client->send(std::move(request)), context, &parsePrometheusMatrix,
                                               std::move(done));
}

} // namespace md::models
