#include "core/Rfc3339.h"

#include <cstdio>

namespace md {

namespace {

// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years four digits can write, in UTC.
constexpr long long kEarliestSeconds = -62135596800LL;
constexpr long long kLatestSeconds = 253402300799LL;
constexpr long long kSecondsPerDay = 86400;

// Reads exactly count digits at position (advancing it).
bool digits(std::string_view text, std::size_t& position, std::size_t count, int& value)
{
    if (position + count > text.size()) return false;
    value = 0;
    for (std::size_t i = position; i < position + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + (text[i] - '0');
    }
    position += count;
    return true;
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

// Days since 1970-01-01 of a proleptic Gregorian date, and back (Howard Hinnant's algorithms).
long long daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const long long era = (year >= 0 ? year : year - 399) / 400;
    const long long yearOfEra = year - era * 400;
    const long long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

void civilFromDays(long long days, int& year, int& month, int& day)
{
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const long long dayOfEra = days - era * 146097;
    const long long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const long long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const long long monthIndex = (5 * dayOfYear + 2) / 153;
    day = static_cast<int>(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = static_cast<int>(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    year = static_cast<int>(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
}

long long floorDivide(long long value, long long divisor)
{
    const long long quotient = value / divisor;
    return value % divisor < 0 ? quotient - 1 : quotient;
}

} // namespace

std::optional<Rfc3339::Instant> Rfc3339::parse(std::string_view text)
{
    std::size_t at = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, at, 4, year) || !expect(text, at, '-') || !digits(text, at, 2, month) ||
        !expect(text, at, '-') || !digits(text, at, 2, day))
        return std::nullopt;
    if (at >= text.size() || (text[at] != 'T' && text[at] != 't' && text[at] != ' ')) return std::nullopt;
    ++at;
    if (!digits(text, at, 2, hour) || !expect(text, at, ':') || !digits(text, at, 2, minute) ||
        !expect(text, at, ':') || !digits(text, at, 2, second))
        return std::nullopt;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 ||
        minute > 59 || second > 60)
        return std::nullopt;

    int nanoseconds = 0;
    if (at < text.size() && text[at] == '.') {
        const std::size_t first = ++at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
        const std::size_t count = at - first;
        if (count == 0 || count > 9) return std::nullopt;
        for (std::size_t i = 0; i < 9; ++i) nanoseconds = nanoseconds * 10 + (i < count ? text[first + i] - '0' : 0);
    }

    int offsetSeconds = 0;
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        const int sign = text[at] == '-' ? -1 : 1;
        ++at;
        int offsetHours = 0, offsetMinutes = 0;
        if (!digits(text, at, 2, offsetHours) || !expect(text, at, ':') || !digits(text, at, 2, offsetMinutes) ||
            offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offsetSeconds = sign * (offsetHours * 3600 + offsetMinutes * 60);
    } else {
        return std::nullopt; // RFC 3339 requires the offset
    }
    if (at != text.size()) return std::nullopt;

    const long long seconds =
        daysFromCivil(year, month, day) * kSecondsPerDay + hour * 3600LL + minute * 60LL + second - offsetSeconds;
    if (seconds < kEarliestSeconds || seconds > kLatestSeconds) return std::nullopt;
    return Instant{seconds, nanoseconds};
}

std::string Rfc3339::toUtcText(const Instant& instant)
{
    long long seconds = instant.unixSeconds;
    long long microseconds = (instant.nanoseconds + 500) / 1000;
    if (microseconds >= 1000000) {
        ++seconds;
        microseconds -= 1000000;
    }
    const long long days = floorDivide(seconds, kSecondsPerDay);
    const long long secondOfDay = seconds - days * kSecondsPerDay;
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02lld:%02lld:%02lld.%06lldZ", year, month, day,
                  secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, microseconds);
    return buffer;
}

std::optional<std::string> Rfc3339::normalized(std::string_view text)
{
    auto instant = parse(text);
    if (!instant) return std::nullopt;
    return toUtcText(*instant);
}

double Rfc3339::toSeconds(const Instant& instant)
{
    return static_cast<double>(instant.unixSeconds) + instant.nanoseconds / 1e9;
}

} // namespace md
