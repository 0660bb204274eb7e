#include "ops/kube/KubeRoutes.h"

#include "core/DomainError.h"
#include "core/KeysetCursor.h"
#include "core/QueryParameters.h"
#include "http/StreamLimiter.h"

#include <chrono>

namespace md::ops::kube {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxQueryLength = 253;
constexpr long long kDefaultTailLines = 500;
constexpr long long kMaxTailLines = 100000;
constexpr int kFollowRetryAfterSeconds = 5;

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

KubeRoutes::KubeRoutes(KubeService& service, http::StreamLimiter* streams, const SessionCheck* sessions)
    : m_service(service), m_streams(streams), m_sessions(sessions), m_maxFollows(service.settings().maxLogFollows())
{
}

void KubeRoutes::registerRoutes(http::Router& router)
{
    const std::string deployment = "/api/v1/ops/deployments/{name}";
    router.add("GET", "/api/v1/ops/cluster", Permission::OpsRead,
               [this](http::Request&) { return http::Response::json(m_service.cluster()); });
    router.add("GET", "/api/v1/ops/deployments", Permission::OpsRead,
               [this](http::Request& request) { return listDeployments(request); });
    router.add("GET", deployment, Permission::OpsRead, [this](http::Request& request) {
        return http::Response::json(m_service.deployment(requireName(request, "deployment")));
    });
    for (const char* name : {"scale", "restart", "rollback", "image", "pause", "resume"})
        router
            .add("POST", deployment + "/" + name, Permission::OpsWrite,
                 [this, action = std::string(name)](http::Request& request) { return this->action(request, action); })
            .bodyLimit(64 * 1024);
    router.add("GET", "/api/v1/ops/pods/{name}/logs", Permission::OpsRead,
               [this](http::Request& request) { return podLogs(request); });
}

http::Response KubeRoutes::listDeployments(const http::Request& request) const
{
    QueryParameters parameters(request.queryParams());
    const long long limit = parameters.pageLimit();
    // Object names are at most 253 characters of [a-z0-9.-] (ASCII, so bytes are characters); a longer
    // search cannot match.
    const std::string q = lowered(parameters.text("q").value_or(""));
    if (q.size() > kMaxQueryLength)
        parameters.reject("q", "must be at most " + std::to_string(kMaxQueryLength) + " characters");
    parameters.throwIfInvalid();
    std::string after;
    if (auto cursor = request.query("cursor"); cursor && !cursor->empty())
        after = KeysetCursor::decode(*cursor, "name", {KeysetCursor::Value::Text}).textAt(0);
    DeploymentPage page = m_service.deployments(after, q, static_cast<std::size_t>(limit));
    json next = page.nextCursor ? json(*page.nextCursor) : json(nullptr);
    return http::Response::json({{"items", std::move(page.items)}, {"next_cursor", std::move(next)}});
}

http::Response KubeRoutes::action(http::Request& request, const std::string& action)
{
    const std::string name = requireName(request, "deployment");
    // Only the request is read here (415, 400 for malformed JSON); what it asks is the service's to
    // judge, after the deployment was found and its state allows the action.
    json body = json::object();
    if (!request.body().empty()) body = request.jsonBody();
    return http::Response::json(m_service.act(request.actor(), action, name, body));
}

http::Response KubeRoutes::podLogs(const http::Request& request)
{
    const std::string pod = requireName(request, "pod");
    LogOptions options;
    QueryParameters parameters(request.queryParams());
    options.container = parameters.text("container").value_or("");
    if (!options.container.empty() && !isContainerName(options.container))
        parameters.reject("container", "is not a container name");
    options.tailLines = parameters.integer("tail_lines").value_or(kDefaultTailLines);
    if (*options.tailLines < 0 || *options.tailLines > kMaxTailLines)
        parameters.reject("tail_lines", "must be between 0 and " + std::to_string(kMaxTailLines));
    options.follow = parameters.boolean("follow").value_or(false);
    options.previous = parameters.boolean("previous").value_or(false);
    if (options.follow && options.previous) parameters.reject("follow", "cannot follow a previous (terminated) container");
    parameters.throwIfInvalid();

    if (!options.follow) return http::Response::text(m_service.podLog(pod, options), "text/plain; charset=utf-8");
    return followPodLog(request, pod, options);
}

http::Response KubeRoutes::followPodLog(const http::Request& request, const std::string& pod, const LogOptions& options)
{
    // Fail fast (404 pod or container, 503) before the 200 header commits the answer.
    m_service.checkFollowable(pod, options.container);
    // A follow holds a worker of the bounded pool for as long as it streams, so only
    // KubeSettings::maxLogFollows may follow at once, and each follow ends after maxLogFollow at the
    // latest (the console simply reconnects). The caller's own stream slot first (429
    // too_many_streams): it counts with their event streams.
    std::shared_ptr<void> streamSlot = m_streams ? m_streams->acquire(request.principal().userId) : nullptr;
    const int active = m_activeFollows->fetch_add(1) + 1;
    auto slot =
        std::shared_ptr<void>(nullptr, [counter = m_activeFollows, streamSlot](void*) { counter->fetch_sub(1); });
    if (active > m_maxFollows)
        throw DomainError(ErrorKind::RateLimited, "too_many_log_streams",
                          "too many pod logs are being followed on this server (" + std::to_string(m_maxFollows) +
                              "); close one or retry shortly",
                          {{"retry_after_seconds", kFollowRetryAfterSeconds}});
    http::Response response;
    response.contentType = "text/plain; charset=utf-8";
    response.header("Cache-Control", "no-store");
    response.header("X-Accel-Buffering", "no");
    const auto deadline = std::chrono::steady_clock::now() + m_service.settings().maxLogFollow;
    const Principal caller = request.principal();
    response.streamProducer = [this, pod, options, deadline, slot, caller](http::ChunkSink& sink) {
        std::optional<std::string_view> sessionEnded;
        auto keepGoing = [this, &sink, deadline, &caller, &sessionEnded] {
            // The caller's token is re-checked as the stream goes on, like an event stream's.
            if (m_sessions && (sessionEnded = m_sessions->endReason(caller))) return false;
            // write("") sends nothing but fails once the client has gone.
            return !m_service.isStopping() && std::chrono::steady_clock::now() < deadline && sink.write({});
        };
        try {
            m_service.followPodLog(
                pod, options, [&sink](std::string_view chunk) { return sink.write(chunk); }, keepGoing);
        } catch (const DomainError& error) {
            // The 200 header is gone; end the body with a last line saying why (the client sees a
            // normal end and can reconnect).
            sink.write("\n[marketdesk: log stream ended: " + std::string(error.what()) + "]\n");
        }
        if (sessionEnded)
            sink.write("\n[marketdesk: log stream ended: session_ended (" + std::string(*sessionEnded) + ")]\n");
    };
    return response;
}

} // namespace md::ops::kube
