#pragma once
// A Kubernetes Deployment as GET /api/v1/ops/deployments describes it, and the detail answer of
// GET /api/v1/ops/deployments/{name} (revision history from the ReplicaSets, pods and events), plus
// the cluster the server talks to (GET /api/v1/ops/cluster). Pure parsing, tested offline.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace md::models {

enum class RolloutState { Complete, Progressing, Failed, Paused };

std::optional<RolloutState> rolloutStateFromCode(const QString& code);
QString rolloutStateCode(RolloutState state);
QString rolloutStateLabel(RolloutState state); // translated

struct DeploymentReplicas {
    int desired = 0;
    int ready = 0;
    int updated = 0;
    int available = 0;
    int unavailable = 0;
    bool operator==(const DeploymentReplicas&) const = default;
};

struct DeploymentCondition {
    QString type;   // Available, Progressing, ReplicaFailure
    QString status; // "True", "False", "Unknown"
    QString reason;
    QString message;
    QDateTime lastUpdate;
    bool operator==(const DeploymentCondition&) const = default;
};

struct ContainerImage {
    QString container;
    QString image;
    bool operator==(const ContainerImage&) const = default;
};

struct Deployment {
    QString name;
    QString namespaceName;
    QStringList images;
    QList<ContainerImage> containers;
    DeploymentReplicas replicas;
    int revision = 0;
    qint64 generation = 0;
    qint64 observedGeneration = 0;
    QList<DeploymentCondition> conditions;
    bool paused = false;
    RolloutState rolloutState = RolloutState::Complete;
    QString rolloutMessage;
    QString strategy;
    QString resourceVersion;
    QDateTime createdAt;

    // Fraction of the desired replicas that run the new template and are ready, 0..1 (1 with none desired).
    double rolloutProgress() const;
    // The reason of the Progressing condition when it is False (e.g. ProgressDeadlineExceeded).
    QString failureReason() const;
    bool operator==(const Deployment&) const = default;
};

struct DeploymentRevision {
    int revision = 0;
    QString replicaSet;
    QStringList images;
    QDateTime createdAt;
    int replicas = 0;
    bool current = false;
    bool operator==(const DeploymentRevision&) const = default;
};

struct PodSummary {
    QString name;
    QString phase;
    bool ready = false;
    int restarts = 0;
    QString node;
    std::optional<QDateTime> startedAt;
    QStringList containers;
    bool operator==(const PodSummary&) const = default;
};

struct ClusterEvent {
    QString type; // Normal, Warning
    QString reason;
    QString message;
    QString object;
    int count = 1;
    std::optional<QDateTime> firstSeen;
    std::optional<QDateTime> lastSeen;
    bool operator==(const ClusterEvent&) const = default;
};

struct DeploymentDetail {
    Deployment deployment;
    QList<DeploymentRevision> revisions; // newest first
    QList<PodSummary> pods;
    QList<ClusterEvent> events; // newest first
    bool operator==(const DeploymentDetail&) const = default;
};

struct ClusterInfo {
    QString namespaceName;
    QString server;
    QString mode;
    bool simulated = false;
    bool connected = false;
};

std::optional<Deployment> parseDeployment(const QJsonObject& json, QString* error = nullptr);
std::optional<DeploymentDetail> parseDeploymentDetail(const QJsonObject& json, QString* error = nullptr);
std::optional<ClusterInfo> parseClusterInfo(const QJsonObject& json, QString* error = nullptr);

// "registry.example.com/marketplace/checkout-api:1.14.2" → "checkout-api:1.14.2", joined with ", ":
// the registry path is the same for every row and would push the tag, the part that differs, out
// of a narrow column (the full references go in tooltips).
QString shortImageNames(const QStringList& images);

} // namespace md::models

Q_DECLARE_METATYPE(md::models::Deployment)
