#pragma once
// The server's one HTTP client for outbound calls (Kubernetes API server, Prometheus), over
// libcurl. Every call is bounded: a connect timeout, a total timeout (or, for streams, a
// low-speed timeout that ends a silent stream) and a response size limit, so a dead or slow peer
// can never hold a worker thread forever. Transport failures are OutboundError with a kind the
// caller maps to its own HTTP answer (e.g. 503 cluster_unavailable); HTTP error statuses are not
// errors here: the caller reads the status and the body (Kubernetes sends a Status object).

#include <chrono>
#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace md::ops::net {

// PEM data may be given as a file path or in memory (kubeconfig "*-data" fields, decoded).
struct TlsSettings {
    std::string caFile, caPem, clientCertFile, clientKeyFile, clientCertPem, clientKeyPem;
    bool insecureSkipVerify = false;
};

struct OutboundRequest {
    std::string method = "GET";
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    std::chrono::milliseconds connectTimeout{2000};
    std::chrono::milliseconds totalTimeout{10000}; // zero: none (streams), then lowSpeedTime applies
    std::chrono::seconds lowSpeedTime{0};          // abort a stream silent for this long (0: off)
    std::size_t maxResponseBytes = 64 << 20;
    TlsSettings tls;
    // Polled about once a second while the transfer runs, even when no data arrives; returning false
    // ends the transfer with OutboundError Cancelled (client gone, server shutting down). Optional.
    std::function<bool()> keepGoing;
};

struct OutboundResponse {
    long status = 0;
    std::string contentType;
    std::string body;
};

class OutboundError : public std::runtime_error {
public:
    enum class Kind { Unreachable, Timeout, TooLarge, Tls, Cancelled };
    OutboundError(Kind kind, const std::string& message) : std::runtime_error(message), m_kind(kind) {}
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

// Performs the request and returns the whole response. Throws OutboundError on transport failure,
// timeout, TLS failure or a body larger than maxResponseBytes.
OutboundResponse perform(const OutboundRequest& request);

// Streams the body to onChunk as it arrives; stops when the peer closes, onChunk returns false
// (then it returns normally, not Cancelled), or the timeouts hit (OutboundError Timeout).
// maxResponseBytes bounds the streamed total as well. Returns the HTTP status.
long performStreaming(const OutboundRequest& request, const std::function<bool(std::string_view)>& onChunk);

// Same, and also calls onStatus(status, contentType) once before the first body chunk, so a
// caller can decide between streaming a 200 and collecting an error body.
long performStreaming(const OutboundRequest& request, const std::function<void(long, const std::string&)>& onStatus,
                      const std::function<bool(std::string_view)>& onChunk);

} // namespace md::ops::net
