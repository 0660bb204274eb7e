#include "app/SystemRoutes.h"

#include "app/OpenApi.h"
#include "app/ReadinessCheck.h"
#include "core/DomainError.h"
#include "db/Migrator.h"
#include "http/ErrorMapping.h"
#include "observability/Metrics.h"

namespace md::app {

std::string readinessProblem(db::ConnectionPool& pool, std::chrono::milliseconds deadline)
{
    try {
        auto lease = pool.acquire(deadline);
        lease.setQueryDeadline(deadline);
        try {
            pqxx::read_transaction transaction(*lease);
            int applied = db::Migrator::appliedVersion(transaction);
            int expected = db::Migrator().latestVersion();
            if (applied < expected)
                return "database schema is at version " + std::to_string(applied) + ", this server needs " +
                       std::to_string(expected) + "; run `marketdesk-server migrate`";
            return {};
        } catch (const pqxx::broken_connection&) {
            const bool timedOut = lease.timedOut();
            lease.discard();
            pool.dropIdle();
            return timedOut ? "the database did not answer within " + std::to_string(deadline.count()) + " ms"
                            : "the database connection broke";
        }
    } catch (const DomainError& error) {
        return error.what();
    } catch (const std::exception& error) {
        return std::string("database check failed: ") + error.what();
    }
}

void registerSystemRoutes(http::Router& router, db::ConnectionPool& pool, const ReadinessState& state,
                          const db::NotificationListener& listener, std::function<bool()> signInStateLoaded,
                          std::chrono::milliseconds readinessDeadline)
{
    // Shared by the route's copies; lives as long as the router's handlers.
    auto check = std::make_shared<ReadinessCheck>(pool, readinessDeadline);
    router.addPublic("GET", "/healthz/live", [](http::Request&) { return http::Response::json({{"status", "ok"}}); })
        .withoutRateLimit()
        .fastPath([](http::Request&) { return http::Response::json({{"status", "ok"}}); });

    router
        .addPublic("GET", "/healthz/ready",
                   [check, &state, &listener, signInStateLoaded](http::Request&) {
                       if (state.shuttingDown.load())
                           return http::errorResponse(503, "shutting_down", "the server is draining before exit");
                       std::string problem = check->problem();
                       if (!problem.empty()) return http::errorResponse(503, "not_ready", problem);
                       if (!listener.hasConnected())
                           return http::errorResponse(
                               503, "not_ready", "the notification listener has not connected to the database yet");
                       if (signInStateLoaded && !signInStateLoaded())
                           return http::errorResponse(503, "not_ready",
                                                      "the sign-in state is still loading from the database");
                       // Lost later, the listener is reported but the replica stays ready: it bypasses its
                       // caches meanwhile, and one database fault must not take every replica out at once.
                       return http::Response::json(
                           {{"status", "ready"},
                            {"notification_listener", listener.isConnected() ? "connected" : "reconnecting"}});
                   })
        .withoutRateLimit();

    router
        .addPublic("GET", "/metrics",
                   [](http::Request&) {
                       return http::Response::text(obs::MetricsRegistry::instance().render(),
                                                   "text/plain; version=0.0.4; charset=utf-8");
                   })
        .withoutRateLimit();

    router
        .addPublic("GET", "/api/openapi.json",
                   [](http::Request&) { return http::Response::text(openApiDocument(), "application/json; charset=utf-8"); })
        .withoutRateLimit();
}

} // namespace md::app
