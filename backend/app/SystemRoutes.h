#pragma once
// Unauthenticated service endpoints: liveness, readiness, Prometheus metrics and the OpenAPI
// document.

#include "db/ConnectionPool.h"
#include "db/NotificationListener.h"
#include "http/Router.h"

#include <atomic>
#include <chrono>
#include <functional>

namespace md::app {

struct ReadinessState {
    std::atomic<bool> shuttingDown{false};
};

// GET /healthz/ready answers within readinessDeadline (ReadinessCheck), whatever the database does.
// Readiness also waits for the notification listener's first connection (until then a stream could
// miss events and caches would not hear of changes) and for the sign-in state (until it is loaded
// every token is refused); a listener lost later is reported in the body but leaves the replica
// ready (see docs/API.md).
void registerSystemRoutes(http::Router& router, db::ConnectionPool& pool, const ReadinessState& state,
                          const db::NotificationListener& listener, std::function<bool()> signInStateLoaded,
                          std::chrono::milliseconds readinessDeadline = std::chrono::milliseconds(1500));
// Checks that the database answers and its schema is at this binary's migration version, waiting for a
// pooled connection and for each answer at most deadline. Returns an empty string when ready, else the
// reason.
std::string readinessProblem(db::ConnectionPool& pool, std::chrono::milliseconds deadline);

} // namespace md::app
