#include "app/Config.h"

#include "db/ConnectionSettings.h"
#include "http/TrustedProxies.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace md::app {

namespace {

class Settings {
public:
    explicit Settings(const std::map<std::string, std::string>& overrides) : m_overrides(overrides) {}

    std::optional<std::string> get(const std::string& name) const
    {
        if (auto it = m_overrides.find(name); it != m_overrides.end()) return it->second;
        if (const char* value = std::getenv(name.c_str()); value && *value) return std::string(value);
        return std::nullopt;
    }

    template <typename Number> void number(const std::string& name, Number& target, Number minimum, Number maximum) const
    {
        auto text = get(name);
        if (!text) return;
        Number value{};
        auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
        if (ec != std::errc() || end != text->data() + text->size() || value < minimum || value > maximum)
            throw ConfigError(name + ": '" + *text + "' is not a number between " + std::to_string(minimum) + " and " +
                              std::to_string(maximum));
        target = value;
    }

    void real(const std::string& name, double& target, double minimum, double maximum) const
    {
        auto text = get(name);
        if (!text) return;
        char* end = nullptr;
        double value = std::strtod(text->c_str(), &end);
        if (end != text->c_str() + text->size() || value < minimum || value > maximum)
            throw ConfigError(name + ": '" + *text + "' is not a number between " + std::to_string(minimum) + " and " +
                              std::to_string(maximum));
        target = value;
    }

private:
    const std::map<std::string, std::string>& m_overrides;
};

// "http(s)://" followed by a host, without spaces: enough to catch a missing scheme or a typo at
// startup instead of on the first dashboard request.
bool isHttpUrl(const std::string& url)
{
    std::size_t hostStart = url.rfind("http://", 0) == 0 ? 7 : url.rfind("https://", 0) == 0 ? 8 : 0;
    if (hostStart == 0 || hostStart >= url.size() || url[hostStart] == '/' || url[hostStart] == ':') return false;
    return url.find_first_of(" \t\r\n") == std::string::npos;
}

} // namespace

Config Config::load(const std::map<std::string, std::string>& overrides, bool requireJwtSecret)
{
    Settings settings(overrides);
    Config config;

    if (auto url = settings.get("MARKETDESK_DATABASE_URL")) config.databaseUrl = *url;

    if (auto listen = settings.get("MARKETDESK_LISTEN")) {
        auto colon = listen->rfind(':');
        if (colon == std::string::npos || colon == 0)
            throw ConfigError("MARKETDESK_LISTEN: '" + *listen + "' must be HOST:PORT, e.g. 127.0.0.1:8080");
        std::string host = listen->substr(0, colon);
        if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
        int port = -1;
        std::string portText = listen->substr(colon + 1);
        auto [end, ec] = std::from_chars(portText.data(), portText.data() + portText.size(), port);
        if (ec != std::errc() || end != portText.data() + portText.size() || port < 0 || port > 65535)
            throw ConfigError("MARKETDESK_LISTEN: port '" + portText + "' must be 0-65535");
        config.listenHost = host;
        config.listenPort = static_cast<unsigned short>(port);
    }

    if (auto secret = settings.get("MARKETDESK_JWT_SECRET")) config.jwtSecret = *secret;
    if (requireJwtSecret && config.jwtSecret.size() < 32)
        throw ConfigError(config.jwtSecret.empty()
                              ? "MARKETDESK_JWT_SECRET: required; set it to at least 32 random bytes "
                                "(e.g. `openssl rand -base64 48`)"
                              : "MARKETDESK_JWT_SECRET: too short (" + std::to_string(config.jwtSecret.size()) +
                                    " bytes); it must be at least 32 bytes");

    if (auto format = settings.get("MARKETDESK_LOG_FORMAT")) {
        if (*format == "json") config.logFormat = obs::LogFormat::Json;
        else if (*format == "text") config.logFormat = obs::LogFormat::Text;
        else throw ConfigError("MARKETDESK_LOG_FORMAT: '" + *format + "' must be json or text");
    }
    if (auto level = settings.get("MARKETDESK_LOG_LEVEL")) {
        if (*level == "debug") config.logLevel = obs::LogLevel::Debug;
        else if (*level == "info") config.logLevel = obs::LogLevel::Info;
        else if (*level == "warn") config.logLevel = obs::LogLevel::Warn;
        else if (*level == "error") config.logLevel = obs::LogLevel::Error;
        else throw ConfigError("MARKETDESK_LOG_LEVEL: '" + *level + "' must be debug, info, warn or error");
    }

    settings.number<std::size_t>("MARKETDESK_DB_POOL_SIZE", config.dbPoolSize, 1, 500);
    settings.number<std::size_t>("MARKETDESK_IO_THREADS", config.ioThreads, 1, 64);
    settings.number<std::size_t>("MARKETDESK_WORKER_THREADS", config.workerThreads, 0, 1000);
    settings.number<std::size_t>("MARKETDESK_QUEUE_CAPACITY", config.queueCapacity, 1, 1000000);
    long long statementMs = config.statementTimeout.count(), drainMs = config.drainTimeout.count();
    settings.number<long long>("MARKETDESK_STATEMENT_TIMEOUT_MS", statementMs, 100, 600000);
    settings.number<long long>("MARKETDESK_DRAIN_TIMEOUT_MS", drainMs, 0, 600000);
    config.statementTimeout = std::chrono::milliseconds(statementMs);
    config.drainTimeout = std::chrono::milliseconds(drainMs);
    long long connectSeconds = config.dbConnectTimeout.count();
    settings.number<long long>("MARKETDESK_DB_CONNECT_TIMEOUT_S", connectSeconds, 2, 300);
    config.dbConnectTimeout = std::chrono::seconds(connectSeconds);
    long long deadlineMs = statementMs + 1000;
    settings.number<long long>("MARKETDESK_DB_QUERY_DEADLINE_MS", deadlineMs, 200, 3600000);
    if (deadlineMs <= statementMs)
        throw ConfigError("MARKETDESK_DB_QUERY_DEADLINE_MS: " + std::to_string(deadlineMs) +
                          " must be longer than MARKETDESK_STATEMENT_TIMEOUT_MS (" + std::to_string(statementMs) +
                          "), so that PostgreSQL's own timeout answers first");
    config.dbQueryDeadline = std::chrono::milliseconds(deadlineMs);
    db::ConnectionSettings connection;
    connection.connectTimeout = config.dbConnectTimeout;
    try {
        config.databaseConnection = db::connectionString(config.databaseUrl, connection);
    } catch (const std::invalid_argument& error) {
        throw ConfigError(std::string("MARKETDESK_DATABASE_URL: ") + error.what());
    }
    long long accessSeconds = config.accessTokenTtl.count(), refreshHours = config.refreshTokenTtl.count();
    settings.number<long long>("MARKETDESK_ACCESS_TOKEN_TTL_SECONDS", accessSeconds, 10, 86400);
    settings.number<long long>("MARKETDESK_REFRESH_TOKEN_TTL_HOURS", refreshHours, 1, 24 * 365);
    config.accessTokenTtl = std::chrono::seconds(accessSeconds);
    config.refreshTokenTtl = std::chrono::hours(refreshHours);
    settings.real("MARKETDESK_RATE_LIMIT_RPS", config.rateLimitPerSecond, 0, 1e9);
    settings.real("MARKETDESK_RATE_LIMIT_BURST", config.rateLimitBurst, 1, 1e9);
    settings.number<int>("MARKETDESK_LOGIN_MAX_FAILURES", config.loginMaxFailures, 1, 1000);
    long long lockoutSeconds = config.loginLockout.count();
    settings.number<long long>("MARKETDESK_LOGIN_LOCKOUT_SECONDS", lockoutSeconds, 1, 86400);
    config.loginLockout = std::chrono::seconds(lockoutSeconds);
    settings.number<int>("MARKETDESK_LOGIN_MAX_FAILURES_PER_ADDRESS", config.loginMaxFailuresPerAddress, 1, 100000);
    settings.number<int>("MARKETDESK_LOGIN_MAX_FAILURES_PER_EMAIL", config.loginMaxFailuresPerEmail, 1, 100000);
    if (auto proxies = settings.get("MARKETDESK_TRUSTED_PROXIES")) {
        try {
            http::TrustedProxies::parse(*proxies);
        } catch (const std::invalid_argument& error) {
            throw ConfigError(std::string("MARKETDESK_TRUSTED_PROXIES: ") + error.what() +
                              "; give addresses and CIDR networks separated by commas, e.g. 10.0.0.0/8,192.168.1.7");
        }
        config.trustedProxies = *proxies;
    }
    settings.number<std::size_t>("MARKETDESK_STREAMS_PER_USER", config.streamsPerUser, 1, 100000);
    settings.number<std::size_t>("MARKETDESK_STREAMS_MAX", config.streamsMax, 1, 1000000);
    config.listenerDatabaseUrl = settings.get("MARKETDESK_LISTENER_DATABASE_URL");
    if (config.listenerDatabaseUrl) {
        try {
            config.listenerDatabaseConnection = db::connectionString(*config.listenerDatabaseUrl, connection);
        } catch (const std::invalid_argument& error) {
            throw ConfigError(std::string("MARKETDESK_LISTENER_DATABASE_URL: ") + error.what());
        }
    }
    long long checkMs = config.listenerCheckInterval.count(), listenerTimeoutMs = config.listenerTimeout.count();
    settings.number<long long>("MARKETDESK_LISTENER_CHECK_INTERVAL_MS", checkMs, 100, 600000);
    settings.number<long long>("MARKETDESK_LISTENER_TIMEOUT_MS", listenerTimeoutMs, 100, 600000);
    config.listenerCheckInterval = std::chrono::milliseconds(checkMs);
    config.listenerTimeout = std::chrono::milliseconds(listenerTimeoutMs);
    settings.number<std::size_t>("MARKETDESK_PRODUCT_CACHE_ENTRIES", config.productCacheEntries, 0, 10000000);
    settings.number<std::size_t>("MARKETDESK_BODY_MEMORY_MIB", config.bodyMemoryMiB, 2, 4096);
    settings.number<std::size_t>("MARKETDESK_IMPORT_CONCURRENCY", config.importConcurrency, 1, 64);
    settings.number<std::size_t>("MARKETDESK_ORDER_GROUP_SIZE", config.orderGroupSize, 1, 60);
    settings.number<std::size_t>("MARKETDESK_ORDER_GROUP_LANES", config.orderGroupLanes, 1, 500);
    // Twice the pool: a handler waiting for its order's group (PlacementGroups) holds no connection, and
    // the orders waiting are what makes the next group large.
    if (config.workerThreads == 0) config.workerThreads = 2 * config.dbPoolSize;
    if (!settings.get("MARKETDESK_ORDER_GROUP_LANES"))
        config.orderGroupLanes = std::min(config.orderGroupLanes, config.dbPoolSize);
    else if (config.orderGroupLanes > config.dbPoolSize)
        throw ConfigError("MARKETDESK_ORDER_GROUP_LANES: " + std::to_string(config.orderGroupLanes) +
                          " lanes need as many database connections; MARKETDESK_DB_POOL_SIZE is " +
                          std::to_string(config.dbPoolSize));

    config.prometheusUrl = settings.get("MARKETDESK_PROMETHEUS_URL");
    if (config.prometheusUrl && !isHttpUrl(*config.prometheusUrl))
        throw ConfigError("MARKETDESK_PROMETHEUS_URL: '" + *config.prometheusUrl +
                          "' must be an http:// or https:// URL of the Prometheus server, e.g. http://prometheus:9090");
    if (auto mode = settings.get("MARKETDESK_KUBE_MODE")) {
        if (*mode != "off" && *mode != "in-cluster" && *mode != "kubeconfig")
            throw ConfigError("MARKETDESK_KUBE_MODE: '" + *mode + "' must be off, in-cluster or kubeconfig");
        config.kubeMode = *mode;
    }
    if (auto ns = settings.get("MARKETDESK_KUBE_NAMESPACE")) config.kubeNamespace = *ns;
    config.kubeconfig = settings.get("MARKETDESK_KUBECONFIG");
    if (auto dir = settings.get("MARKETDESK_KUBE_SERVICEACCOUNT_DIR")) config.kubeServiceAccountDir = *dir;
    long long kubeTimeoutMs = config.kubeTimeout.count(), followSeconds = config.kubeLogFollowMax.count();
    settings.number<long long>("MARKETDESK_KUBE_TIMEOUT_MS", kubeTimeoutMs, 500, 120000);
    settings.number<long long>("MARKETDESK_KUBE_LOG_FOLLOW_MAX_SECONDS", followSeconds, 1, 86400);
    config.kubeTimeout = std::chrono::milliseconds(kubeTimeoutMs);
    config.kubeLogFollowMax = std::chrono::seconds(followSeconds);
    return config;
}

std::map<std::string, std::string> flagsToSettings(int argc, char** argv, int firstFlag)
{
    std::map<std::string, std::string> settings;
    for (int i = firstFlag; i < argc; ++i) {
        std::string flag = argv[i];
        if (flag.rfind("--", 0) != 0) throw ConfigError("unexpected argument '" + flag + "'");
        std::string value;
        auto eq = flag.find('=');
        if (eq != std::string::npos) {
            value = flag.substr(eq + 1);
            flag = flag.substr(0, eq);
        } else {
            if (i + 1 >= argc) throw ConfigError(flag + ": needs a value");
            value = argv[++i];
        }
        std::string name = "MARKETDESK_";
        for (char c : flag.substr(2)) name.push_back(c == '-' ? '_' : static_cast<char>(std::toupper(c)));
        settings[name] = value;
    }
    return settings;
}

} // namespace md::app
