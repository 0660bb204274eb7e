#pragma once
// One Deployment's detail and the rollout actions of API.md's Operations section. Every action
// answers with the updated Deployment; the service then reads the detail again, so the pane shows
// the server's state after an action, never a locally guessed one.

#include "models/api/ApiOutcome.h"
#include "models/ops/Deployment.h"

#include <QObject>

namespace md::models {

class ApiClient;

class DeploymentService : public QObject {
    Q_OBJECT
public:
    using DetailDone = std::function<void(ApiOutcome<DeploymentDetail>)>;
    using DeploymentDone = std::function<void(ApiOutcome<Deployment>)>;

    explicit DeploymentService(ApiClient* client, QObject* parent = nullptr);

    ApiCall* fetchDetail(const QString& name, QObject* context, DetailDone done);
    ApiCall* fetchCluster(QObject* context, std::function<void(ApiOutcome<ClusterInfo>)> done);

    ApiCall* scale(const QString& name, int replicas, QObject* context, DeploymentDone done);
    ApiCall* restart(const QString& name, QObject* context, DeploymentDone done);
    ApiCall* rollback(const QString& name, int revision, QObject* context, DeploymentDone done);
    ApiCall* setImage(const QString& name, const QString& container, const QString& image, QObject* context,
                      DeploymentDone done);
    ApiCall* setPaused(const QString& name, bool paused, QObject* context, DeploymentDone done);

    static QString deploymentPath(const QString& name);
    static constexpr int MaxReplicas = 1000; // the server's limit

private:
    ApiCall* action(const QString& name, const QString& verb, const QJsonObject& body, QObject* context,
                    DeploymentDone done);

    ApiClient* m_client;
};

} // namespace md::models
