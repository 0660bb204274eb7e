#include "ops/kube/KubeClient.h"

#include <algorithm>
#include <exception>

namespace md::ops::kube {

namespace {

constexpr std::size_t kMaxObjectBytes = 64 << 20;

std::string describeStatus(long status)
{
    return "HTTP " + std::to_string(status);
}

} // namespace

std::string urlEncode(std::string_view text)
{
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            out.push_back(static_cast<char>(c));
        } else {
            out.push_back('%');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    return out;
}

KubeError errorFromResponse(long status, const std::string& body, const std::string& what)
{
    auto parsed = nlohmann::json::parse(body, nullptr, false);
    std::string reason;
    std::string message;
    if (parsed.is_object() && parsed.value("kind", "") == "Status") {
        reason = parsed.value("reason", "");
        message = parsed.value("message", "");
        if (parsed.contains("code") && parsed["code"].is_number_integer()) status = parsed["code"].get<long>();
    }
    if (message.empty()) message = describeStatus(status) + (body.empty() ? "" : ": " + body.substr(0, 200));
    message = what + ": " + message;
    KubeError::Kind kind = KubeError::Kind::Other;
    if (status == 404 || reason == "NotFound") kind = KubeError::Kind::NotFound;
    else if (status == 409 || reason == "Conflict" || reason == "AlreadyExists") kind = KubeError::Kind::Conflict;
    // 400 BadRequest is Kubernetes refusing the request's own terms (e.g. no previous container to
    // read logs from): the caller's input, like Invalid.
    else if (status == 422 || status == 400 || reason == "Invalid" || reason == "BadRequest")
        kind = KubeError::Kind::Invalid;
    else if (status == 410 || reason == "Gone" || reason == "Expired") kind = KubeError::Kind::Gone;
    else if (status == 503 || status == 504 || reason == "ServiceUnavailable" || reason == "Timeout")
        kind = KubeError::Kind::Unavailable;
    return KubeError(kind, status, reason, message);
}

KubeError errorFromTransport(const std::exception& error, const std::string& what)
{
    return KubeError(KubeError::Kind::Unavailable, 0, "", what + ": the Kubernetes API server did not answer (" +
                                                             std::string(error.what()) + ")");
}

KubeClient::KubeClient(ClusterAccess access, std::chrono::milliseconds callTimeout)
    : m_access(std::move(access)), m_callTimeout(callTimeout),
      m_token(std::make_unique<BearerToken>(m_access.token, m_access.tokenFile))
{
}

std::string KubeClient::namespacePath(const std::string& group) const
{
    return group + "/namespaces/" + urlEncode(m_access.namespaceName);
}

std::string KubeClient::deploymentsPath() const
{
    return namespacePath("/apis/apps/v1") + "/deployments";
}

net::OutboundRequest KubeClient::request(const std::string& method, const std::string& pathAndQuery)
{
    net::OutboundRequest request;
    request.method = method;
    request.url = m_access.server + pathAndQuery;
    request.connectTimeout = std::min(m_callTimeout, std::chrono::milliseconds(1500));
    request.totalTimeout = m_callTimeout;
    request.maxResponseBytes = kMaxObjectBytes;
    request.tls = m_access.tls;
    request.headers.emplace_back("Accept", "application/json");
    request.headers.emplace_back("User-Agent", "marketdesk-server");
    if (auto token = m_token->current(); !token.empty())
        request.headers.emplace_back("Authorization", "Bearer " + token);
    return request;
}

nlohmann::json KubeClient::call(const std::string& method, const std::string& pathAndQuery, const nlohmann::json* body,
                                const std::string& contentType)
{
    const std::string what = method + " " + pathAndQuery.substr(0, pathAndQuery.find('?'));
    net::OutboundRequest outbound = request(method, pathAndQuery);
    if (body) {
        outbound.body = body->dump();
        outbound.headers.emplace_back("Content-Type", contentType);
    }
    net::OutboundResponse response;
    try {
        response = net::perform(outbound);
    } catch (const net::OutboundError& error) {
        throw errorFromTransport(error, what);
    }
    if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, response.body, what);
    auto parsed = nlohmann::json::parse(response.body, nullptr, false);
    if (parsed.is_discarded())
        throw KubeError(KubeError::Kind::Other, response.status, "", what + ": the answer is not JSON");
    return parsed;
}

nlohmann::json KubeClient::version()
{
    return call("GET", "/version");
}

nlohmann::json KubeClient::listDeployments(long long limit, const std::string& continueToken)
{
    std::string query = "?limit=" + std::to_string(limit);
    if (!continueToken.empty()) query += "&continue=" + urlEncode(continueToken);
    return call("GET", deploymentsPath() + query);
}

nlohmann::json KubeClient::getDeployment(const std::string& name)
{
    return call("GET", deploymentsPath() + "/" + urlEncode(name));
}

nlohmann::json KubeClient::patchDeployment(const std::string& name, const nlohmann::json& patch, bool strategic)
{
    return call("PATCH", deploymentsPath() + "/" + urlEncode(name), &patch,
                strategic ? "application/strategic-merge-patch+json" : "application/merge-patch+json");
}

nlohmann::json KubeClient::replaceDeployment(const std::string& name, const nlohmann::json& deployment)
{
    return call("PUT", deploymentsPath() + "/" + urlEncode(name), &deployment);
}

nlohmann::json KubeClient::getScale(const std::string& name)
{
    return call("GET", deploymentsPath() + "/" + urlEncode(name) + "/scale");
}

nlohmann::json KubeClient::replaceScale(const std::string& name, const nlohmann::json& scale)
{
    return call("PUT", deploymentsPath() + "/" + urlEncode(name) + "/scale", &scale);
}

nlohmann::json KubeClient::listReplicaSets(const std::string& labelSelector)
{
    return call("GET", namespacePath("/apis/apps/v1") + "/replicasets?labelSelector=" + urlEncode(labelSelector));
}

nlohmann::json KubeClient::listPods(const std::string& labelSelector)
{
    return call("GET", namespacePath("/api/v1") + "/pods?labelSelector=" + urlEncode(labelSelector));
}

nlohmann::json KubeClient::getPod(const std::string& name)
{
    return call("GET", namespacePath("/api/v1") + "/pods/" + urlEncode(name));
}

nlohmann::json KubeClient::listEvents(const std::string& fieldSelector)
{
    return call("GET", namespacePath("/api/v1") + "/events?fieldSelector=" + urlEncode(fieldSelector));
}

void KubeClient::watchDeployments(const std::string& resourceVersion, int timeoutSeconds, std::chrono::seconds idleLimit,
                                  const std::function<bool(const nlohmann::json&)>& onEvent,
                                  const std::function<bool()>& keepGoing)
{
    const std::string path = deploymentsPath() + "?watch=1&allowWatchBookmarks=true&resourceVersion=" +
                             urlEncode(resourceVersion) + "&timeoutSeconds=" + std::to_string(timeoutSeconds);
    const std::string what = "GET " + deploymentsPath() + " (watch)";
    net::OutboundRequest outbound = request("GET", path);
    outbound.totalTimeout = std::chrono::milliseconds(0);
    outbound.lowSpeedTime = idleLimit;
    outbound.keepGoing = keepGoing;
    outbound.maxResponseBytes = std::size_t(1) << 40; // a long watch is a long stream; lines are bounded below
    long status = 0;
    std::string line;
    std::string errorBody;
    bool stopped = false;
    std::exception_ptr failure;
    try {
        status = net::performStreaming(
            outbound, [&status](long code, const std::string&) { status = code; },
            [&](std::string_view chunk) {
                if (status < 200 || status >= 300) {
                    if (errorBody.size() < 65536) errorBody.append(chunk);
                    return true;
                }
                for (char c : chunk) {
                    if (c != '\n') {
                        line.push_back(c);
                        if (line.size() > kMaxObjectBytes) return false;
                        continue;
                    }
                    auto event = nlohmann::json::parse(line, nullptr, false);
                    line.clear();
                    if (event.is_discarded() || !event.is_object()) continue;
                    // An exception must not cross libcurl's C frames: carry it out and rethrow.
                    bool more = false;
                    try {
                        more = onEvent(event);
                    } catch (...) {
                        failure = std::current_exception();
                    }
                    if (!more) {
                        stopped = true;
                        return false;
                    }
                }
                return true;
            });
    } catch (const net::OutboundError& error) {
        if (error.kind() == net::OutboundError::Kind::Cancelled) return;
        throw errorFromTransport(error, what);
    }
    if (failure) std::rethrow_exception(failure);
    if (stopped) return;
    if (status < 200 || status >= 300) throw errorFromResponse(status, errorBody, what);
}

namespace {

std::string logQuery(const LogOptions& options)
{
    std::string query = "?timestamps=false";
    if (!options.container.empty()) query += "&container=" + urlEncode(options.container);
    if (options.tailLines) query += "&tailLines=" + std::to_string(*options.tailLines);
    if (options.previous) query += "&previous=true";
    if (options.follow) query += "&follow=true";
    if (options.limitBytes) query += "&limitBytes=" + std::to_string(*options.limitBytes);
    return query;
}

} // namespace

std::string KubeClient::podLogs(const std::string& pod, const LogOptions& options)
{
    const std::string path = namespacePath("/api/v1") + "/pods/" + urlEncode(pod) + "/log";
    net::OutboundRequest outbound = request("GET", path + logQuery(options));
    outbound.headers[0].second = "text/plain, application/json";
    net::OutboundResponse response;
    try {
        response = net::perform(outbound);
    } catch (const net::OutboundError& error) {
        throw errorFromTransport(error, "GET " + path);
    }
    if (response.status < 200 || response.status >= 300)
        throw errorFromResponse(response.status, response.body, "GET " + path);
    return response.body;
}

void KubeClient::streamPodLogs(const std::string& pod, const LogOptions& options,
                               const std::function<bool(std::string_view)>& onChunk,
                               const std::function<bool()>& keepGoing)
{
    const std::string path = namespacePath("/api/v1") + "/pods/" + urlEncode(pod) + "/log";
    net::OutboundRequest outbound = request("GET", path + logQuery(options));
    outbound.headers[0].second = "text/plain, application/json";
    outbound.totalTimeout = std::chrono::milliseconds(0);
    outbound.keepGoing = keepGoing;
    outbound.maxResponseBytes = std::size_t(1) << 40;
    long status = 0;
    std::string errorBody;
    std::exception_ptr failure;
    try {
        net::performStreaming(
            outbound, [&status](long code, const std::string&) { status = code; },
            [&](std::string_view chunk) {
                if (status < 200 || status >= 300) {
                    if (errorBody.size() < 65536) errorBody.append(chunk);
                    return true;
                }
                try {
                    return onChunk(chunk);
                } catch (...) {
                    failure = std::current_exception();
                    return false;
                }
            });
    } catch (const net::OutboundError& error) {
        if (error.kind() == net::OutboundError::Kind::Cancelled) return;
        throw errorFromTransport(error, "GET " + path);
    }
    if (failure) std::rethrow_exception(failure);
    if (status < 200 || status >= 300) throw errorFromResponse(status, errorBody, "GET " + path);
}

} // namespace md::ops::kube
