#include "ops/prometheus/MetricsQueryParameters.h"

#include "core/DomainError.h"
#include "core/QueryParameters.h"
#include "ops/prometheus/PrometheusTime.h"

#include <cmath>

namespace md::ops::prometheus {

namespace {

using Parameters = std::map<std::string, std::string>;

std::string checkedQuery(QueryParameters& parameters)
{
    std::string query = parameters.text("query").value_or("");
    if (query.find_first_not_of(" \t\r\n") == std::string::npos)
        parameters.reject("query", "required: a PromQL expression");
    else if (query.size() > kMaxQueryLength)
        parameters.reject("query", "at most " + std::to_string(kMaxQueryLength) + " bytes");
    return query;
}

// A required (or optional) timestamp: unix seconds or RFC 3339; records a problem for a missing or
// unparsable one.
std::optional<double> checkedTimestamp(QueryParameters& parameters, const std::string& name, bool required)
{
    auto text = parameters.text(name);
    if (!text) {
        if (required) parameters.reject(name, "required: unix seconds or an RFC 3339 time");
        return std::nullopt;
    }
    auto seconds = parseTimestamp(*text);
    if (!seconds) parameters.reject(name, "'" + *text + "' is not unix seconds or an RFC 3339 time (2026-12-01T21:00:00Z)");
    return seconds;
}

} // namespace

InstantQuery instantQueryFrom(const Parameters& given)
{
    QueryParameters parameters(given);
    InstantQuery query;
    query.query = checkedQuery(parameters);
    query.time = checkedTimestamp(parameters, "time", false);
    parameters.throwIfInvalid();
    return query;
}

RangeQuery rangeQueryFrom(const Parameters& given)
{
    QueryParameters parameters(given);
    RangeQuery query;
    query.query = checkedQuery(parameters);
    auto start = checkedTimestamp(parameters, "start", true);
    auto end = checkedTimestamp(parameters, "end", true);

    std::optional<double> step;
    if (auto stepText = parameters.text("step"); !stepText) {
        parameters.reject("step", "required: seconds or a duration such as 15s");
    } else {
        step = parseDuration(*stepText);
        if (!step || *step <= 0)
            parameters.reject("step", "'" + *stepText + "' is not a positive number of seconds or a duration such as 15s");
    }
    if (start && end && *end < *start)
        parameters.reject("end", "must not be before start");
    else if (start && end && *end - *start > kMaxRangeSeconds)
        parameters.reject("end", "the range from start to end may span at most 32 days");
    parameters.throwIfInvalid();
    query.start = *start;
    query.end = *end;
    query.step = *step;
    const double points = std::floor((query.end - query.start) / query.step) + 1;
    if (points > kMaxPointsPerSeries) {
        const double smallestStep = std::ceil((query.end - query.start) / (kMaxPointsPerSeries - 1));
        throw DomainError(ErrorKind::Validation, "too_many_points",
                          "this range and step give " + std::to_string(static_cast<long long>(points)) +
                              " points per series; at most 11000 are allowed: use a step of at least " +
                              std::to_string(static_cast<long long>(smallestStep)) + " s",
                          {{"points", static_cast<long long>(points)},
                           {"max_points", static_cast<long long>(kMaxPointsPerSeries)},
                           {"min_step_seconds", static_cast<long long>(smallestStep)}});
    }
    return query;
}

} // namespace md::ops::prometheus
