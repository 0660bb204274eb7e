#pragma once
// The opaque `cursor` of keyset-paginated lists. It carries the sort key of the list it came from
// and the position of the last row returned (the sort column's value and the id that breaks ties),
// so the next page is "rows after (value, id)" in index order: page N costs the same as page 1.
// The text is base64url of a small JSON document; clients must treat it as opaque. Tampering can
// only move the position, because repositories bind the values as query parameters.

#include <nlohmann/json.hpp>

#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace md {

class KeysetCursor {
public:
    // position: the values of the row the page ended at, in ORDER BY order (e.g. [title, id]).
    KeysetCursor(std::string sortKey, nlohmann::json position);

    std::string encode() const;

    // What each value of a position is, as the SQL it is bound into casts it.
    enum class Value {
        BigInt,    // an integer within bigint
        Integer,   // an integer within integer (32 bits)
        Text,      // a string without NUL characters
        Timestamp, // an RFC 3339 timestamp of a real date (core/Rfc3339)
    };
    using Shape = std::vector<Value>;

    // Decodes a cursor issued for a list sorted by expectedSortKey (including its direction, e.g.
    // "-title"). Throws DomainError (400 invalid_cursor) when the text is not a cursor we issued, was
    // issued for another sort order, or its position is not exactly `shape`: every value is
    // checked here, so no tampered value reaches SQL, whatever the list does next.
    static KeysetCursor decode(std::string_view text, std::string_view expectedSortKey, const Shape& shape);

    const std::string& sortKey() const { return m_sortKey; }
    const nlohmann::json& position() const { return m_position; }
    // The value at index, type-checked: throws DomainError (400 invalid_cursor) on a mismatch, so a
    // tampered cursor is refused here and never reaches PostgreSQL as a value it cannot cast.
    // An integer within [minimum, maximum] (narrower for an `integer` column than for `bigint`).
    long long integerAt(std::size_t index, long long minimum = std::numeric_limits<long long>::min(),
                        long long maximum = std::numeric_limits<long long>::max()) const;
    // Text without NUL characters (PostgreSQL text cannot hold them).
    std::string textAt(std::size_t index) const;
    // An RFC 3339 timestamp (core/Rfc3339: the calendar is checked), in the canonical UTC form
    // SQL parameters get.
    std::string timestampAt(std::size_t index) const;

private:
    std::string m_sortKey;
    nlohmann::json m_position;
};

} // namespace md
