#include "ui/deployments/OpsErrorText.h"

#include <QCoreApplication>

namespace md::ui {

QString opsErrorText(const models::ApiError& error)
{
    const QString server = error.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.message);
    if (error.code == QLatin1String("not_configured"))
        return QCoreApplication::translate("OpsError",
                                           "The server is not set up for this yet%1. An administrator configures it "
                                           "on the server (MARKETDESK_KUBE_MODE or MARKETDESK_PROMETHEUS_URL).")
            .arg(server);
    if (error.code == QLatin1String("cluster_unavailable"))
        return QCoreApplication::translate("OpsError",
                                           "The Kubernetes API server does not answer%1. Check that the cluster is "
                                           "up and reachable from the server, then reload.")
            .arg(server);
    if (error.code == QLatin1String("prometheus_unavailable"))
        return QCoreApplication::translate("OpsError",
                                           "Prometheus does not answer%1. Check that it is running and reachable "
                                           "from the server, then reload.")
            .arg(server);
    if (error.code == QLatin1String("cluster_error"))
        return QCoreApplication::translate("OpsError", "Kubernetes refused the request: %1").arg(error.message);
    if (error.code == QLatin1String("invalid_state"))
        return QCoreApplication::translate("OpsError", "The Deployment kept changing while this was applied: %1")
            .arg(error.message);
    return error.displayText();
}

} // namespace md::ui
