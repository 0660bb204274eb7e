#include "ops/prometheus/MetricsQueryParameters.h"

#include "core/DomainError.h"
#include "ops/prometheus/PrometheusTime.h"

#include <cmath>

namespace md::ops::prometheus {

namespace {

using Parameters = std::map<std::string, std::string>;

std::optional<std::string> parameter(const Parameters& parameters, const std::string& name)
{
    auto it = parameters.find(name);
    if (it == parameters.end()) return std::nullopt;
    return it->second;
}

bool isBlank(const std::string& text)
{
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string checkedQuery(const Parameters& parameters, nlohmann::json& fieldErrors)
{
    std::string query = parameter(parameters, "query").value_or("");
    if (isBlank(query))
        fieldErrors["query"] = "required: a PromQL expression";
    else if (query.size() > kMaxQueryLength)
        fieldErrors["query"] = "at most " + std::to_string(kMaxQueryLength) + " bytes";
    return query;
}

// A required (or optional) timestamp; records an error for a missing or unparsable one.
std::optional<double> checkedTimestamp(const Parameters& parameters, const std::string& name, bool required,
                                       nlohmann::json& fieldErrors)
{
    auto text = parameter(parameters, name);
    if (!text || text->empty()) {
        if (required) fieldErrors[name] = "required: unix seconds or an RFC 3339 time";
        return std::nullopt;
    }
    auto seconds = parseTimestamp(*text);
    if (!seconds) fieldErrors[name] = "'" + *text + "' is not unix seconds or an RFC 3339 time (2026-12-01T21:00:00Z)";
    return seconds;
}

void throwIfAny(const nlohmann::json& fieldErrors)
{
    if (!fieldErrors.empty()) throw DomainError::validation(fieldErrors, "some query parameters are invalid");
}

} // namespace

InstantQuery instantQueryFrom(const Parameters& parameters)
{
    nlohmann::json fieldErrors = nlohmann::json::object();
    InstantQuery query;
    query.query = checkedQuery(parameters, fieldErrors);
    query.time = checkedTimestamp(parameters, "time", false, fieldErrors);
    throwIfAny(fieldErrors);
    return query;
}

RangeQuery rangeQueryFrom(const Parameters& parameters)
{
    nlohmann::json fieldErrors = nlohmann::json::object();
    RangeQuery query;
    query.query = checkedQuery(parameters, fieldErrors);
    auto start = checkedTimestamp(parameters, "start", true, fieldErrors);
    auto end = checkedTimestamp(parameters, "end", true, fieldErrors);

    std::optional<double> step;
    auto stepText = parameter(parameters, "step");
    if (!stepText || stepText->empty()) {
        fieldErrors["step"] = "required: seconds or a duration such as 15s";
    } else {
        step = parseDuration(*stepText);
        if (!step || *step <= 0)
            fieldErrors["step"] = "'" + *stepText + "' is not a positive number of seconds or a duration such as 15s";
    }
    if (start && end && *end < *start)
        fieldErrors["end"] = "must not be before start";
    else if (start && end && *end - *start > kMaxRangeSeconds)
        fieldErrors["end"] = "the range from start to end may span at most 32 days";
    throwIfAny(fieldErrors);

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
