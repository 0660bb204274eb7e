#include "app/ServerApp.h"

#include "app/SystemRoutes.h"
#include "audit/AuditLog.h"
#include "auth/AuthModule.h"
#include "catalog/CatalogModule.h"
#include "db/ConnectionPool.h"
#include "db/NotificationListener.h"
#include "events/EventHub.h"
#include "events/EventOutbox.h"
#include "events/EventRoutes.h"
#include "http/Dispatcher.h"
#include "http/HttpServer.h"
#include "http/StreamLimiter.h"
#include "http/TrustedProxies.h"
#include "inventory/InventoryModule.h"
#include "observability/Log.h"
#include "observability/Metrics.h"
#include "ops/OpsModule.h"
#include "ops/kube/KubeService.h"
#include "orders/OrdersModule.h"
#include "sellers/SellersModule.h"

#include <csignal>
#include <pthread.h>

namespace md::app {

namespace {

auth::AuthSettings authSettings(const Config& config)
{
    auth::AuthSettings settings;
    settings.jwtSecret = config.jwtSecret;
    settings.accessTokenTtl = config.accessTokenTtl;
    settings.refreshTokenTtl = config.refreshTokenTtl;
    settings.rateLimitPerSecond = config.rateLimitPerSecond;
    settings.rateLimitBurst = config.rateLimitBurst;
    settings.loginMaxFailures = config.loginMaxFailures;
    settings.loginMaxFailuresPerAddress = config.loginMaxFailuresPerAddress;
    settings.loginMaxFailuresPerEmail = config.loginMaxFailuresPerEmail;
    settings.loginLockout = config.loginLockout;
    settings.trustedProxies = http::TrustedProxies::parse(config.trustedProxies); // validated by Config::load
    return settings;
}

} // namespace

int runServe(const Config& config)
{
    const auto started = std::chrono::steady_clock::now();

    // Signals are taken synchronously by this thread (sigwait below); every other thread inherits
    // the blocked mask, so none of them is interrupted.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    auto& metrics = obs::MetricsRegistry::instance();
    obs::registerProcessMetrics(metrics);

    db::ConnectionPool pool({config.databaseConnection, config.dbPoolSize, std::chrono::milliseconds(2000),
                             config.statementTimeout, "marketdesk-server", config.dbQueryDeadline});
    pool.exportMetrics();
    // Its own URL if set (a LISTEN needs a session of its own: no transaction-pooling PgBouncer), with
    // the same connection protections as the pool's.
    db::NotificationListener listener(config.listenerDatabaseConnection.value_or(config.databaseConnection),
                                      {config.listenerCheckInterval, config.listenerTimeout});
    listener.exportMetrics();

    audit::registerStatements();
    events::registerStatements();
    sellers::SellersModule sellersModule(pool);
    auth::AuthModule authModule(pool, listener, sellersModule.repository(), authSettings(config));
    catalog::CatalogModule catalogModule(pool, listener, config.productCacheEntries, config.importConcurrency);
    inventory::InventoryModule inventoryModule(pool);
    orders::OrdersModule ordersModule(pool, {config.orderGroupSize, config.orderGroupLanes});
    // Live event streams and followed pod logs share the per-user and per-replica caps.
    http::StreamLimiter streams(config.streamsPerUser, config.streamsMax);
    events::EventHub eventHub(pool, listener, {}, &authModule.sessionCheck());
    events::EventRoutes eventRoutes(eventHub, &streams);
    ops::OpsModule opsModule(config.prometheusUrl, config.kubeMode);
    if (config.kubeMode != "off") {
        ops::kube::KubeSettings kube{config.kubeMode,        config.kubeconfig,       config.kubeNamespace,
                                     config.kubeServiceAccountDir, config.kubeTimeout, config.kubeLogFollowMax,
                                     config.workerThreads,   config.databaseConnection};
        try {
            auto access = ops::kube::loadClusterAccess(kube);
            opsModule.setKubernetes(std::make_unique<ops::kube::KubeService>(kube, std::move(access), pool), &streams,
                                    &authModule.sessionCheck());
        } catch (const ops::kube::KubeConfigError& error) {
            throw ConfigError(error.what()); // main() reports it and exits 2, like any bad setting
        }
    }

    ReadinessState readiness;
    http::Router router;
    registerSystemRoutes(router, pool, readiness, listener, [&authModule] { return authModule.signInStateLoaded(); });
    authModule.registerRoutes(router);
    sellersModule.registerRoutes(router);
    catalogModule.registerRoutes(router);
    inventoryModule.registerRoutes(router);
    ordersModule.registerRoutes(router);
    eventRoutes.registerRoutes(router);
    opsModule.registerRoutes(router);
    // Every module has registered its prepared statements by now, so the pool's connections get them all.
    eventHub.start();

    listener.start();
    http::Dispatcher dispatcher(&authModule.tokenVerifier(), authModule.rateLimiter());
    http::ServerOptions options;
    options.host = config.listenHost;
    options.port = config.listenPort;
    options.ioThreads = config.ioThreads;
    options.workerThreads = config.workerThreads;
    options.queueCapacity = config.queueCapacity;
    options.bodyBudgetBytes = config.bodyMemoryMiB << 20;
    http::HttpServer server(options, router, dispatcher);
    try {
        server.start();
    } catch (const std::exception& error) {
        obs::logError("cannot start", {{"error", error.what()}});
        listener.stop();
        return 1;
    }
    const double startupMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    obs::logInfo("listening", {{"address", config.listenHost + ":" + std::to_string(server.port())},
                               {"port", server.port()},
                               {"startup_ms", startupMs},
                               {"db_pool_size", config.dbPoolSize},
                               {"workers", config.workerThreads},
                               {"order_group_size", config.orderGroupSize},
                               {"order_group_lanes", config.orderGroupLanes}});
    obs::flushLogs(); // supervisors and tests wait for this line; it should not wait for the next batch

    int signal = 0;
    sigwait(&signals, &signal);
    obs::logInfo("shutting down", {{"signal", signal == SIGTERM ? "SIGTERM" : "SIGINT"},
                                   {"in_flight", server.inFlightRequests()}});
    readiness.shuttingDown = true;
    eventHub.closeAll();
    opsModule.shutdown();
    std::size_t abandoned = server.shutdown(config.drainTimeout);
    listener.stop();
    if (abandoned > 0) obs::logWarn("drain deadline passed with requests still running", {{"abandoned", abandoned}});
    obs::logInfo("stopped");
    obs::flushLogs();
    return 0;
}

} // namespace md::app
