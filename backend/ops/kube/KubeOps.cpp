#include "ops/kube/KubeOps.h"

#include "audit/AuditLog.h"
#include "core/DomainError.h"
#include "core/KeysetCursor.h"
#include "core/QueryParameters.h"
#include "db/Transaction.h"
#include "http/ErrorMapping.h"
#include "http/StreamLimiter.h"
#include "observability/Log.h"
#include "ops/kube/DeploymentView.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>

namespace md::ops::kube {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxQueryLength = 253;
constexpr std::size_t kMaxEventPods = 20;     // events are read for at most this many pods
constexpr std::size_t kMaxEvents = 100;
constexpr long long kDefaultTailLines = 500;
constexpr long long kMaxTailLines = 100000;
constexpr long long kMaxLogBytes = 8 << 20;   // a tail answer is at most 8 MiB

http::Response kubeErrorResponse(const KubeError& error)
{
    switch (error.kind()) {
    case KubeError::Kind::Unavailable: {
        auto response = http::errorResponse(503, "cluster_unavailable", error.what());
        response.header("Retry-After", "1");
        return response;
    }
    case KubeError::Kind::NotFound:
        return http::errorResponse(404, "not_found", error.what());
    case KubeError::Kind::Conflict:
        return http::errorResponse(409, "invalid_state", error.what());
    case KubeError::Kind::Invalid:
        return http::errorResponse(422, "validation_failed", error.what(), {{"fields", json::object()}});
    case KubeError::Kind::Gone:
    case KubeError::Kind::Other:
        break;
    }
    return http::errorResponse(502, "cluster_error", error.what(),
                               {{"kubernetes_status", error.status()}, {"kubernetes_reason", error.reason()}});
}

// Maps Kubernetes failures for every handler; DomainErrors go on to the dispatcher.
template <typename Work> http::Response guarded(Work&& work)
{
    try {
        return work();
    } catch (const KubeError& error) {
        if (error.kind() == KubeError::Kind::Unavailable || error.kind() == KubeError::Kind::Other)
            obs::logWarn("kubernetes call failed", {{"error", error.what()}});
        return kubeErrorResponse(error);
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

std::string lowered(std::string text)
{
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return text;
}

const std::string& requireName(const http::Request& request, const char* what)
{
    const std::string& name = request.param("name");
    if (!isObjectName(name)) throw DomainError::notFound(what);
    return name;
}

std::optional<bool> booleanParameter(const http::Request& request, const std::string& name)
{
    return request.queryBool(name);
}

} // namespace

bool isObjectName(const std::string& name)
{
    if (name.empty() || name.size() > 253) return false;
    for (char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.')) return false;
    auto alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    return alnum(name.front()) && alnum(name.back());
}

bool isContainerName(const std::string& name)
{
    return name.size() <= 63 && name.find('.') == std::string::npos && isObjectName(name);
}

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

KubeOps::KubeOps(const KubeSettings& settings, ClusterAccess access, db::ConnectionPool& pool,
                 http::StreamLimiter* streams, const SessionCheck* sessions)
    : m_settings(settings), m_pool(pool), m_client(std::move(access), settings.callTimeout), m_informer(m_client),
      m_publisher(settings.databaseUrl, m_informer, m_client.access().namespaceName), m_actions(m_client),
      m_streams(streams), m_sessions(sessions),
      m_maxFollows(static_cast<int>(std::max<std::size_t>(1, settings.workerThreads / 4)))
{
    m_informer.setListener([this](const std::string& name) { m_publisher.changed(name); });
    m_informer.start();
    m_publisher.start();
    obs::logInfo("kubernetes configured", {{"mode", m_client.access().mode},
                                            {"server", m_client.access().server},
                                            {"namespace", m_client.access().namespaceName},
                                            {"max_log_follows", m_maxFollows}});
}

KubeOps::~KubeOps()
{
    shutdown();
}

void KubeOps::shutdown()
{
    m_stopping = true;
    m_informer.stop();
    m_publisher.stop();
}

void KubeOps::registerRoutes(http::Router& router)
{
    const std::string deployment = "/api/v1/ops/deployments/{name}";
    router.add("GET", "/api/v1/ops/cluster", Permission::OpsRead, [this](http::Request&) { return cluster(); });
    router.add("GET", "/api/v1/ops/deployments", Permission::OpsRead,
               [this](http::Request& request) { return listDeployments(request); });
    router.add("GET", deployment, Permission::OpsRead, [this](http::Request& request) {
        return deploymentDetail(requireName(request, "deployment"));
    });
    for (const char* name : {"scale", "restart", "rollback", "image", "pause", "resume"})
        router.add("POST", deployment + "/" + name, Permission::OpsWrite,
                   [this, action = std::string(name)](http::Request& request) { return this->action(request, action); })
            .bodyLimit(64 * 1024);
    router.add("GET", "/api/v1/ops/pods/{name}/logs", Permission::OpsRead,
               [this](http::Request& request) { return podLogs(request); });
}

http::Response KubeOps::cluster()
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
    return http::Response::json({{"namespace", access.namespaceName},
                                 {"server", access.server},
                                 {"mode", access.mode},
                                 {"simulated", m_simulated.load() == 1},
                                 {"connected", m_informer.isConnected()}});
}

http::Response KubeOps::listDeployments(const http::Request& request)
{
    const long long limit = QueryParameters::pageLimitOf(request.queryParams());
    const std::string q = lowered(request.query("q").value_or(""));
    if (q.size() > kMaxQueryLength)
        throw DomainError::invalidField("q", "must be at most " + std::to_string(kMaxQueryLength) + " characters");
    std::string after;
    if (auto cursor = request.query("cursor"); cursor && !cursor->empty())
        after = KeysetCursor::decode(*cursor, "name", {KeysetCursor::Value::Text}).textAt(0);
    if (!m_informer.isConnected()) {
        auto response = http::errorResponse(
            503, "cluster_unavailable",
            "the Kubernetes API server is not reachable: " +
                (m_informer.lastError().empty() ? std::string("still connecting") : m_informer.lastError()));
        response.header("Retry-After", "1");
        return response;
    }
    auto page = m_informer.page(after, q, static_cast<std::size_t>(limit));
    json items = json::array();
    for (auto& item : page.items) items.push_back(std::move(item));
    json next = nullptr;
    if (page.more && !items.empty()) next = KeysetCursor("name", json::array({items.back()["name"]})).encode();
    return http::Response::json({{"items", std::move(items)}, {"next_cursor", next}});
}

http::Response KubeOps::deploymentDetail(const std::string& name)
{
    return guarded([&] {
        const json deployment = m_client.getDeployment(name);
        const std::string selector =
            labelSelectorText(deployment.value("spec", json::object()).value("selector", json::object()));
        json view = deploymentView(deployment);
        view["revisions"] = selector.empty() ? json::array() : revisionsView(deployment, m_client.listReplicaSets(selector));

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
            for (const auto& event : list.value("items", json::array())) events.push_back(eventView(event));
        };
        addEvents(m_client.listEvents("involvedObject.kind=Deployment,involvedObject.name=" + name));
        for (std::size_t i = 0; i < podNames.size() && i < kMaxEventPods; ++i)
            addEvents(m_client.listEvents("involvedObject.kind=Pod,involvedObject.name=" + podNames[i]));
        std::sort(events.begin(), events.end(),
                  [](const json& a, const json& b) { return a["last_seen"] > b["last_seen"]; });
        if (events.size() > kMaxEvents) events.erase(events.begin() + kMaxEvents, events.end());
        view["events"] = std::move(events);
        return http::Response::json(view);
    });
}

http::Response KubeOps::action(http::Request& request, const std::string& action)
{
    const std::string name = requireName(request, "deployment");
    // Only the request is read here (415, 400 for malformed JSON). What it asks is judged after the
    // deployment was found (404) and its state allows the action (409), as on every endpoint
    // (API.md, order of checks); the actions read the deployment again for their change.
    json body = json::object();
    if (!request.body().empty()) body = request.jsonBody();
    return guarded([&] {
        const json current = m_client.getDeployment(name);
        if (action == "rollback") DeploymentActions::checkRollbackState(name, current);
        if (!body.is_object()) throw DomainError::badRequest("the body must be a JSON object");
        ActionResult result;
        if (action == "scale") {
            if (!body.contains("replicas") || !body["replicas"].is_number_integer())
                throw DomainError::invalidField("replicas", "must be an integer between 0 and " +
                                                                std::to_string(DeploymentActions::kMaxReplicas));
            result = m_actions.scale(name, body["replicas"].get<long long>());
        } else if (action == "restart") {
            result = m_actions.restart(name, nowRfc3339());
        } else if (action == "rollback") {
            if (!body.contains("revision") || !body["revision"].is_number_integer())
                throw DomainError::invalidField("revision", "must be a revision number from the deployment's history");
            result = m_actions.rollback(name, body["revision"].get<long long>());
        } else if (action == "image") {
            json fields = json::object();
            if (!body.contains("container") || !body["container"].is_string()) fields["container"] = "must be a string";
            if (!body.contains("image") || !body["image"].is_string()) fields["image"] = "must be a string";
            if (!fields.empty()) throw DomainError::validation(fields);
            result = m_actions.setImage(name, body["container"].get<std::string>(), body["image"].get<std::string>());
        } else {
            result = m_actions.setPaused(name, action == "pause");
        }
        // The change is made; the audit row records it with the operator's identity. Kubernetes and
        // PostgreSQL share no transaction, so a database failure here is reported (503) although the
        // change stands; the log line keeps what the audit row would have said.
        audit(request, action, name, result);
        return http::Response::json(deploymentView(result.deployment));
    });
}

void KubeOps::audit(const http::Request& request, const std::string& action, const std::string& name,
                    const ActionResult& result)
{
    audit::Entry entry;
    entry.action = "deployment." + action;
    entry.entityType = "deployment";
    entry.entityId = m_client.access().namespaceName + "/" + name;
    entry.before = result.before;
    entry.after = result.after;
    const Actor actor{request.principal(), request.requestId()};
    try {
        db::withTransaction(m_pool, [&](pqxx::work& transaction) { audit::record(transaction, actor, entry); });
    } catch (const std::exception& error) {
        obs::logError("deployment change applied but not audited",
                      {{"action", entry.action}, {"deployment", entry.entityId}, {"user_id", actor.principal.userId},
                       {"after", result.after}, {"error", error.what()}});
        throw;
    }
}

http::Response KubeOps::podLogs(const http::Request& request)
{
    const std::string pod = requireName(request, "pod");
    LogOptions options;
    json fields = json::object();
    options.container = request.query("container").value_or("");
    if (!options.container.empty() && !isContainerName(options.container)) fields["container"] = "is not a container name";
    options.tailLines = request.queryInt("tail_lines").value_or(kDefaultTailLines);
    if (*options.tailLines < 0 || *options.tailLines > kMaxTailLines)
        fields["tail_lines"] = "must be between 0 and " + std::to_string(kMaxTailLines);
    options.follow = booleanParameter(request, "follow").value_or(false);
    options.previous = booleanParameter(request, "previous").value_or(false);
    if (options.follow && options.previous) fields["follow"] = "cannot follow a previous (terminated) container";
    if (!fields.empty()) throw DomainError::validation(fields);

    return guarded([&] {
        if (!options.follow) {
            options.limitBytes = kMaxLogBytes;
            return http::Response::text(m_client.podLogs(pod, options), "text/plain; charset=utf-8");
        }
        // Fail fast (404 pod or container, 503) before the 200 header commits the answer.
        const json podObject = m_client.getPod(pod);
        if (!options.container.empty()) {
            bool found = false;
            std::string known;
            for (const auto& container : podObject.value("spec", json::object()).value("containers", json::array())) {
                known += (known.empty() ? "" : ", ") + container.value("name", std::string());
                found = found || container.value("name", "") == options.container;
            }
            if (!found)
                throw DomainError::invalidField("container", "pod " + pod + " has no container named '" +
                                                                 options.container + "' (containers: " + known + ")");
        }
        // A follow holds a worker of the bounded pool for as long as it streams, so only a quarter
        // of the workers may follow at once, and each follow ends after maxLogFollow at the latest
        // (the console simply reconnects). The rest of the API stays served whatever the viewers do.
        // The caller's own stream slot first (429 too_many_streams): it counts with their event streams.
        std::shared_ptr<void> streamSlot = m_streams ? m_streams->acquire(request.principal().userId) : nullptr;
        const int active = m_activeFollows->fetch_add(1) + 1;
        auto slot = std::shared_ptr<void>(nullptr, [counter = m_activeFollows, streamSlot](void*) {
            counter->fetch_sub(1);
        });
        if (active > m_maxFollows) {
            auto response = http::errorResponse(
                429, "too_many_log_streams",
                "too many pod logs are being followed on this server (" + std::to_string(m_maxFollows) +
                    "); close one or retry shortly",
                {{"retry_after_seconds", 5}});
            response.header("Retry-After", "5");
            return response;
        }
        http::Response response;
        response.contentType = "text/plain; charset=utf-8";
        response.header("Cache-Control", "no-store");
        response.header("X-Accel-Buffering", "no");
        const auto deadline = std::chrono::steady_clock::now() + m_settings.maxLogFollow;
        const Principal caller = request.principal();
        response.streamProducer = [this, pod, options, deadline, slot, caller](http::ChunkSink& sink) {
            std::optional<std::string_view> sessionEnded;
            auto keepGoing = [this, &sink, deadline, &caller, &sessionEnded] {
                // The caller's token is re-checked as the stream goes on, like an event stream's.
                if (m_sessions && (sessionEnded = m_sessions->endReason(caller))) return false;
                // write("") sends nothing but fails once the client has gone.
                return !m_stopping.load() && std::chrono::steady_clock::now() < deadline && sink.write({});
            };
            try {
                m_client.streamPodLogs(pod, options, [&sink](std::string_view chunk) { return sink.write(chunk); },
                                       keepGoing);
            } catch (const KubeError& error) {
                // The 200 header is gone; end the body with a last line saying why (the client sees a
                // normal end and can reconnect).
                sink.write("\n[marketdesk: log stream ended: " + std::string(error.what()) + "]\n");
            }
            if (sessionEnded)
                sink.write("\n[marketdesk: log stream ended: session_ended (" + std::string(*sessionEnded) + ")]\n");
        };
        return response;
    });
}

} // namespace md::ops::kube
