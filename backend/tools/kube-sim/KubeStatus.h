#pragma once
// Kubernetes v1 Status error bodies. Handlers throw KubeError; the HTTP layer turns it into the
// response a real API server gives ({"kind":"Status","status":"Failure","reason":...,"code":...}),
// which is what the backend's client parses.

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace md::kubesim {

class KubeError : public std::runtime_error {
public:
    KubeError(int code, std::string reason, const std::string& message, nlohmann::json details = nullptr)
        : std::runtime_error(message), m_code(code), m_reason(std::move(reason)), m_details(std::move(details))
    {
    }
    int code() const { return m_code; }
    const std::string& reason() const { return m_reason; }
    nlohmann::json toStatus() const;

    // The resource name as the API server spells it in messages: "deployments.apps", "pods".
    static KubeError notFound(const std::string& resource, const std::string& name);
    static KubeError conflict(const std::string& resource, const std::string& name);
    static KubeError badRequest(const std::string& message);
    static KubeError invalid(const std::string& kind, const std::string& name, const std::string& field,
                             const std::string& value, const std::string& why);
    static KubeError methodNotAllowed(const std::string& method);
    static KubeError gone(const std::string& message);
    static KubeError unauthorized();
    static KubeError unsupportedMediaType(const std::string& contentType);

private:
    int m_code;
    std::string m_reason;
    nlohmann::json m_details;
};

// {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success",...} for a pod deletion etc.
nlohmann::json successStatus(const std::string& name, const std::string& kind);

} // namespace md::kubesim
