#include "ops/prometheus/PrometheusTime.h"

#include "core/Rfc3339.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace md::ops::prometheus {

namespace {

// Year 1 to year 9999, the range RFC 3339 can express; also the bound for unix seconds.
constexpr double kEarliestSeconds = -62135596800.0;
constexpr double kLatestSeconds = 253402300799.0;

std::optional<double> parseDecimal(std::string_view text)
{
    if (text.empty()) return std::nullopt;
    double value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

} // namespace

std::optional<double> parseTimestamp(std::string_view text)
{
    std::optional<double> seconds = parseDecimal(text);
    if (!seconds) {
        if (auto instant = Rfc3339::parse(text)) seconds = Rfc3339::toSeconds(*instant);
    }
    if (!seconds || *seconds < kEarliestSeconds || *seconds > kLatestSeconds) return std::nullopt;
    return seconds;
}

std::optional<double> parseDuration(std::string_view text)
{
    if (auto seconds = parseDecimal(text)) return seconds;
    if (text.empty()) return std::nullopt;
    if (text == "0") return 0.0;

    // Units from largest to smallest; each may appear once, in this order (Prometheus' rule).
    struct Unit {
        std::string_view name;
        double seconds;
    };
    static constexpr Unit kUnits[] = {{"y", 365 * 86400.0}, {"w", 7 * 86400.0}, {"d", 86400.0}, {"h", 3600.0},
                                      {"m", 60.0},          {"s", 1.0},         {"ms", 0.001}};
    constexpr std::size_t kUnitCount = sizeof kUnits / sizeof kUnits[0];
    double total = 0;
    std::size_t at = 0, nextUnit = 0;
    while (at < text.size()) {
        std::size_t first = at;
        double number = 0;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9')
            number = number * 10 + (text[at++] - '0');
        if (at == first || at == text.size()) return std::nullopt;
        // "ms" must win over "m" followed by garbage.
        std::string_view unit = text.substr(at, text.compare(at, 2, "ms") == 0 ? 2 : 1);
        std::size_t index = nextUnit;
        while (index < kUnitCount && kUnits[index].name != unit)
            ++index;
        if (index == kUnitCount) return std::nullopt; // unknown unit, or one out of order or repeated
        total += number * kUnits[index].seconds;
        nextUnit = index + 1;
        at += unit.size();
    }
    if (!std::isfinite(total)) return std::nullopt;
    return total;
}

std::string formatSeconds(double seconds)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3f", seconds);
    return buffer;
}

} // namespace md::ops::prometheus
