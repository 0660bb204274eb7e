#pragma once
// Server configuration, read at run time from MARKETDESK_* environment variables, which
// command-line flags override (--listen 127.0.0.1:9000 sets MARKETDESK_LISTEN). Invalid settings
// stop the server with a message naming the setting.

#include "observability/Log.h"

#include <chrono>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

namespace md::app {

class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Config {
    std::string databaseUrl = "postgresql:///marketdesk";
    // What every connection is opened with: databaseUrl plus the connect timeout, TCP keepalives and
    // tcp_user_timeout (db::connectionString), built by load().
    std::string databaseConnection;
    std::string listenHost = "127.0.0.1";
    unsigned short listenPort = 8080;
    std::string jwtSecret;
    obs::LogFormat logFormat = obs::LogFormat::Json;
    obs::LogLevel logLevel = obs::LogLevel::Info;

    std::size_t dbPoolSize = 16;
    std::size_t ioThreads = 2;
    std::size_t workerThreads = 0; // 0: twice the pool size
    std::size_t queueCapacity = 1024;
    std::chrono::milliseconds statementTimeout{5000};
    std::chrono::seconds dbConnectTimeout{3};
    // A request on a pooled connection unanswered this long gets its connection cut (ConnectionWatchdog);
    // by default the statement timeout plus a second, so PostgreSQL's own timeout answers first.
    std::chrono::milliseconds dbQueryDeadline{6000};
    std::chrono::milliseconds drainTimeout{20000};

    std::chrono::seconds accessTokenTtl{900};
    std::chrono::hours refreshTokenTtl{24 * 30};
    double rateLimitPerSecond = 100; // per user, per replica; 0 turns the limit off
    double rateLimitBurst = 200;
    int loginMaxFailures = 5;               // per client address and e-mail address
    int loginMaxFailuresPerAddress = 10;    // per client address, over every e-mail address
    int loginMaxFailuresPerEmail = 20;      // per e-mail address, before it counts as under attack
    std::chrono::seconds loginLockout{300};
    std::string trustedProxies;             // whose X-Forwarded-For is believed (addresses, CIDR)
    std::size_t streamsPerUser = 8;         // event streams and pod log follows open at once, per user
    std::size_t streamsMax = 2000;          // the same, over all users of this replica
    std::optional<std::string> listenerDatabaseUrl; // unset: databaseUrl
    std::optional<std::string> listenerDatabaseConnection; // listenerDatabaseUrl with the connection settings
    std::chrono::milliseconds listenerCheckInterval{5000}; // round trip on the LISTEN connection
    std::chrono::milliseconds listenerTimeout{5000};       // for that round trip and for connecting
    std::size_t productCacheEntries = 50000;
    std::size_t bodyMemoryMiB = 48;     // request bodies held at once (http/BodyBudget)
    std::size_t importConcurrency = 2; // CSV imports running at once per replica (each holds its upload)
    std::size_t orderGroupSize = 32; // orders placed together in one transaction at most (1: each alone)
    std::size_t orderGroupLanes = 2; // groups of orders being placed at once

    std::optional<std::string> prometheusUrl;
    std::string kubeMode = "off";
    std::optional<std::string> kubeNamespace; // unset: the kubeconfig context's, the service account's, or "default"
    std::optional<std::string> kubeconfig;
    std::string kubeServiceAccountDir = "/var/run/secrets/kubernetes.io/serviceaccount";
    std::chrono::milliseconds kubeTimeout{5000};        // total time of one Kubernetes API call
    std::chrono::seconds kubeLogFollowMax{3600};        // longest a pod log follow may stream

    // Reads the environment; `overrides` (from flags) win. Throws ConfigError naming the setting.
    static Config load(const std::map<std::string, std::string>& overrides, bool requireJwtSecret);
};

// Turns "--listen X --jwt-secret Y" into {"MARKETDESK_LISTEN": "X", ...}; throws ConfigError on a
// flag without a value.
std::map<std::string, std::string> flagsToSettings(int argc, char** argv, int firstFlag);

} // namespace md::app
