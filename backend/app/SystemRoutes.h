#pragma once
// Unauthenticated service endpoints: liveness, readiness, Prometheus metrics and the OpenAPI
// document.

#include "db/ConnectionPool.h"
#include "http/Router.h"

#include <atomic>

namespace md::app {

struct ReadinessState {
    std::atomic<bool> shuttingDown{false};
};

void registerSystemRoutes(http::Router& router, db::ConnectionPool& pool, const ReadinessState& state);
// Checks that the database answers and its schema is at this binary's migration version.
// Returns an empty string when ready, else the reason.
std::string readinessProblem(db::ConnectionPool& pool);

} // namespace md::app
