#include "ops/prometheus/PrometheusTime.h"

#include <charconv>
#include <cmath>
#include <cstdint>
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

// Reads exactly `count` digits at `position` (advancing it).
std::optional<int> digits(std::string_view text, std::size_t& position, std::size_t count)
{
    if (position + count > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        char c = text[position + i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    position += count;
    return value;
}

bool expect(std::string_view text, std::size_t& position, char wanted)
{
    if (position >= text.size() || text[position] != wanted) return false;
    ++position;
    return true;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
std::int64_t daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = static_cast<int>(year - era * 400);
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

std::optional<double> parseRfc3339(std::string_view text)
{
    std::size_t at = 0;
    auto year = digits(text, at, 4);
    if (!year || !expect(text, at, '-')) return std::nullopt;
    auto month = digits(text, at, 2);
    if (!month || !expect(text, at, '-')) return std::nullopt;
    auto day = digits(text, at, 2);
    if (!day || at >= text.size() || (text[at] != 'T' && text[at] != 't')) return std::nullopt;
    ++at;
    auto hour = digits(text, at, 2);
    if (!hour || !expect(text, at, ':')) return std::nullopt;
    auto minute = digits(text, at, 2);
    if (!minute || !expect(text, at, ':')) return std::nullopt;
    auto second = digits(text, at, 2);
    if (!second) return std::nullopt;
    if (*year < 1 || *month < 1 || *month > 12 || *day < 1 || *day > daysInMonth(*year, *month) || *hour > 23 ||
        *minute > 59 || *second > 59)
        return std::nullopt;

    double fraction = 0;
    if (at < text.size() && text[at] == '.') {
        ++at;
        double scale = 0.1;
        std::size_t first = at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') {
            fraction += (text[at] - '0') * scale;
            scale /= 10;
            ++at;
        }
        if (at == first) return std::nullopt;
    }

    int offsetSeconds = 0;
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        int sign = text[at] == '-' ? -1 : 1;
        ++at;
        auto offsetHours = digits(text, at, 2);
        if (!offsetHours || !expect(text, at, ':')) return std::nullopt;
        auto offsetMinutes = digits(text, at, 2);
        if (!offsetMinutes || *offsetHours > 23 || *offsetMinutes > 59) return std::nullopt;
        offsetSeconds = sign * (*offsetHours * 3600 + *offsetMinutes * 60);
    } else {
        return std::nullopt; // RFC 3339 requires the offset
    }
    if (at != text.size()) return std::nullopt;

    const std::int64_t seconds =
        daysFromCivil(*year, *month, *day) * 86400 + *hour * 3600 + *minute * 60 + *second - offsetSeconds;
    return static_cast<double>(seconds) + fraction;
}

} // namespace

std::optional<double> parseTimestamp(std::string_view text)
{
    std::optional<double> seconds = parseDecimal(text);
    if (!seconds) seconds = parseRfc3339(text);
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
