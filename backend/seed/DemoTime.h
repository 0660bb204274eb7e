#pragma once
// Times in the demo data set are microseconds since the Unix epoch (UTC), formatted here for COPY
// without going through the C library's locale-dependent functions (millions of rows).

#include <string>

namespace md::seed {

using Micros = long long;

constexpr Micros kMicrosPerSecond = 1000000;
constexpr Micros kMicrosPerMinute = 60 * kMicrosPerSecond;
constexpr Micros kMicrosPerHour = 60 * kMicrosPerMinute;
constexpr Micros kMicrosPerDay = 24 * kMicrosPerHour;

Micros nowMicros();
// "2024-06-01 12:34:56.123456+00", the timestamptz text COPY reads.
std::string timestampText(Micros at);
// "20240601": the UTC calendar date, for order numbers.
std::string utcDateDigits(Micros at);
// Hour of day in Korea, 0-23.
int koreanHour(Micros at);

} // namespace md::seed
