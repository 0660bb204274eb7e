#pragma once
// Unauthenticated service endpoints: liveness, readiness, Prometheus metrics and the OpenAPI
// document.

#include "db/ConnectionPool.h"
#include "http/Router.h"

#include <atomic>
#include <chrono>

namespace md::app {

struct ReadinessState {
    std::atomic<bool> shuttingDown{false};
};

// GET /healthz/ready answers within readinessDeadline (ReadinessCheck), whatever the database does.
void registerSystemRoutes(http::Router& router, db::ConnectionPool& pool, const ReadinessState& state,
                          std::chrono::milliseconds readinessDeadline = std::chrono::milliseconds(1500));
// Checks that the database answers and its schema is at this binary's migration version, waiting for a
// pooled connection and for each answer at most deadline. Returns an empty string when ready, else the
// reason.
std::string readinessProblem(db::ConnectionPool& pool, std::chrono::milliseconds deadline);

} // namespace md::app
