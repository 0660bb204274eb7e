#pragma once
// The orders the order list can be sorted in: created_at (default descending: newest first),
// total_cents and id, each with a `-` prefix for descending. Ties are broken by id, so keyset
// pagination is stable.

#include "core/KeysetCursor.h"

#include <optional>
#include <string>
#include <string_view>

namespace md::orders {

class OrderSort {
public:
    enum class Field { CreatedAt, TotalCents, Id };
    static constexpr std::string_view kDefault = "-created_at";
    static constexpr std::string_view kAccepted = "created_at, total_cents, id (prefix - for descending)";

    static std::optional<OrderSort> parse(std::string_view text);

    Field field() const { return m_field; }
    bool descending() const { return m_descending; }
    std::string name() const;
    // Values a cursor holds: the sort value and the id, or the id alone.
    KeysetCursor::Shape cursorShape() const;

private:
    OrderSort(Field field, bool descending) : m_field(field), m_descending(descending) {}

    Field m_field;
    bool m_descending;
};

} // namespace md::orders
