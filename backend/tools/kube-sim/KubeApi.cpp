#include "KubeApi.h"

#include "KubeStatus.h"
#include "Patching.h"

#include <charconv>

namespace md::kubesim {

namespace {

std::vector<std::string> splitPath(const std::string& path)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start < path.size()) {
        auto slash = path.find('/', start);
        if (slash == std::string::npos) slash = path.size();
        if (slash > start) parts.push_back(path.substr(start, slash - start));
        start = slash + 1;
    }
    return parts;
}

ApiResult jsonResult(const nlohmann::json& body, unsigned status = 200)
{
    ApiResult result;
    result.status = status;
    result.body = body.dump();
    return result;
}

const std::vector<std::string>& fieldsFor(Kind kind)
{
    static const std::vector<std::string> deployments = {"metadata.name", "metadata.namespace"};
    static const std::vector<std::string> replicaSets = {"metadata.name", "metadata.namespace", "status.replicas"};
    static const std::vector<std::string> pods = {
        "metadata.name",      "metadata.namespace", "spec.nodeName",
        "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName",
        "status.phase",       "status.podIP",       "status.nominatedNodeName"};
    static const std::vector<std::string> events = {"metadata.name",
                                                    "metadata.namespace",
                                                    "involvedObject.kind",
                                                    "involvedObject.namespace",
                                                    "involvedObject.name",
                                                    "involvedObject.uid",
                                                    "involvedObject.apiVersion",
                                                    "involvedObject.resourceVersion",
                                                    "involvedObject.fieldPath",
                                                    "reason",
                                                    "reportingComponent",
                                                    "source",
                                                    "type"};
    switch (kind) {
    case Kind::Deployment:
        return deployments;
    case Kind::ReplicaSet:
        return replicaSets;
    case Kind::Pod:
        return pods;
    case Kind::Event:
        return events;
    }
    return deployments;
}

long long parseInteger(const std::string* text, const char* name, long long fallback)
{
    if (!text || text->empty()) return fallback;
    long long value = 0;
    auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), value);
    if (error != std::errc() || end != text->data() + text->size() || value < 0)
        throw KubeError::badRequest(std::string("invalid ") + name + ": \"" + *text + "\"");
    return value;
}

bool truthy(const std::string* text)
{
    return text && (*text == "1" || *text == "true" || text->empty());
}

const std::string kBase64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string base64Encode(const std::string& data)
{
    std::string out;
    unsigned value = 0;
    int bits = -6;
    for (unsigned char c : data) {
        value = (value << 8) + c;
        bits += 8;
        while (bits >= 0) {
            out.push_back(kBase64Alphabet[(value >> bits) & 0x3F]);
            bits -= 6;
        }
    }
    if (bits > -6) out.push_back(kBase64Alphabet[((value << 8) >> (bits + 8)) & 0x3F]);
    while (out.size() % 4)
        out.push_back('=');
    return out;
}

std::optional<std::string> base64Decode(const std::string& text)
{
    std::string out;
    unsigned value = 0;
    int bits = -8;
    for (char c : text) {
        if (c == '=') break;
        auto position = kBase64Alphabet.find(c);
        if (position == std::string::npos) return std::nullopt;
        value = (value << 6) + static_cast<unsigned>(position);
        bits += 6;
        if (bits >= 0) {
            out.push_back(static_cast<char>((value >> bits) & 0xFF));
            bits -= 8;
        }
    }
    return out;
}

// The scale subresource of a Deployment (autoscaling/v1 Scale).
nlohmann::json scaleOf(const nlohmann::json& deployment)
{
    const nlohmann::json& metadata = deployment["metadata"];
    LabelSelector selector = LabelSelector::fromSelectorObject(deployment["spec"].value("selector", nlohmann::json()));
    return {{"kind", "Scale"},
            {"apiVersion", "autoscaling/v1"},
            {"metadata",
             {{"name", metadata["name"]},
              {"namespace", metadata["namespace"]},
              {"uid", metadata["uid"]},
              {"resourceVersion", metadata["resourceVersion"]},
              {"creationTimestamp", metadata["creationTimestamp"]}}},
            {"spec", {{"replicas", deployment["spec"].value("replicas", 1)}}},
            {"status",
             {{"replicas", deployment.value("status", nlohmann::json::object()).value("replicas", 0)},
              {"selector", selector.toString()}}}};
}

nlohmann::json parseBody(const ApiRequest& request)
{
    nlohmann::json body = nlohmann::json::parse(request.body, nullptr, false);
    if (body.is_discarded() || !body.is_object())
        throw KubeError::badRequest("the body of the request is not a JSON object");
    return body;
}

} // namespace

KubeApi::KubeApi(boost::asio::io_context& io, ObjectStore& store, PodSimulator& pods, DeploymentController& controller,
                 const SimClock& clock)
    : m_io(io), m_store(store), m_pods(pods), m_controller(controller), m_clock(clock), m_logs(io, store, pods, clock)
{
}

ApiResult KubeApi::handle(const ApiRequest& request)
{
    const std::vector<std::string> parts = splitPath(request.path);
    const std::string& method = request.method;
    auto only = [&](const char* allowed) {
        if (method != allowed) throw KubeError::methodNotAllowed(method);
    };
    if (parts.size() == 1 && parts[0] == "version") {
        only("GET");
        return jsonResult({{"major", "1"},
                           {"minor", "29"},
                           {"gitVersion", "v1.29.0-marketdesk-sim"},
                           {"gitCommit", "0000000000000000000000000000000000000000"},
                           {"gitTreeState", "clean"},
                           {"buildDate", "2026-12-01T00:00:00Z"},
                           {"goVersion", "go1.21.5"},
                           {"compiler", "gc"},
                           {"platform", "linux/amd64"}});
    }
    if (parts.size() == 1 && (parts[0] == "healthz" || parts[0] == "readyz" || parts[0] == "livez")) {
        only("GET");
        ApiResult result;
        result.contentType = "text/plain; charset=utf-8";
        result.body = "ok";
        return result;
    }
    if (parts.size() == 2 && parts[0] == "_sim") return hook(parts[1], request);

    // /apis/apps/v1/namespaces/{ns}/{resource}[/{name}[/{sub}]] and /api/v1/namespaces/{ns}/...
    std::size_t base = 0;
    bool apps = false;
    if (parts.size() >= 3 && parts[0] == "apis" && parts[1] == "apps" && parts[2] == "v1") {
        base = 3;
        apps = true;
    } else if (parts.size() >= 2 && parts[0] == "api" && parts[1] == "v1") {
        base = 2;
    } else {
        throw KubeError(404, "NotFound", "the server could not find the requested resource");
    }
    if (parts.size() < base + 3 || parts[base] != "namespaces")
        throw KubeError(404, "NotFound", "the server could not find the requested resource");
    const std::string& namespaceName = parts[base + 1];
    const std::string& resource = parts[base + 2];
    std::optional<Kind> kind;
    if (apps && resource == "deployments") kind = Kind::Deployment;
    if (apps && resource == "replicasets") kind = Kind::ReplicaSet;
    if (!apps && resource == "pods") kind = Kind::Pod;
    if (!apps && resource == "events") kind = Kind::Event;
    if (!kind || parts.size() > base + 5)
        throw KubeError(404, "NotFound", "the server could not find the requested resource");

    // Other namespaces exist but are empty in the simulated cluster.
    const bool ourNamespace = namespaceName == m_store.namespaceName();
    if (parts.size() == base + 3) {
        if (method != "GET") throw KubeError::methodNotAllowed(method);
        if (!ourNamespace) {
            ApiRequest filtered = request;
            filtered.query["labelSelector"] = "marketdesk.sim/no-such-label=x";
            return handleCollection(*kind, filtered);
        }
        return handleCollection(*kind, request);
    }
    const std::string& name = parts[base + 3];
    if (!ourNamespace) throw KubeError::notFound(kindInfo(*kind).resource, name);
    if (parts.size() == base + 5) {
        const std::string& sub = parts[base + 4];
        if (*kind == Kind::Deployment && sub == "scale") return scale(name, request);
        if (*kind == Kind::Pod && sub == "log") {
            only("GET");
            return m_logs.handle(name, request);
        }
        throw KubeError(404, "NotFound", "the server could not find the requested resource");
    }
    return handleItem(*kind, name, request);
}

ApiResult KubeApi::handleCollection(Kind kind, const ApiRequest& request)
{
    if (truthy(request.param("watch"))) {
        LabelSelector labels =
            LabelSelector::parse(request.param("labelSelector") ? *request.param("labelSelector") : "");
        FieldSelector fields = FieldSelector::parse(
            request.param("fieldSelector") ? *request.param("fieldSelector") : "", fieldsFor(kind));
        return watch(kind, request, labels, fields);
    }
    return list(kind, request);
}

ApiResult KubeApi::list(Kind kind, const ApiRequest& request)
{
    const KindInfo& info = kindInfo(kind);
    LabelSelector labels = LabelSelector::parse(request.param("labelSelector") ? *request.param("labelSelector") : "");
    FieldSelector fields =
        FieldSelector::parse(request.param("fieldSelector") ? *request.param("fieldSelector") : "", fieldsFor(kind));
    const std::size_t limit = static_cast<std::size_t>(parseInteger(request.param("limit"), "limit", 0));
    std::string after;
    if (const std::string* token = request.param("continue"); token && !token->empty()) {
        auto decoded = base64Decode(*token);
        nlohmann::json parsed = decoded ? nlohmann::json::parse(*decoded, nullptr, false) : nlohmann::json();
        if (!parsed.is_object() || !parsed.contains("start") || !parsed["start"].is_string() || !parsed.contains("rv"))
            throw KubeError::badRequest(
                "continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
        if (parsed["rv"].get<std::uint64_t>() < m_store.compactedVersion())
            throw KubeError(410, "Expired",
                            "The provided continue parameter is too old to display a consistent list result. "
                            "You can start a new list without the continue parameter.");
        after = parsed["start"].get<std::string>();
    }
    ObjectStore::Page page = m_store.list(kind, labels, fields, limit, after);
    nlohmann::json metadata = {{"resourceVersion", std::to_string(m_store.resourceVersion())}};
    if (!page.lastName.empty()) {
        metadata["continue"] = base64Encode(nlohmann::json{
            {"v", "meta.k8s.io/v1"},
            {"rv", m_store.resourceVersion()},
            {"start", page.lastName}}.dump());
        if (page.remaining) metadata["remainingItemCount"] = *page.remaining;
    }
    // Assembled as text: a list of 30,000 pods should not be copied into one more JSON tree.
    std::string body = "{\"kind\":\"" + std::string(info.listKind) + "\",\"apiVersion\":\"" + info.apiVersion +
                       "\",\"metadata\":" + metadata.dump() + ",\"items\":[";
    bool first = true;
    for (const ObjectPtr& item : page.items) {
        if (!first) body += ',';
        first = false;
        body += item->dump();
    }
    body += "]}";
    ApiResult result;
    result.body = std::move(body);
    return result;
}

ApiResult KubeApi::watch(Kind kind, const ApiRequest& request, const LabelSelector& labels, const FieldSelector& fields)
{
    WatchStream::Settings settings;
    settings.kind = kind;
    settings.labels = labels;
    settings.fields = fields;
    settings.bookmarks = truthy(request.param("allowWatchBookmarks"));
    settings.bookmarkInterval = std::max(std::chrono::milliseconds(200), m_clock.scaledSeconds(60));
    const long long timeout = parseInteger(request.param("timeoutSeconds"), "timeoutSeconds", 1800);
    settings.timeout = std::chrono::seconds(timeout > 0 ? timeout : 1800);

    const std::string* versionText = request.param("resourceVersion");
    if (!versionText || versionText->empty() || *versionText == "0") {
        // No version: the current state as ADDED events first, like the API server.
        for (const ObjectPtr& object : m_store.list(kind, labels, fields, 0, {}).items)
            settings.initialLines.push_back("{\"type\":\"ADDED\",\"object\":" + object->dump() + "}\n");
    } else {
        std::uint64_t version = static_cast<std::uint64_t>(parseInteger(versionText, "resourceVersion", 0));
        std::vector<const Change*> missed;
        if (!m_store.changesAfter(version, kind, missed)) {
            KubeError gone = KubeError::gone("too old resource version: " + *versionText + " (" +
                                             std::to_string(m_store.oldestResumableVersion()) + ")");
            settings.initialLines.push_back(nlohmann::json{{"type", "ERROR"}, {"object", gone.toStatus()}}.dump() +
                                            "\n");
            settings.endAfterInitial = true;
        } else {
            static const nlohmann::json kNoLabels = nlohmann::json::object();
            for (const Change* change : missed) {
                const nlohmann::json& metadata = (*change->object)["metadata"];
                if (!labels.matches(metadata.contains("labels") ? metadata["labels"] : kNoLabels)) continue;
                if (!fields.matches(*change->object)) continue;
                settings.initialLines.push_back(change->watchLine());
            }
        }
    }
    auto stream = std::make_shared<WatchStream>(m_io, m_store, std::move(settings));
    // Drop registrations of watches that ended, then remember this one for /_sim/close-watches.
    std::erase_if(m_watches, [](const std::weak_ptr<WatchStream>& weak) { return weak.expired(); });
    m_watches.push_back(stream);
    ApiResult result;
    result.stream = std::move(stream);
    return result;
}

ApiResult KubeApi::handleItem(Kind kind, const std::string& name, const ApiRequest& request)
{
    const std::string& method = request.method;
    if (method == "GET") {
        ObjectPtr object = m_store.get(kind, name);
        if (!object) throw KubeError::notFound(kindInfo(kind).resource, name);
        ApiResult result;
        result.body = object->dump();
        return result;
    }
    if (kind == Kind::Deployment && method == "PUT") return putDeployment(name, request);
    if (kind == Kind::Deployment && method == "PATCH") return patchDeployment(name, request);
    if (kind == Kind::Pod && method == "DELETE") return deletePod(name);
    throw KubeError::methodNotAllowed(method);
}

ObjectPtr KubeApi::writeDeployment(const nlohmann::json& current, const nlohmann::json& changed)
{
    nlohmann::json next = current;
    const nlohmann::json& metadata = changed.value("metadata", nlohmann::json::object());
    for (const char* field : {"labels", "annotations"}) {
        if (metadata.contains(field) && !metadata[field].is_null())
            next["metadata"][field] = metadata[field];
        else
            next["metadata"].erase(field);
    }
    next["spec"] = changed.value("spec", nlohmann::json::object());
    validateDeployment(next, &current);
    ObjectPtr stored = m_store.replace(Kind::Deployment, std::move(next));
    m_controller.deploymentChanged(current["metadata"]["name"]);
    return stored;
}

ApiResult KubeApi::putDeployment(const std::string& name, const ApiRequest& request)
{
    ObjectPtr current = m_store.get(Kind::Deployment, name);
    if (!current) throw KubeError::notFound("deployments.apps", name);
    nlohmann::json body = parseBody(request);
    const nlohmann::json metadata = body.value("metadata", nlohmann::json::object());
    if (metadata.value("name", "") != name)
        throw KubeError::badRequest("the name of the object (" + metadata.value("name", "") +
                                    ") does not match the name on the URL (" + name + ")");
    const std::string version = metadata.value("resourceVersion", "");
    if (version.empty())
        throw KubeError::invalid("Deployment", name, "metadata.resourceVersion", "0x0",
                                 "must be specified for an update");
    if (version != (*current)["metadata"]["resourceVersion"].get<std::string>())
        throw KubeError::conflict("deployments.apps", name);
    return jsonResult(*writeDeployment(*current, body));
}

ApiResult KubeApi::patchDeployment(const std::string& name, const ApiRequest& request)
{
    ObjectPtr current = m_store.get(Kind::Deployment, name);
    if (!current) throw KubeError::notFound("deployments.apps", name);
    nlohmann::json patched = applyPatch(*current, request.body, patchTypeFromContentType(request.contentType));
    if (!patched.is_object() || !patched.contains("metadata") || !patched["metadata"].is_object())
        throw KubeError::badRequest("the patch removed the object's metadata");
    // A resourceVersion in the patch is a precondition, as in the API server.
    const nlohmann::json version = patched["metadata"].value("resourceVersion", nlohmann::json());
    if (version != (*current)["metadata"]["resourceVersion"]) throw KubeError::conflict("deployments.apps", name);
    if (patched["metadata"].value("name", "") != name)
        throw KubeError::badRequest("the patch may not change metadata.name");
    return jsonResult(*writeDeployment(*current, patched));
}

ApiResult KubeApi::scale(const std::string& name, const ApiRequest& request)
{
    ObjectPtr current = m_store.get(Kind::Deployment, name);
    if (!current) throw KubeError::notFound("deployments.apps", name);
    const nlohmann::json currentScale = scaleOf(*current);
    if (request.method == "GET") return jsonResult(currentScale);
    nlohmann::json wanted;
    if (request.method == "PUT") {
        wanted = parseBody(request);
    } else if (request.method == "PATCH") {
        wanted = applyPatch(currentScale, request.body, patchTypeFromContentType(request.contentType));
    } else {
        throw KubeError::methodNotAllowed(request.method);
    }
    const nlohmann::json metadata = wanted.value("metadata", nlohmann::json::object());
    const std::string version = metadata.value("resourceVersion", "");
    if (!version.empty() && version != currentScale["metadata"]["resourceVersion"].get<std::string>())
        throw KubeError::conflict("deployments.apps", name);
    const nlohmann::json replicas = wanted.value("spec", nlohmann::json::object()).value("replicas", nlohmann::json());
    if (!replicas.is_number_integer() || replicas.get<long long>() < 0)
        throw KubeError::invalid("Scale", name, "spec.replicas", replicas.dump(), "must be greater than or equal to 0");
    nlohmann::json next = *current;
    next["spec"]["replicas"] = replicas;
    validateDeployment(next, current.get());
    ObjectPtr stored = m_store.replace(Kind::Deployment, std::move(next));
    m_controller.deploymentChanged(name);
    return jsonResult(scaleOf(*stored));
}

ApiResult KubeApi::deletePod(const std::string& name)
{
    ObjectPtr pod = m_store.get(Kind::Pod, name);
    if (!pod) throw KubeError::notFound("pods", name);
    nlohmann::json last = *pod;
    m_pods.deletePod(name);
    for (const auto& owner : last["metadata"].value("ownerReferences", nlohmann::json::array()))
        if (owner.value("kind", "") == "ReplicaSet") m_controller.replicaSetChanged(owner.value("name", ""));
    last["metadata"]["deletionTimestamp"] = formatTime(SimClock::wallNow());
    last["metadata"]["deletionGracePeriodSeconds"] = 0;
    return jsonResult(last);
}

void KubeApi::stopStreams()
{
    for (auto& weak : m_watches)
        if (auto watch = weak.lock()) watch->stop();
    m_watches.clear();
}

ApiResult KubeApi::hook(const std::string& name, const ApiRequest& request)
{
    if (request.method != "POST") throw KubeError::methodNotAllowed(request.method);
    if (name == "compact") {
        m_store.compact();
        return jsonResult({{"compactedResourceVersion", std::to_string(m_store.resourceVersion())}});
    }
    if (name == "close-watches") {
        int closed = 0;
        std::vector<std::weak_ptr<WatchStream>> watches;
        watches.swap(m_watches);
        for (auto& weak : watches)
            if (auto watch = weak.lock()) {
                watch->close();
                ++closed;
            }
        return jsonResult({{"closed", closed}});
    }
    throw KubeError(404, "NotFound", "unknown simulator hook /_sim/" + name);
}

} // namespace md::kubesim
