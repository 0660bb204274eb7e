#pragma once
// RFC 3339 timestamps as query parameters and cursor values: checked here, before PostgreSQL sees
// them, so a malformed one is the client's error (422) rather than a failed cast (500).

#include <string_view>

namespace md::orders {

class Rfc3339 {
public:
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM), with 't'/'z' and a space for 'T' accepted as
    // RFC 3339 allows; the calendar is checked (no February 30th).
    static bool isTimestamp(std::string_view text);
};

} // namespace md::orders
