#pragma once
// How to reach the Kubernetes API server: read once at start-up from a kubeconfig file (its
// current context) or from the pod's service account (in-cluster). Anything the server cannot use
// is a KubeConfigError naming the setting, so a bad configuration stops the server at start-up
// instead of failing every request later.

#include "ops/net/OutboundHttp.h"

#include <optional>
#include <stdexcept>
#include <string>

namespace md::ops::kube {

class KubeConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ClusterAccess {
    std::string mode;          // "kubeconfig" or "in-cluster"
    std::string server;        // "https://host:port", without a trailing slash
    std::string namespaceName;
    net::TlsSettings tls;
    std::string token;         // a fixed bearer token (kubeconfig user.token)
    std::string tokenFile;     // a token file, re-read when it changes (service account, user.tokenFile)
};

// Parses kubeconfig text. baseDirectory resolves relative file paths (kubectl resolves them
// against the kubeconfig's own directory); source names the file in messages.
ClusterAccess parseKubeconfig(const std::string& yamlText, const std::string& baseDirectory, const std::string& source,
                              const std::optional<std::string>& namespaceOverride);
ClusterAccess loadKubeconfig(const std::string& path, const std::optional<std::string>& namespaceOverride);

// In-cluster: token, ca.crt and namespace from serviceAccountDirectory, the address from
// KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT (passed in, read from the environment by the caller).
ClusterAccess loadInCluster(const std::string& serviceAccountDirectory, const std::string& serviceHost,
                            const std::string& servicePort, const std::optional<std::string>& namespaceOverride);

// Standard base64 (kubeconfig "*-data" fields); throws KubeConfigError naming field when invalid.
std::string decodeBase64(const std::string& text, const std::string& field);

} // namespace md::ops::kube
