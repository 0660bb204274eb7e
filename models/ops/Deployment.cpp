#include "models/ops/Deployment.h"

#include "models/dto/JsonReader.h"

#include <QCoreApplication>

#include <algorithm>

namespace md::models {

std::optional<RolloutState> rolloutStateFromCode(const QString& code)
{
    if (code == QLatin1String("complete")) return RolloutState::Complete;
    if (code == QLatin1String("progressing")) return RolloutState::Progressing;
    if (code == QLatin1String("failed")) return RolloutState::Failed;
    if (code == QLatin1String("paused")) return RolloutState::Paused;
    return std::nullopt;
}

QString rolloutStateCode(RolloutState state)
{
    switch (state) {
    case RolloutState::Complete:
        return QStringLiteral("complete");
    case RolloutState::Progressing:
        return QStringLiteral("progressing");
    case RolloutState::Failed:
        return QStringLiteral("failed");
    case RolloutState::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

QString rolloutStateLabel(RolloutState state)
{
    switch (state) {
    case RolloutState::Complete:
        return QCoreApplication::translate("RolloutState", "Complete");
    case RolloutState::Progressing:
        return QCoreApplication::translate("RolloutState", "Rolling out");
    case RolloutState::Failed:
        return QCoreApplication::translate("RolloutState", "Failed");
    case RolloutState::Paused:
        return QCoreApplication::translate("RolloutState", "Paused");
    }
    return {};
}

double Deployment::rolloutProgress() const
{
    if (replicas.desired <= 0) return 1.0;
    // A pod counts once it runs the new template and is available; old pods still serving do not.
    const int done = std::min(replicas.updated, replicas.available);
    return std::clamp(static_cast<double>(done) / replicas.desired, 0.0, 1.0);
}

QString Deployment::failureReason() const
{
    for (const DeploymentCondition& condition : conditions)
        if (condition.type == QLatin1String("Progressing") && condition.status == QLatin1String("False"))
            return condition.reason;
    return {};
}

namespace {

// The server copies Kubernetes' timestamps through and writes "" for one Kubernetes left out (a pod
// not started yet): that is "absent", not a contract break.
std::optional<QDateTime> timestampOf(JsonReader& reader, const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString() && value.toString().isEmpty()) return std::nullopt;
    return reader.optionalTimestamp(key);
}

int intOf(JsonReader& reader, const char* key)
{
    return static_cast<int>(reader.optionalInteger(key).value_or(0));
}

template <typename T, typename Parse>
QList<T> parseList(JsonReader& owner, const char* key, const QString& context, Parse parse)
{
    QList<T> list;
    const QJsonArray array = owner.optionalArray(key);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            owner.fail(key, QStringLiteral("[%1] is not an object").arg(i));
            return {};
        }
        JsonReader item(array.at(i).toObject(), QStringLiteral("%1.%2[%3]").arg(context, QLatin1String(key)).arg(i));
        T value = parse(item, array.at(i).toObject());
        if (!item.ok()) {
            owner.fail(key, item.error());
            return {};
        }
        list.append(std::move(value));
    }
    return list;
}

DeploymentCondition parseCondition(JsonReader& reader, const QJsonObject& object)
{
    DeploymentCondition condition;
    condition.type = reader.requiredString("type");
    condition.status = reader.requiredString("status");
    condition.reason = reader.optionalString("reason");
    condition.message = reader.optionalString("message");
    condition.lastUpdate = timestampOf(reader, object, "last_update").value_or(QDateTime());
    return condition;
}

ContainerImage parseContainer(JsonReader& reader, const QJsonObject&)
{
    return {reader.requiredString("name"), reader.requiredString("image")};
}

DeploymentRevision parseRevision(JsonReader& reader, const QJsonObject& object)
{
    DeploymentRevision revision;
    revision.revision = static_cast<int>(reader.requiredInteger("revision"));
    revision.replicaSet = reader.optionalString("replicaset");
    revision.images = reader.optionalStringList("images");
    revision.createdAt = timestampOf(reader, object, "created_at").value_or(QDateTime());
    revision.replicas = intOf(reader, "replicas");
    revision.current = reader.optionalBool("current", false);
    return revision;
}

PodSummary parsePod(JsonReader& reader, const QJsonObject& object)
{
    PodSummary pod;
    pod.name = reader.requiredString("name");
    pod.phase = reader.optionalString("phase");
    pod.ready = reader.optionalBool("ready", false);
    pod.restarts = intOf(reader, "restarts");
    pod.node = reader.optionalString("node");
    pod.startedAt = timestampOf(reader, object, "started_at");
    pod.containers = reader.optionalStringList("containers");
    return pod;
}

ClusterEvent parseEvent(JsonReader& reader, const QJsonObject& object)
{
    ClusterEvent event;
    event.type = reader.optionalString("type");
    event.reason = reader.optionalString("reason");
    event.message = reader.optionalString("message");
    event.object = reader.optionalString("object");
    event.count = static_cast<int>(reader.optionalInteger("count").value_or(1));
    event.firstSeen = timestampOf(reader, object, "first_seen");
    event.lastSeen = timestampOf(reader, object, "last_seen");
    return event;
}

void readDeployment(JsonReader& reader, const QJsonObject& object, Deployment& deployment)
{
    deployment.name = reader.requiredString("name");
    deployment.namespaceName = reader.optionalString("namespace");
    deployment.images = reader.optionalStringList("images");
    deployment.containers =
        parseList<ContainerImage>(reader, "containers", QStringLiteral("deployment"), parseContainer);
    JsonReader replicas(reader.optionalObject("replicas"), QStringLiteral("deployment.replicas"));
    deployment.replicas.desired = static_cast<int>(replicas.requiredInteger("desired"));
    deployment.replicas.ready = intOf(replicas, "ready");
    deployment.replicas.updated = intOf(replicas, "updated");
    deployment.replicas.available = intOf(replicas, "available");
    deployment.replicas.unavailable = intOf(replicas, "unavailable");
    if (!replicas.ok()) reader.fail("replicas", replicas.error());
    deployment.revision = intOf(reader, "revision");
    deployment.generation = reader.optionalInteger("generation").value_or(0);
    deployment.observedGeneration = reader.optionalInteger("observed_generation").value_or(0);
    deployment.conditions =
        parseList<DeploymentCondition>(reader, "conditions", QStringLiteral("deployment"), parseCondition);
    deployment.paused = reader.optionalBool("paused", false);
    JsonReader rollout(reader.optionalObject("rollout"), QStringLiteral("deployment.rollout"));
    const QString state = rollout.optionalString("state");
    if (const auto parsed = rolloutStateFromCode(state))
        deployment.rolloutState = *parsed;
    else if (!state.isEmpty())
        reader.fail("rollout", QStringLiteral("unknown state \"%1\"").arg(state));
    else
        deployment.rolloutState = deployment.paused ? RolloutState::Paused : RolloutState::Complete;
    deployment.rolloutMessage = rollout.optionalString("message");
    deployment.strategy = reader.optionalString("strategy");
    deployment.resourceVersion = reader.optionalString("resource_version");
    deployment.createdAt = timestampOf(reader, object, "created_at").value_or(QDateTime());
    if (deployment.images.isEmpty())
        for (const ContainerImage& container : std::as_const(deployment.containers))
            deployment.images.append(container.image);
}

bool finish(const JsonReader& reader, QString* error)
{
    if (reader.ok()) return true;
    if (error) *error = reader.error();
    return false;
}

} // namespace

std::optional<Deployment> parseDeployment(const QJsonObject& json, QString* error)
{
    JsonReader reader(json, QStringLiteral("deployment"));
    Deployment deployment;
    readDeployment(reader, json, deployment);
    if (!finish(reader, error)) return std::nullopt;
    return deployment;
}

std::optional<DeploymentDetail> parseDeploymentDetail(const QJsonObject& json, QString* error)
{
    JsonReader reader(json, QStringLiteral("deployment"));
    DeploymentDetail detail;
    readDeployment(reader, json, detail.deployment);
    detail.revisions = parseList<DeploymentRevision>(reader, "revisions", QStringLiteral("deployment"), parseRevision);
    detail.pods = parseList<PodSummary>(reader, "pods", QStringLiteral("deployment"), parsePod);
    detail.events = parseList<ClusterEvent>(reader, "events", QStringLiteral("deployment"), parseEvent);
    if (!finish(reader, error)) return std::nullopt;
    return detail;
}

std::optional<ClusterInfo> parseClusterInfo(const QJsonObject& json, QString* error)
{
    JsonReader reader(json, QStringLiteral("cluster"));
    ClusterInfo info;
    info.namespaceName = reader.optionalString("namespace");
    info.server = reader.optionalString("server");
    info.mode = reader.optionalString("mode");
    info.simulated = reader.optionalBool("simulated", false);
    info.connected = reader.optionalBool("connected", false);
    if (!finish(reader, error)) return std::nullopt;
    return info;
}

QString shortImageNames(const QStringList& images)
{
    QStringList names;
    names.reserve(images.size());
    for (const QString& image : images) {
        // A digest ("name@sha256:...") can contain no '/', so the last '/' always ends the path.
        const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
        names.append(slash < 0 ? image : image.mid(slash + 1));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace md::models
