#pragma once
// The query parameters of /api/v1/ops/metrics/query and /query_range, checked before anything is
// sent to Prometheus: a PromQL expression must be given, times and steps must parse (see
// PrometheusTime.h), a range may span at most 32 days and yield at most 11,000 points per series
// (Prometheus' own resolution limit, checked here so the caller gets our error code and the step
// that would work). Violations are DomainErrors: 422 validation_failed naming each bad field, or
// 422 too_many_points.

#include <map>
#include <optional>
#include <string>

namespace md::ops::prometheus {

inline constexpr double kMaxPointsPerSeries = 11000;
inline constexpr double kMaxRangeSeconds = 32 * 86400.0;
inline constexpr std::size_t kMaxQueryLength = 16 * 1024;

struct InstantQuery {
    std::string query;
    std::optional<double> time; // nullopt: Prometheus' now
};

struct RangeQuery {
    std::string query;
    double start = 0;
    double end = 0;
    double step = 0;
};

InstantQuery instantQueryFrom(const std::map<std::string, std::string>& parameters);
RangeQuery rangeQueryFrom(const std::map<std::string, std::string>& parameters);

} // namespace md::ops::prometheus
