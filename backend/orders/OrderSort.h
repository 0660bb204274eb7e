#pragma once
// The orders the order list can be sorted in: created_at (default descending: newest first),
// total_cents and id, each with a `-` prefix for descending. Ties are broken by id, so keyset
// pagination is stable.

#include "db/KeysetSort.h"

#include <array>
#include <string_view>

namespace md::orders {

struct OrderSortColumns {
    enum class Field { CreatedAt, TotalCents, Id };
    static constexpr std::string_view kTieBreaker = "o.id";
    static constexpr std::string_view kDefault = "-created_at";
    static constexpr std::array<db::SortColumn<Field>, 3> kColumns{{
        {Field::CreatedAt, "created_at", "o.created_at", KeysetCursor::Value::Timestamp},
        {Field::TotalCents, "total_cents", "o.total_cents", KeysetCursor::Value::BigInt},
        {Field::Id, "id", "o.id", KeysetCursor::Value::BigInt},
    }};
};

using OrderSort = db::KeysetSort<OrderSortColumns>;

} // namespace md::orders
