#pragma once
// What a person can do about a failed operations call, in one sentence: the Deployments, Alerts
// and log views word the server's ops error codes (not_configured, cluster_unavailable,
// cluster_error, prometheus_unavailable) the same way, with the server's own message kept.

#include "models/api/ApiError.h"

namespace md::ui {

QString opsErrorText(const models::ApiError& error);

} // namespace md::ui
