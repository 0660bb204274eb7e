#pragma once
// How finely to ask Prometheus for a range. One sample per pixel column of the chart is all a
// screen can show, and finer than the scrape interval only repeats samples, so the step is
// max(range / pixel width, scrape interval), rounded up to a value a person recognises (15 s,
// 1 min, 5 min, ...) and raised further if the server's point limit would be exceeded.
//
// Also substitutes the range variables the dashboard's queries use, with Grafana's meanings:
// $__interval is the step; $__rate_interval is max(step + scrape interval, 4 × scrape interval), the
// smallest window in which rate() is sure to see two samples; $__range is the whole range.

#include <QString>

#include <chrono>
#include <optional>

namespace md::models {

// The server refuses more points than this per series (API: 422 too_many_points).
constexpr int MaxPointsPerSeries = 11000;

std::chrono::seconds chooseQueryStep(std::chrono::seconds range, int pixelWidth,
                                     std::chrono::seconds scrapeInterval = std::chrono::seconds(15),
                                     int maxPoints = MaxPointsPerSeries);

// "$__rate_interval" and friends replaced by Prometheus durations in seconds ("60s").
QString substituteRangeVariables(QString query, std::chrono::seconds step, std::chrono::seconds scrapeInterval,
                                 std::chrono::seconds range);

std::chrono::seconds rateInterval(std::chrono::seconds step, std::chrono::seconds scrapeInterval);

// Prometheus durations as the dashboard file writes them: "15s", "1m", "2h", "1d", "1h30m".
// nullopt for anything else (including zero and sub-second values).
std::optional<std::chrono::seconds> parsePrometheusDuration(const QString& text);

// A short human form for labels: "15 s", "5 min", "2 h", "1 d".
QString durationLabel(std::chrono::seconds duration);

} // namespace md::models
