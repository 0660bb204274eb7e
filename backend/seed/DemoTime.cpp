#include "seed/DemoTime.h"

#include <chrono>
#include <cstdio>

namespace md::seed {

namespace {

struct CivilDate {
    int year;
    unsigned month;
    unsigned day;
};

// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian calendar).
CivilDate civilFromDays(long long days)
{
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned monthPrime = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * monthPrime + 2) / 5 + 1;
    const unsigned month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9;
    return {static_cast<int>(yearOfEra + era * 400 + (month <= 2)), month, day};
}

long long floorDiv(long long value, long long divisor)
{
    long long quotient = value / divisor;
    if ((value % divisor != 0) && ((value < 0) != (divisor < 0))) --quotient;
    return quotient;
}

constexpr Micros kKoreaOffset = 9 * kMicrosPerHour;

} // namespace

Micros nowMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string timestampText(Micros at)
{
    const long long days = floorDiv(at, kMicrosPerDay);
    const Micros ofDay = at - days * kMicrosPerDay;
    const auto date = civilFromDays(days);
    const long long seconds = ofDay / kMicrosPerSecond;
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u %02lld:%02lld:%02lld.%06lld+00", date.year, date.month, date.day,
                  seconds / 3600, seconds / 60 % 60, seconds % 60, ofDay % kMicrosPerSecond);
    return text;
}

std::string utcDateDigits(Micros at)
{
    const auto date = civilFromDays(floorDiv(at, kMicrosPerDay));
    char text[16];
    std::snprintf(text, sizeof text, "%04d%02u%02u", date.year, date.month, date.day);
    return text;
}

int koreanHour(Micros at)
{
    const Micros local = at + kKoreaOffset;
    return static_cast<int>((local - floorDiv(local, kMicrosPerDay) * kMicrosPerDay) / kMicrosPerHour);
}

} // namespace md::seed
