#include "models/ops/OpsErrorText.h"

#include <QCoreApplication>

namespace md::models {

namespace {

QString dashboardPanelText(const ApiError& error)
{
    const QString serverSays = error.message.isEmpty()
                                   ? QString()
                                   : QCoreApplication::translate("OpsErrorText", " (server: %1)").arg(error.message);
    if (error.code == QLatin1String("not_configured"))
        return QCoreApplication::translate(
                   "OpsErrorText",
                   "Prometheus is not configured on the server: set MARKETDESK_PROMETHEUS_URL and restart it.%1")
            .arg(serverSays);
    if (error.code == QLatin1String("prometheus_unavailable"))
        return QCoreApplication::translate(
                   "OpsErrorText", "The server cannot reach Prometheus. Check that Prometheus is running and that "
                                   "MARKETDESK_PROMETHEUS_URL points at it.%1")
            .arg(serverSays);
    if (error.code == QLatin1String("bad_query"))
        return QCoreApplication::translate(
                   "OpsErrorText", "Prometheus refused this panel's query: %1. Fix the query in the dashboard file.")
            .arg(error.message);
    if (error.code == QLatin1String("too_many_points"))
        return QCoreApplication::translate("OpsErrorText",
                                           "This range needs too many points; choose a shorter range.%1")
            .arg(serverSays);
    if (error.isForbidden())
        return QCoreApplication::translate("OpsErrorText",
                                           "Your role may not view metrics; operators and administrators can.");
    return error.displayText();
}

QString clusterViewText(const ApiError& error)
{
    const QString server = error.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.message);
    if (error.code == QLatin1String("not_configured"))
        return QCoreApplication::translate("OpsErrorText",
                                           "The server is not set up for this yet%1. An administrator configures it "
                                           "on the server (MARKETDESK_KUBE_MODE or MARKETDESK_PROMETHEUS_URL).")
            .arg(server);
    if (error.code == QLatin1String("cluster_unavailable"))
        return QCoreApplication::translate("OpsErrorText",
                                           "The Kubernetes API server does not answer%1. Check that the cluster is "
                                           "up and reachable from the server, then reload.")
            .arg(server);
    if (error.code == QLatin1String("prometheus_unavailable"))
        return QCoreApplication::translate("OpsErrorText",
                                           "Prometheus does not answer%1. Check that it is running and reachable "
                                           "from the server, then reload.")
            .arg(server);
    if (error.code == QLatin1String("cluster_error"))
        return QCoreApplication::translate("OpsErrorText", "Kubernetes refused the request: %1").arg(error.message);
    if (error.code == QLatin1String("invalid_state"))
        return QCoreApplication::translate("OpsErrorText", "The Deployment kept changing while this was applied: %1")
            .arg(error.message);
    return error.displayText();
}

} // namespace

QString opsErrorText(const ApiError& error, OpsErrorView view)
{
    return view == OpsErrorView::DashboardPanel ? dashboardPanelText(error) : clusterViewText(error);
}

} // namespace md::models
