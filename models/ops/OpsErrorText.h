#pragma once
// What a person can do about a failed operations call, in one sentence, with the server's own
// message kept: the server's ops error codes (not_configured, cluster_unavailable, cluster_error,
// invalid_state, prometheus_unavailable, bad_query, too_many_points) worded for the view that shows
// them. A Dashboard panel only reads metrics, so there a missing setting or an unreachable
// Prometheus is said in Prometheus' terms and a refused query points at the dashboard file; the
// cluster views (Deployments, Alerts, logs) name every setting that may be missing.

#include "models/api/ApiError.h"

namespace md::models {

enum class OpsErrorView { ClusterViews, DashboardPanel };

QString opsErrorText(const ApiError& error, OpsErrorView view);

} // namespace md::models
