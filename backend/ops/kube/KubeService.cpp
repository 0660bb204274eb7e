#include "ops/kube/KubeService.h"

#include "audit/AuditLog.h"
#include "core/DomainError.h"
#include "core/JsonFields.h"
#include "core/KeysetCursor.h"
#include "db/Transaction.h"
#include "observability/Log.h"
#include "ops/kube/DeploymentView.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <limits>

namespace md::ops::kube {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxEventPods = 20; // events are read for at most this many pods
constexpr std::size_t kMaxEvents = 100;

// A call the API server failed (unreachable, or an answer that makes no sense) is logged here, once;
// what the caller asked wrongly (404, 409, 422) is not. The error goes on to the dispatcher.
template <typename Work> auto loggingFailures(Work&& work) -> decltype(work())
{
    try {
        return work();
    } catch (const KubeError& error) {
        if (error.kubeKind() == KubeError::Kind::Unavailable || error.kubeKind() == KubeError::Kind::Other)
            obs::logWarn("kubernetes call failed", {{"error", error.what()}});
        throw;
    }
}

std::string nowRfc3339()
{
    std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

} // namespace

ClusterAccess loadClusterAccess(const KubeSettings& settings)
{
    if (settings.mode == "kubeconfig") {
        if (!settings.kubeconfig)
            throw KubeConfigError("MARKETDESK_KUBECONFIG: must be set when MARKETDESK_KUBE_MODE=kubeconfig");
        return loadKubeconfig(*settings.kubeconfig, settings.namespaceOverride);
    }
    if (settings.mode == "in-cluster") {
        const char* host = std::getenv("KUBERNETES_SERVICE_HOST");
        const char* port = std::getenv("KUBERNETES_SERVICE_PORT");
        return loadInCluster(settings.serviceAccountDirectory, host ? host : "", port ? port : "",
                             settings.namespaceOverride);
    }
    throw KubeConfigError("MARKETDESK_KUBE_MODE: '" + settings.mode + "' must be off, in-cluster or kubeconfig");
}

KubeService::KubeService(const KubeSettings& settings, ClusterAccess access, db::ConnectionPool& pool)
    : m_settings(settings), m_pool(pool), m_client(std::move(access), settings.callTimeout), m_informer(m_client),
      m_publisher(settings.databaseUrl, m_informer, m_client.access().namespaceName), m_actions(m_client)
{
    m_informer.setListener([this](const std::string& name) { m_publisher.changed(name); });
    m_informer.start();
    m_publisher.start();
    obs::logInfo("kubernetes configured", {{"mode", m_client.access().mode},
                                           {"server", m_client.access().server},
                                           {"namespace", m_client.access().namespaceName},
                                           {"max_log_follows", settings.maxLogFollows()}});
}

KubeService::~KubeService()
{
    shutdown();
}

void KubeService::shutdown()
{
    m_stopping = true;
    m_informer.stop();
    m_publisher.stop();
}

json KubeService::cluster()
{
    if (m_simulated.load() < 0) {
        try {
            const std::string gitVersion = m_client.version().value("gitVersion", "");
            m_simulated = gitVersion.find("-marketdesk-sim") != std::string::npos ? 1 : 0;
        } catch (const std::exception&) {
            // Unknown until the API server answers; asked again on the next call.
        }
    }
    const auto& access = m_client.access();
    return {{"namespace", access.namespaceName},
            {"server", access.server},
            {"mode", access.mode},
            {"simulated", m_simulated.load() == 1},
            {"connected", m_informer.isConnected()}};
}

DeploymentPage KubeService::deployments(const std::string& after, const std::string& query, std::size_t limit) const
{
    if (!m_informer.isConnected())
        throw DomainError::upstreamUnavailable(
            "cluster_unavailable",
            "the Kubernetes API server is not reachable: " +
                (m_informer.lastError().empty() ? std::string("still connecting") : m_informer.lastError()));
    auto cached = m_informer.page(after, query, limit);
    DeploymentPage page;
    for (auto& item : cached.items)
        page.items.push_back(std::move(item));
    if (cached.more && !page.items.empty())
        page.nextCursor = KeysetCursor("name", json::array({page.items.back()["name"]})).encode();
    return page;
}

json KubeService::deployment(const std::string& name)
{
    return loggingFailures([&] {
        const json deployment = m_client.getDeployment(name);
        const std::string selector =
            labelSelectorText(deployment.value("spec", json::object()).value("selector", json::object()));
        json view = deploymentView(deployment);
        view["revisions"] =
            selector.empty() ? json::array() : revisionsView(deployment, m_client.listReplicaSets(selector));

        json pods = json::array();
        std::vector<std::string> podNames;
        if (!selector.empty()) {
            const json list = m_client.listPods(selector);
            for (const auto& pod : list.value("items", json::array())) {
                json podJson = podView(pod);
                podNames.push_back(podJson["name"]);
                pods.push_back(std::move(podJson));
            }
        }
        std::sort(pods.begin(), pods.end(), [](const json& a, const json& b) { return a["name"] < b["name"]; });
        view["pods"] = std::move(pods);

        json events = json::array();
        auto addEvents = [&events](const json& list) {
            for (const auto& event : list.value("items", json::array()))
                events.push_back(eventView(event));
        };
        addEvents(m_client.listEvents("involvedObject.kind=Deployment,involvedObject.name=" + name));
        for (std::size_t i = 0; i < podNames.size() && i < kMaxEventPods; ++i)
            addEvents(m_client.listEvents("involvedObject.kind=Pod,involvedObject.name=" + podNames[i]));
        std::sort(events.begin(), events.end(),
                  [](const json& a, const json& b) { return a["last_seen"] > b["last_seen"]; });
        if (events.size() > kMaxEvents) events.erase(events.begin() + kMaxEvents, events.end());
        view["events"] = std::move(events);
        return view;
    });
}

json KubeService::act(const Actor& actor, const std::string& action, const std::string& name, const json& body)
{
    return loggingFailures([&] {
        // The actions read the deployment again for their change.
        const json current = m_client.getDeployment(name);
        if (action == "rollback") DeploymentActions::checkRollbackState(name, current);
        // The body is judged only now, after the deployment was found and its state allows the
        // action (docs/API.md "Order of checks"); one reader, unknown fields refused like everywhere.
        JsonFields fields(body);
        ActionResult result;
        if (action == "scale") {
            fields.rejectUnknown({"replicas"});
            const auto replicas = fields.integer("replicas", true, 0, DeploymentActions::kMaxReplicas);
            fields.throwIfInvalid();
            result = m_actions.scale(name, *replicas);
        } else if (action == "rollback") {
            fields.rejectUnknown({"revision"});
            const auto revision = fields.integer("revision", true, 1, std::numeric_limits<long long>::max());
            fields.throwIfInvalid();
            result = m_actions.rollback(name, *revision);
        } else if (action == "image") {
            fields.rejectUnknown({"container", "image"});
            const auto container = fields.string("container", true);
            const auto image = fields.string("image", true);
            fields.throwIfInvalid();
            result = m_actions.setImage(name, *container, *image);
        } else {
            fields.rejectUnknown({});
            fields.throwIfInvalid();
            if (action == "restart")
                result = m_actions.restart(name, nowRfc3339());
            else
                result = m_actions.setPaused(name, action == "pause");
        }
        // The change is made; the audit row records it with the operator's identity. Kubernetes and
        // PostgreSQL share no transaction, so a database failure here is reported (503) although the
        // change stands; the log line keeps what the audit row would have said.
        audit(actor, action, name, result);
        return deploymentView(result.deployment);
    });
}

void KubeService::audit(const Actor& actor, const std::string& action, const std::string& name,
                        const ActionResult& result)
{
    audit::Entry entry;
    entry.action = "deployment." + action;
    entry.entityType = "deployment";
    entry.entityId = m_client.access().namespaceName + "/" + name;
    entry.before = result.before;
    entry.after = result.after;
    try {
        db::withTransaction(m_pool, [&](pqxx::work& transaction) { audit::record(transaction, actor, entry); });
    } catch (const std::exception& error) {
        obs::logError("deployment change applied but not audited", {{"action", entry.action},
                                                                    {"deployment", entry.entityId},
                                                                    {"user_id", actor.principal.userId},
                                                                    {"after", result.after},
                                                                    {"error", error.what()}});
        throw;
    }
}

std::string KubeService::podLog(const std::string& pod, LogOptions options)
{
    return loggingFailures([&] {
        options.limitBytes = kMaxLogBytes;
        return m_client.podLogs(pod, options);
    });
}

void KubeService::checkFollowable(const std::string& pod, const std::string& container)
{
    loggingFailures([&] {
        const json podObject = m_client.getPod(pod);
        if (container.empty()) return;
        bool found = false;
        std::string known;
        for (const auto& candidate : podObject.value("spec", json::object()).value("containers", json::array())) {
            known += (known.empty() ? "" : ", ") + candidate.value("name", std::string());
            found = found || candidate.value("name", "") == container;
        }
        if (!found)
            throw DomainError::invalidField("container", "pod " + pod + " has no container named '" + container +
                                                             "' (containers: " + known + ")");
    });
}

void KubeService::followPodLog(const std::string& pod, const LogOptions& options,
                               const std::function<bool(std::string_view)>& onChunk,
                               const std::function<bool()>& keepGoing)
{
    m_client.streamPodLogs(pod, options, onChunk, keepGoing);
}

} // namespace md::ops::kube
