#pragma once
// The orders the inventory list can be sorted in: `product_id` (default), `available` (what can still
// be sold, so `available` lists the emptiest shelves first) and `sku`, each with a `-` prefix for
// descending. Every order ends with product_id, so keyset pagination is stable.

#include "db/KeysetSort.h"

#include <array>
#include <string_view>

namespace md::inventory {

struct InventorySortColumns {
    enum class Field { ProductId, Available, Sku };
    static constexpr std::string_view kTieBreaker = "i.product_id";
    static constexpr std::string_view kDefault = "product_id";
    static constexpr std::array<db::SortColumn<Field>, 3> kColumns{{
        {Field::ProductId, "product_id", "i.product_id", KeysetCursor::Value::BigInt},
        {Field::Available, "available", "(i.on_hand - i.reserved)", KeysetCursor::Value::Integer}, // integer columns
        {Field::Sku, "sku", "p.sku", KeysetCursor::Value::Text},
    }};
};

using InventorySort = db::KeysetSort<InventorySortColumns>;

} // namespace md::inventory
