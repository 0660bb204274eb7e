#pragma once
// A failed Kubernetes API call. It leaves the client as a DomainError, so the answer it becomes is
// decided where every other one is (http/ErrorMapping.cpp): the API server unreachable or too slow
// is 503 cluster_unavailable; a v1 Status of NotFound, Conflict or Invalid is 404 not_found, 409
// invalid_state or 422 validation_failed; anything else (Gone, an unexpected status, an answer
// that is not JSON) is 502 cluster_error with the API server's status and reason in the details.
// The client and its informer keep what Kubernetes said (kubeKind, status, reason) for their own
// retries: a Conflict is retried, a Gone watch relists.

#include "core/DomainError.h"

#include <string>

namespace md::ops::kube {

class KubeError : public DomainError {
public:
    enum class Kind { Unavailable, NotFound, Conflict, Invalid, Gone, Other };

    KubeError(Kind kind, long status, std::string reason, const std::string& message)
        : DomainError(domainError(kind, status, reason, message)), m_kind(kind), m_status(status),
          m_reason(std::move(reason))
    {
    }
    Kind kubeKind() const { return m_kind; }
    long status() const { return m_status; }               // the API server's HTTP status (0: none)
    const std::string& reason() const { return m_reason; } // Status.reason, e.g. "Conflict"

private:
    static DomainError domainError(Kind kind, long status, const std::string& reason, const std::string& message)
    {
        switch (kind) {
        case Kind::Unavailable:
            return DomainError::upstreamUnavailable("cluster_unavailable", message);
        case Kind::NotFound:
            return {ErrorKind::NotFound, "not_found", message};
        case Kind::Conflict:
            return {ErrorKind::Conflict, "invalid_state", message};
        case Kind::Invalid:
            return {ErrorKind::Validation, "validation_failed", message, {{"fields", nlohmann::json::object()}}};
        case Kind::Gone:
        case Kind::Other:
            break;
        }
        return DomainError::badGateway("cluster_error", message,
                                       {{"kubernetes_status", status}, {"kubernetes_reason", reason}});
    }

    Kind m_kind;
    long m_status;
    std::string m_reason;
};

} // namespace md::ops::kube
