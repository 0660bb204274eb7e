#include "KubeStatus.h"

namespace md::kubesim {

namespace {

// "deployments.apps" -> kind "deployments", group "apps" as the details carry them.
nlohmann::json detailsFor(const std::string& resource, const std::string& name)
{
    nlohmann::json details = {{"name", name}};
    auto dot = resource.find('.');
    details["kind"] = resource.substr(0, dot);
    if (dot != std::string::npos) details["group"] = resource.substr(dot + 1);
    return details;
}

} // namespace

nlohmann::json KubeError::toStatus() const
{
    nlohmann::json status = {{"kind", "Status"},    {"apiVersion", "v1"}, {"metadata", nlohmann::json::object()},
                             {"status", "Failure"}, {"message", what()},  {"reason", m_reason},
                             {"code", m_code}};
    if (!m_details.is_null()) status["details"] = m_details;
    return status;
}

KubeError KubeError::notFound(const std::string& resource, const std::string& name)
{
    return KubeError(404, "NotFound", resource + " \"" + name + "\" not found", detailsFor(resource, name));
}

KubeError KubeError::conflict(const std::string& resource, const std::string& name)
{
    return KubeError(409, "Conflict",
                     "Operation cannot be fulfilled on " + resource + " \"" + name +
                         "\": the object has been modified; please apply your changes to the latest version and try "
                         "again",
                     detailsFor(resource, name));
}

KubeError KubeError::badRequest(const std::string& message)
{
    return KubeError(400, "BadRequest", message);
}

KubeError KubeError::invalid(const std::string& kind, const std::string& name, const std::string& field,
                             const std::string& value, const std::string& why)
{
    std::string cause = field + ": Invalid value: " + value + ": " + why;
    nlohmann::json details = {
        {"name", name},
        {"group", kind == "Deployment" || kind == "ReplicaSet" ? "apps" : ""},
        {"kind", kind},
        {"causes",
         {{{"reason", "FieldValueInvalid"}, {"message", "Invalid value: " + value + ": " + why}, {"field", field}}}}};
    std::string qualified = kind == "Deployment" || kind == "ReplicaSet" ? kind + ".apps" : kind;
    return KubeError(422, "Invalid", qualified + " \"" + name + "\" is invalid: " + cause, details);
}

KubeError KubeError::methodNotAllowed(const std::string& method)
{
    return KubeError(405, "MethodNotAllowed", "the server does not allow this method on the requested resource",
                     {{"causes", {{{"reason", "UnexpectedServerResponse"}, {"message", method + " not allowed"}}}}});
}

KubeError KubeError::gone(const std::string& message)
{
    return KubeError(410, "Gone", message);
}

KubeError KubeError::unauthorized()
{
    return KubeError(401, "Unauthorized", "Unauthorized");
}

KubeError KubeError::unsupportedMediaType(const std::string& contentType)
{
    return KubeError(415, "UnsupportedMediaType",
                     "the body of the request was in an unknown format - accepted media types include: "
                     "application/json-patch+json, application/merge-patch+json, "
                     "application/strategic-merge-patch+json (got '" +
                         contentType + "')");
}

nlohmann::json successStatus(const std::string& name, const std::string& kind)
{
    return {{"kind", "Status"},
            {"apiVersion", "v1"},
            {"metadata", nlohmann::json::object()},
            {"status", "Success"},
            {"details", {{"name", name}, {"kind", kind}}}};
}

} // namespace md::kubesim
