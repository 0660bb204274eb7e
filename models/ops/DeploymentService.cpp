#include "models/ops/DeploymentService.h"

#include "models/api/ApiClient.h"

#include <QUrl>

namespace md::models {

DeploymentService::DeploymentService(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

QString DeploymentService::deploymentPath(const QString& name)
{
    // Kubernetes names are DNS labels, but a name never goes into a path unescaped.
    return QStringLiteral("/api/v1/ops/deployments/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

ApiCall* DeploymentService::fetchDetail(const QString& name, QObject* context, DetailDone done)
{
    return continueParsed<DeploymentDetail>(m_client->get(deploymentPath(name)), context, &parseDeploymentDetail,
                                            std::move(done));
}

ApiCall* DeploymentService::fetchCluster(QObject* context, std::function<void(ApiOutcome<ClusterInfo>)> done)
{
    return continueParsed<ClusterInfo>(m_client->get(QStringLiteral("/api/v1/ops/cluster")), context, &parseClusterInfo,
                                       std::move(done));
}

ApiCall* DeploymentService::action(const QString& name, const QString& verb, const QJsonObject& body, QObject* context,
                                   DeploymentDone done)
{
    return continueParsed<Deployment>(m_client->postJson(deploymentPath(name) + QLatin1Char('/') + verb, body), context,
                                      &parseDeployment, std::move(done));
}

ApiCall* DeploymentService::scale(const QString& name, int replicas, QObject* context, DeploymentDone done)
{
    return action(name, QStringLiteral("scale"), {{QStringLiteral("replicas"), replicas}}, context, std::move(done));
}

ApiCall* DeploymentService::restart(const QString& name, QObject* context, DeploymentDone done)
{
    return action(name, QStringLiteral("restart"), {}, context, std::move(done));
}

ApiCall* DeploymentService::rollback(const QString& name, int revision, QObject* context, DeploymentDone done)
{
    return action(name, QStringLiteral("rollback"), {{QStringLiteral("revision"), revision}}, context, std::move(done));
}

ApiCall* DeploymentService::setImage(const QString& name, const QString& container, const QString& image,
                                     QObject* context, DeploymentDone done)
{
    return action(name, QStringLiteral("image"),
                  {{QStringLiteral("container"), container}, {QStringLiteral("image"), image}}, context,
                  std::move(done));
}

ApiCall* DeploymentService::setPaused(const QString& name, bool paused, QObject* context, DeploymentDone done)
{
    return action(name, paused ? QStringLiteral("pause") : QStringLiteral("resume"), {}, context, std::move(done));
}

} // namespace md::models
