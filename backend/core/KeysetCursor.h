#pragma once
// The opaque `cursor` of keyset-paginated lists. It carries the sort key of the list it came from
// and the position of the last row returned (the sort column's value and the id that breaks ties),
// so the next page is "rows after (value, id)" in index order: page N costs the same as page 1.
// The text is base64url of a small JSON document; clients must treat it as opaque. Tampering can
// only move the position, because repositories bind the values as query parameters.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace md {

class KeysetCursor {
public:
    // position: the values of the row the page ended at, in ORDER BY order (e.g. [title, id]).
    KeysetCursor(std::string sortKey, nlohmann::json position);

    std::string encode() const;

    // Decodes a cursor issued for a list sorted by expectedSortKey (including its direction, e.g.
    // "-title"). Throws DomainError (400 invalid_cursor) when the text is not a cursor we issued, was
    // issued for another sort order, or does not hold expectedValues values.
    static KeysetCursor decode(std::string_view text, std::string_view expectedSortKey, std::size_t expectedValues);

    const std::string& sortKey() const { return m_sortKey; }
    const nlohmann::json& position() const { return m_position; }
    // The value at index, type-checked: throws DomainError (400 invalid_cursor) on a mismatch.
    long long integerAt(std::size_t index) const;
    std::string textAt(std::size_t index) const;

private:
    std::string m_sortKey;
    nlohmann::json m_position;
};

} // namespace md
