#pragma once
// A failed Kubernetes API call, in terms the ops endpoints map to their answers: the API server
// unreachable or too slow (503 cluster_unavailable), a v1 Status with its reason and code
// (NotFound, Conflict, Invalid, Gone, ...), or anything else (502 cluster_error).

#include <stdexcept>
#include <string>

namespace md::ops::kube {

class KubeError : public std::runtime_error {
public:
    enum class Kind { Unavailable, NotFound, Conflict, Invalid, Gone, Other };

    KubeError(Kind kind, long status, std::string reason, const std::string& message)
        : std::runtime_error(message), m_kind(kind), m_status(status), m_reason(std::move(reason))
    {
    }
    Kind kind() const { return m_kind; }
    long status() const { return m_status; }          // the API server's HTTP status (0: none)
    const std::string& reason() const { return m_reason; } // Status.reason, e.g. "Conflict"

private:
    Kind m_kind;
    long m_status;
    std::string m_reason;
};

} // namespace md::ops::kube
