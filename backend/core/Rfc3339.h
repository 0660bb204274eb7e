#pragma once
// The one reader of RFC 3339 timestamps that come from clients: query parameters of every list
// (updated_since, created_from, created_to), the metrics endpoints' start/end/time, and the
// timestamps inside keyset cursors. A value is checked completely here (calendar, leap years, hour,
// minute, second and offset ranges) and handed to PostgreSQL only in the canonical UTC form of
// toUtcText(), so PostgreSQL never sees a text it could refuse (its own parser rejects offsets
// beyond ±15:59 and year 0, which RFC 3339 allows or can produce): a bad timestamp is the client's
// error (422, or 400 invalid_cursor), never a failed cast (500).

#include <optional>
#include <string>
#include <string_view>

namespace md {

class Rfc3339 {
public:
    // A moment on the UTC time line.
    struct Instant {
        long long unixSeconds = 0; // since 1970-01-01T00:00:00Z
        int nanoseconds = 0;       // 0 to 999,999,999
    };

    // YYYY-MM-DD(T|t| )HH:MM:SS[.1 to 9 digits](Z|z|+HH:MM|-HH:MM), RFC 3339 section 5.6. The date
    // must exist (no February 30th; February 29th in leap years only), hours 00-23, minutes 00-59,
    // seconds 00-60 (a leap second reads as the first second of the next minute, as PostgreSQL
    // reads it) and offsets up to ±23:59. The moment, once in UTC, must lie in years 0001-9999.
    static std::optional<Instant> parse(std::string_view text);
    static bool isTimestamp(std::string_view text) { return parse(text).has_value(); }

    // "YYYY-MM-DDTHH:MM:SS.ffffffZ": UTC, microseconds (the precision of timestamptz, rounded half
    // up), the form every SQL parameter of a timestamp gets.
    static std::string toUtcText(const Instant& instant);
    // parse() then toUtcText(); nullopt when the text is not a timestamp.
    static std::optional<std::string> normalized(std::string_view text);
    // Seconds since the epoch with the fraction, for the metrics endpoints.
    static double toSeconds(const Instant& instant);
};

} // namespace md
