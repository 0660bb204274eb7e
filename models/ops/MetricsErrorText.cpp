#include "models/ops/MetricsErrorText.h"

#include <QCoreApplication>

namespace md::models {

QString metricsErrorText(const ApiError& error)
{
    const QString serverSays =
        error.message.isEmpty() ? QString()
                                : QCoreApplication::translate("MetricsErrorText", " (server: %1)").arg(error.message);
    if (error.code == QLatin1String("not_configured"))
        return QCoreApplication::translate(
                   "MetricsErrorText",
                   "Prometheus is not configured on the server: set MARKETDESK_PROMETHEUS_URL and restart it.%1")
            .arg(serverSays);
    if (error.code == QLatin1String("prometheus_unavailable"))
        return QCoreApplication::translate(
                   "MetricsErrorText", "The server cannot reach Prometheus. Check that Prometheus is running and that "
                                       "MARKETDESK_PROMETHEUS_URL points at it.%1")
            .arg(serverSays);
    if (error.code == QLatin1String("bad_query"))
        return QCoreApplication::translate(
                   "MetricsErrorText",
                   "Prometheus refused this panel's query: %1. Fix the query in the dashboard file.")
            .arg(error.message);
    if (error.code == QLatin1String("too_many_points"))
        return QCoreApplication::translate("MetricsErrorText",
                                           "This range needs too many points; choose a shorter range.%1")
            .arg(serverSays);
    if (error.isForbidden())
        return QCoreApplication::translate("MetricsErrorText",
                                           "Your role may not view metrics; operators and administrators can.");
    return error.displayText();
}

} // namespace md::models
