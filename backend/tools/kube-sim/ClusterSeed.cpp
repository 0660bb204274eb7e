#include "ClusterSeed.h"

#include <cstdio>

namespace md::kubesim {

namespace {

struct DemoApp {
    const char* name;
    int replicas;
    std::vector<const char*> versions; // oldest first; the last one runs now
    bool logShipper;
    bool recreate;
    const char* tier;
};

const std::string kRegistry = "registry.example.com/marketplace/";

nlohmann::json podTemplateFor(const std::string& app, const std::string& image, const std::string& tier,
                              bool logShipper, int port)
{
    nlohmann::json container = {
        {"name", app},
        {"image", image},
        {"imagePullPolicy", "IfNotPresent"},
        {"ports", {{{"name", "http"}, {"containerPort", port}, {"protocol", "TCP"}}}},
        {"env", {{{"name", "APP_ENV"}, {"value", "production"}}, {{"name", "LOG_FORMAT"}, {"value", "json"}}}},
        {"resources",
         {{"requests", {{"cpu", "100m"}, {"memory", "128Mi"}}}, {"limits", {{"cpu", "500m"}, {"memory", "512Mi"}}}}},
        {"readinessProbe", {{"httpGet", {{"path", "/healthz/ready"}, {"port", "http"}}}, {"periodSeconds", 5}}},
    };
    nlohmann::json containers = nlohmann::json::array({container});
    if (logShipper)
        containers.push_back({{"name", "log-shipper"},
                              {"image", "registry.example.com/platform/fluent-bit:2.2.0"},
                              {"imagePullPolicy", "IfNotPresent"},
                              {"resources", {{"requests", {{"cpu", "20m"}, {"memory", "32Mi"}}}}}});
    return {{"metadata", {{"labels", {{"app", app}, {"tier", tier}}}}},
            {"spec", {{"containers", containers}, {"terminationGracePeriodSeconds", 30}}}};
}

nlohmann::json deploymentFor(const std::string& name, int replicas, const nlohmann::json& podTemplate, bool recreate,
                             int progressDeadline, const std::string& tier)
{
    nlohmann::json strategy = recreate
                                  ? nlohmann::json{{"type", "Recreate"}}
                                  : nlohmann::json{{"type", "RollingUpdate"},
                                                   {"rollingUpdate", {{"maxSurge", "25%"}, {"maxUnavailable", "25%"}}}};
    return {{"metadata", {{"name", name}, {"labels", {{"app", name}, {"tier", tier}, {"team", "marketplace"}}}}},
            {"spec",
             {{"replicas", replicas},
              {"selector", {{"matchLabels", {{"app", name}}}}},
              {"template", podTemplate},
              {"strategy", strategy},
              {"revisionHistoryLimit", 10},
              {"progressDeadlineSeconds", progressDeadline}}}};
}

// A ReplicaSet of `deployment` for `podTemplate` at `revision`, as the controller would have made it.
nlohmann::json replicaSetFor(const nlohmann::json& deployment, const nlohmann::json& podTemplate, long long revision,
                             long long replicas, WallTime created)
{
    const std::string hash = DeploymentController::templateHash(podTemplate);
    nlohmann::json templ = podTemplate;
    templ["metadata"]["labels"]["pod-template-hash"] = hash;
    nlohmann::json selector = deployment["spec"]["selector"];
    selector["matchLabels"]["pod-template-hash"] = hash;
    return {{"metadata",
             {{"name", deployment["metadata"]["name"].get<std::string>() + "-" + hash},
              {"labels", templ["metadata"]["labels"]},
              {"creationTimestamp", formatTime(created)},
              {"annotations",
               DeploymentController::replicaSetAnnotations(deployment["spec"].value("replicas", 1LL), revision)},
              {"ownerReferences", controllerReference(Kind::Deployment, deployment)}}},
            {"spec", {{"replicas", replicas}, {"minReadySeconds", 0}, {"selector", selector}, {"template", templ}}},
            {"status", {{"replicas", 0}, {"observedGeneration", 1}}}};
}

// The status of a Deployment whose last rollout finished at `settled`: seeded with historic
// condition times, which the controller keeps since nothing changes.
void settleDeployment(ObjectStore& store, const std::string& name, const std::string& replicaSet, long long replicas,
                      WallTime created, WallTime settled)
{
    nlohmann::json deployment = *store.get(Kind::Deployment, name);
    const std::string since = formatTime(settled);
    deployment["metadata"]["annotations"]["deployment.kubernetes.io/revision"] =
        (*store.get(Kind::ReplicaSet, replicaSet))["metadata"]["annotations"]["deployment.kubernetes.io/revision"];
    deployment["status"] = {{"observedGeneration", deployment["metadata"].value("generation", 1LL)},
                            {"replicas", replicas},
                            {"updatedReplicas", replicas},
                            {"readyReplicas", replicas},
                            {"availableReplicas", replicas},
                            {"unavailableReplicas", 0},
                            {"conditions",
                             {{{"type", "Available"},
                               {"status", "True"},
                               {"lastUpdateTime", since},
                               {"lastTransitionTime", since},
                               {"reason", "MinimumReplicasAvailable"},
                               {"message", "Deployment has minimum availability."}},
                              {{"type", "Progressing"},
                               {"status", "True"},
                               {"lastUpdateTime", since},
                               {"lastTransitionTime", formatTime(created)},
                               {"reason", "NewReplicaSetAvailable"},
                               {"message", "ReplicaSet \"" + replicaSet + "\" has successfully progressed."}}}}};
    store.replace(Kind::Deployment, std::move(deployment));
}

void seedDemo(ObjectStore& store, PodSimulator& pods, EventRecorder& events, DeploymentController& controller)
{
    const std::vector<DemoApp> apps = {
        {"marketdesk-server", 3, {"0.9.0", "0.9.1", "0.10.0"}, false, false, "backend"},
        {"storefront-web", 4, {"3.7.0", "3.8.0", "3.8.2"}, false, false, "frontend"},
        {"catalog-api", 3, {"2.3.1", "2.4.0"}, false, false, "backend"},
        {"cart-api", 3, {"1.8.0", "1.9.0", "1.9.1", "1.10.0"}, false, false, "backend"},
        {"checkout-api", 4, {"1.13.0", "1.14.0", "1.14.2"}, true, false, "backend"},
        {"payment-gateway", 2, {"5.1.0", "5.2.0"}, true, false, "backend"},
        {"search-indexer", 2, {"0.7.3", "0.8.0"}, false, true, "worker"},
        {"notification-worker", 2, {"2.0.1", "2.1.0", "2.1.1"}, false, false, "worker"},
        {"inventory-sync", 2, {"1.2.0", "1.3.0"}, false, false, "worker"},
        {"order-events-consumer", 3, {"4.0.0", "4.1.0"}, false, false, "worker"},
    };
    const WallTime now = SimClock::wallNow();
    using std::chrono::hours;
    using std::chrono::minutes;
    int appIndex = 0;
    for (const DemoApp& app : apps) {
        ++appIndex;
        const int port = std::string(app.tier) == "worker" ? 9090 : 8080;
        // Created weeks ago; one release every few days; the newest from hours to two days ago.
        const WallTime created = now - hours(24 * (20 + appIndex));
        const auto templateOf = [&](const char* version) {
            return podTemplateFor(app.name, kRegistry + app.name + ":" + version, app.tier, app.logShipper, port);
        };
        nlohmann::json current = templateOf(app.versions.back());
        nlohmann::json deployment = deploymentFor(app.name, app.replicas, current, app.recreate, 120, app.tier);
        deployment["metadata"]["creationTimestamp"] = formatTime(created);
        deployment = *store.create(Kind::Deployment, std::move(deployment));

        const long long revisions = static_cast<long long>(app.versions.size());
        WallTime lastRollout = now - hours(3 + 7 * appIndex) - minutes(13 * appIndex);
        for (long long revision = 1; revision <= revisions; ++revision) {
            const bool isCurrent = revision == revisions;
            WallTime rsCreated = isCurrent ? lastRollout : created + hours(24 * 4 * (revision - 1));
            nlohmann::json podTemplate = templateOf(app.versions[static_cast<std::size_t>(revision - 1)]);
            nlohmann::json replicaSet =
                replicaSetFor(deployment, podTemplate, revision, isCurrent ? app.replicas : 0, rsCreated);
            ObjectPtr stored = store.create(Kind::ReplicaSet, std::move(replicaSet));
            if (!isCurrent) continue;
            for (int i = 0; i < app.replicas; ++i) {
                WallTime started = lastRollout + std::chrono::seconds(20 * i + 5);
                // A couple of pods restarted once or twice since (an OOM kill, a node drain).
                int restarts = (appIndex + i) % 7 == 0 ? 1 : (appIndex * 3 + i) % 11 == 0 ? 2 : 0;
                pods.createRunningPod(*stored, started, restarts);
            }
            const std::string newName = (*stored)["metadata"]["name"];
            settleDeployment(store, app.name, newName, app.replicas, created,
                             lastRollout + std::chrono::seconds(20 * app.replicas + 10));
            events.record(deployment, "Normal", "ScalingReplicaSet",
                          "Scaled up replica set " + newName + " to " + std::to_string(app.replicas),
                          "deployment-controller", lastRollout);
            if (revisions > 1) {
                nlohmann::json previousTemplate = templateOf(app.versions[static_cast<std::size_t>(revisions - 2)]);
                const std::string oldName =
                    app.name + std::string("-") + DeploymentController::templateHash(previousTemplate);
                events.record(deployment, "Normal", "ScalingReplicaSet",
                              "Scaled down replica set " + oldName + " to 0 from " + std::to_string(app.replicas),
                              "deployment-controller", lastRollout + std::chrono::seconds(40));
            }
        }
        controller.deploymentChanged(app.name);
    }
}

void seedBench(const SeedSpec& seed, ObjectStore& store, PodSimulator& pods, DeploymentController& controller)
{
    const WallTime now = SimClock::wallNow();
    const std::size_t deployments = seed.benchDeployments;
    for (std::size_t index = 0; index < deployments; ++index) {
        char name[32];
        std::snprintf(name, sizeof name, "svc-%05zu", index + 1);
        std::size_t replicas = seed.benchPods / deployments + (index < seed.benchPods % deployments ? 1 : 0);
        const char* tier = index % 3 == 0 ? "frontend" : index % 3 == 1 ? "backend" : "worker";
        char version[16];
        std::snprintf(version, sizeof version, "1.%zu.%zu", index % 20, index % 7);
        nlohmann::json podTemplate = {{"metadata", {{"labels", {{"app", name}, {"tier", tier}}}}},
                                      {"spec",
                                       {{"containers",
                                         {{{"name", name},
                                           {"image", kRegistry + name + ":" + version},
                                           {"ports", {{{"containerPort", 8080}, {"protocol", "TCP"}}}}}}}}}};
        nlohmann::json deployment = deploymentFor(name, static_cast<int>(replicas), podTemplate, false, 600, tier);
        deployment["metadata"]["creationTimestamp"] = formatTime(now - std::chrono::hours(24 * 30));
        deployment = *store.create(Kind::Deployment, std::move(deployment));
        ObjectPtr replicaSet =
            store.create(Kind::ReplicaSet, replicaSetFor(deployment, podTemplate, 1, static_cast<long long>(replicas),
                                                         now - std::chrono::hours(24)));
        for (std::size_t i = 0; i < replicas; ++i)
            pods.createRunningPod(*replicaSet,
                                  now - std::chrono::hours(23) + std::chrono::seconds(static_cast<long>(i)));
        settleDeployment(store, name, (*replicaSet)["metadata"]["name"], static_cast<long long>(replicas),
                         now - std::chrono::hours(24 * 30), now - std::chrono::hours(22));
        controller.deploymentChanged(name);
    }
}

} // namespace

void seedCluster(const SeedSpec& seed, ObjectStore& store, PodSimulator& pods, EventRecorder& events,
                 DeploymentController& controller)
{
    store.setRecordHistory(false);
    switch (seed.kind) {
    case SeedSpec::Kind::Demo:
        seedDemo(store, pods, events, controller);
        break;
    case SeedSpec::Kind::Bench:
        seedBench(seed, store, pods, controller);
        break;
    case SeedSpec::Kind::Empty:
        break;
    }
    // Statuses are computed by the controller itself, so the seed and a live rollout agree.
    controller.syncNow();
    store.setRecordHistory(true);
}

} // namespace md::kubesim
