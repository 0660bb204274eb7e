#include "ops/kube/ClusterAccess.h"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

namespace md::ops::kube {

namespace {

std::string readFile(const std::string& path, const std::string& setting)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) throw KubeConfigError(setting + ": cannot read '" + path + "'");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string trim(std::string text)
{
    const char* blanks = " \t\r\n";
    auto first = text.find_first_not_of(blanks);
    if (first == std::string::npos) return {};
    auto last = text.find_last_not_of(blanks);
    return text.substr(first, last - first + 1);
}

std::string resolve(const std::string& path, const std::string& baseDirectory)
{
    if (path.empty() || path.front() == '/' || baseDirectory.empty()) return path;
    return baseDirectory + "/" + path;
}

std::string scalar(const YAML::Node& node, const char* key)
{
    const YAML::Node value = node[key];
    if (!value || value.IsNull()) return {};
    if (!value.IsScalar()) throw KubeConfigError(std::string(key) + " must be a string");
    return value.as<std::string>();
}

// Finds the entry named `name` in a list like clusters: [{name, cluster: {...}}].
YAML::Node namedEntry(const YAML::Node& root, const char* listKey, const char* innerKey, const std::string& name,
                      const std::string& where)
{
    const YAML::Node list = root[listKey];
    if (list && list.IsSequence())
        for (const auto& entry : list)
            if (entry["name"] && entry["name"].IsScalar() && entry["name"].as<std::string>() == name) {
                const YAML::Node inner = entry[innerKey];
                return inner ? inner : YAML::Node(YAML::NodeType::Map);
            }
    throw KubeConfigError(where + ": no " + std::string(innerKey) + " named '" + name + "' in " + listKey);
}

std::string withoutTrailingSlash(std::string url)
{
    while (!url.empty() && url.back() == '/') url.pop_back();
    return url;
}

} // namespace

std::string decodeBase64(const std::string& text, const std::string& field)
{
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z') return c - 'A';
        if (c >= 'a' && c <= 'z') return c - 'a' + 26;
        if (c >= '0' && c <= '9') return c - '0' + 52;
        if (c == '+') return 62;
        if (c == '/') return 63;
        return -1;
    };
    std::string out;
    unsigned buffer = 0;
    int bits = 0;
    bool padding = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') continue;
        if (c == '=') {
            padding = true;
            continue;
        }
        const int v = value(c);
        if (v < 0 || padding) throw KubeConfigError(field + ": not valid base64");
        buffer = (buffer << 6) | static_cast<unsigned>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.push_back(static_cast<char>((buffer >> bits) & 0xFF));
        }
    }
    if (bits >= 6) throw KubeConfigError(field + ": not valid base64 (truncated)");
    return out;
}

ClusterAccess parseKubeconfig(const std::string& yamlText, const std::string& baseDirectory, const std::string& source,
                              const std::optional<std::string>& namespaceOverride)
{
    const std::string where = "MARKETDESK_KUBECONFIG (" + source + ")";
    YAML::Node root;
    try {
        root = YAML::Load(yamlText);
    } catch (const YAML::Exception& error) {
        throw KubeConfigError(where + ": not valid YAML: " + error.what());
    }
    if (!root.IsMap()) throw KubeConfigError(where + ": not a kubeconfig (expected a YAML mapping)");
    try {
        const std::string contextName = scalar(root, "current-context");
        if (contextName.empty()) throw KubeConfigError(where + ": current-context is not set");
        const YAML::Node context = namedEntry(root, "contexts", "context", contextName, where);
        const std::string clusterName = scalar(context, "cluster");
        if (clusterName.empty())
            throw KubeConfigError(where + ": context '" + contextName + "' names no cluster");
        const YAML::Node cluster = namedEntry(root, "clusters", "cluster", clusterName, where);

        ClusterAccess access;
        access.mode = "kubeconfig";
        access.server = withoutTrailingSlash(scalar(cluster, "server"));
        if (access.server.rfind("https://", 0) != 0 && access.server.rfind("http://", 0) != 0)
            throw KubeConfigError(where + ": clusters[" + clusterName + "].cluster.server: '" + access.server +
                                  "' is not an http(s) URL");
        const std::string caData = scalar(cluster, "certificate-authority-data");
        if (!caData.empty())
            access.tls.caPem = decodeBase64(caData, where + ": certificate-authority-data");
        else if (auto ca = scalar(cluster, "certificate-authority"); !ca.empty())
            access.tls.caFile = resolve(ca, baseDirectory);
        if (cluster["insecure-skip-tls-verify"]) access.tls.insecureSkipVerify = cluster["insecure-skip-tls-verify"].as<bool>();

        const std::string userName = scalar(context, "user");
        if (!userName.empty()) {
            const YAML::Node user = namedEntry(root, "users", "user", userName, where);
            const std::string userWhere = where + ": users[" + userName + "].user";
            if (user["exec"])
                throw KubeConfigError(userWhere + ".exec: exec credential plugins are not supported; give the user "
                                                  "a token, tokenFile or client certificate and key");
            if (user["auth-provider"])
                throw KubeConfigError(userWhere + ".auth-provider: auth providers are not supported; give the user "
                                                  "a token, tokenFile or client certificate and key");
            if (user["username"] || user["password"])
                throw KubeConfigError(userWhere + ".username/password: basic authentication is not supported");
            access.token = trim(scalar(user, "token"));
            if (auto file = scalar(user, "tokenFile"); !file.empty()) {
                access.tokenFile = resolve(file, baseDirectory);
                readFile(access.tokenFile, userWhere + ".tokenFile"); // must exist now
            }
            if (auto data = scalar(user, "client-certificate-data"); !data.empty())
                access.tls.clientCertPem = decodeBase64(data, userWhere + ".client-certificate-data");
            else if (auto file = scalar(user, "client-certificate"); !file.empty())
                access.tls.clientCertFile = resolve(file, baseDirectory);
            if (auto data = scalar(user, "client-key-data"); !data.empty())
                access.tls.clientKeyPem = decodeBase64(data, userWhere + ".client-key-data");
            else if (auto file = scalar(user, "client-key"); !file.empty())
                access.tls.clientKeyFile = resolve(file, baseDirectory);
            const bool hasCert = !access.tls.clientCertPem.empty() || !access.tls.clientCertFile.empty();
            const bool hasKey = !access.tls.clientKeyPem.empty() || !access.tls.clientKeyFile.empty();
            if (hasCert != hasKey)
                throw KubeConfigError(userWhere + ": client-certificate and client-key must be given together");
        }
        if (!access.tls.caFile.empty()) readFile(access.tls.caFile, where + ": certificate-authority");
        if (!access.tls.clientCertFile.empty()) readFile(access.tls.clientCertFile, where + ": client-certificate");
        if (!access.tls.clientKeyFile.empty()) readFile(access.tls.clientKeyFile, where + ": client-key");

        access.namespaceName = namespaceOverride ? *namespaceOverride : scalar(context, "namespace");
        if (access.namespaceName.empty()) access.namespaceName = "default";
        return access;
    } catch (const YAML::Exception& error) {
        throw KubeConfigError(where + ": " + error.what());
    } catch (const KubeConfigError& error) {
        // Messages from the helpers above without the file name get it added.
        const std::string message = error.what();
        if (message.rfind(where, 0) == 0) throw;
        throw KubeConfigError(where + ": " + message);
    }
}

ClusterAccess loadKubeconfig(const std::string& path, const std::optional<std::string>& namespaceOverride)
{
    const std::string text = readFile(path, "MARKETDESK_KUBECONFIG");
    const auto slash = path.rfind('/');
    const std::string directory = slash == std::string::npos ? std::string(".") : path.substr(0, slash);
    return parseKubeconfig(text, directory, path, namespaceOverride);
}

ClusterAccess loadInCluster(const std::string& serviceAccountDirectory, const std::string& serviceHost,
                            const std::string& servicePort, const std::optional<std::string>& namespaceOverride)
{
    if (serviceHost.empty() || servicePort.empty())
        throw KubeConfigError("MARKETDESK_KUBE_MODE=in-cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT "
                              "are not set (is the server running in a pod?)");
    const std::string setting = "MARKETDESK_KUBE_SERVICEACCOUNT_DIR";
    ClusterAccess access;
    access.mode = "in-cluster";
    const bool ipv6 = serviceHost.find(':') != std::string::npos;
    access.server = "https://" + (ipv6 ? "[" + serviceHost + "]" : serviceHost) + ":" + servicePort;
    access.tokenFile = serviceAccountDirectory + "/token";
    if (trim(readFile(access.tokenFile, setting)).empty())
        throw KubeConfigError(setting + ": '" + access.tokenFile + "' is empty");
    access.tls.caFile = serviceAccountDirectory + "/ca.crt";
    readFile(access.tls.caFile, setting);
    if (namespaceOverride) {
        access.namespaceName = *namespaceOverride;
    } else {
        access.namespaceName = trim(readFile(serviceAccountDirectory + "/namespace", setting));
        if (access.namespaceName.empty()) access.namespaceName = "default";
    }
    return access;
}

} // namespace md::ops::kube
