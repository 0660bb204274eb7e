#pragma once
// What a Dashboard panel says when its data could not be loaded, worded so a person knows what to
// do: which server setting is missing, that Prometheus is down, that the query itself is wrong (and
// where to fix it), or that the range is too long.

#include "models/api/ApiError.h"

namespace md::models {

QString metricsErrorText(const ApiError& error);

} // namespace md::models
