#pragma once
// The time and duration formats the metrics endpoints accept, parsed the way Prometheus' HTTP API
// parses them, so a value the console sends means the same thing here and there:
//  - a timestamp is unix seconds (a decimal number, "1733086800.5") or RFC 3339
//    ("2026-12-01T21:00:00Z", "2026-12-01T21:00:00.250+09:00"; read by core/Rfc3339);
//  - a duration (step) is seconds as a decimal number ("15", "0.5") or a Prometheus duration: units
//    y, w, d, h, m, s, ms in that order, each at most once ("15s", "1m30s", "1h", "2d").
// Parsing is done here rather than left to Prometheus so the range and point limits can be checked
// before a query is sent.

#include <optional>
#include <string>
#include <string_view>

namespace md::ops::prometheus {

// Seconds since the unix epoch; nullopt if the text is neither format or out of range.
std::optional<double> parseTimestamp(std::string_view text);
// A duration in seconds; nullopt if the text is not a duration. Zero and negative values parse
// (the caller decides what it accepts).
std::optional<double> parseDuration(std::string_view text);
// Seconds with millisecond precision, the way Prometheus accepts them back ("1733086800.250").
std::string formatSeconds(double seconds);

} // namespace md::ops::prometheus
