#pragma once
// The opaque `cursor` of list endpoints: the sort it belongs to and the sort key and id of the last
// row of the previous page. Encoded as base64url JSON; it is not secret, only opaque, and anything
// that does not decode, or belongs to another sort, is a 400 invalid_cursor.

#include <optional>
#include <string>

namespace md::auth {

struct KeysetCursor {
    std::string sort;             // the sort parameter it was made for, e.g. "-created_at"
    std::optional<std::string> key; // the sort column's value of the last row (absent when sorting by id)
    long long lastId = 0;

    std::string encode() const;
    // Throws DomainError::badRequest (invalid_cursor) when text is not a cursor for expectedSort.
    static KeysetCursor decode(const std::string& text, const std::string& expectedSort);
};

} // namespace md::auth
