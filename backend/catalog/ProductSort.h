#pragma once
// The orders a product list can be sorted in: id, title, price_cents, created_at, updated_at and
// sku, each with `-` for descending and always followed by the id to break ties. Every column has a
// (column, id) index, so a page is an index range scan starting at the cursor, whatever its
// position in the list.

#include "db/KeysetSort.h"

#include <array>
#include <string_view>

namespace md::catalog {

struct ProductSortColumns {
    enum class Field { Id, Title, PriceCents, CreatedAt, UpdatedAt, Sku };
    static constexpr std::string_view kTieBreaker = "p.id";
    // Newest first: ids only grow, so this order is stable while someone edits products, unlike
    // updated_at, where an edit moves a product between pages.
    static constexpr std::string_view kDefault = "-id";
    static constexpr std::array<db::SortColumn<Field>, 6> kColumns{{
        {Field::Id, "id", "p.id", KeysetCursor::Value::BigInt},
        {Field::Title, "title", "p.title", KeysetCursor::Value::Text},
        {Field::PriceCents, "price_cents", "p.price_cents", KeysetCursor::Value::BigInt},
        {Field::CreatedAt, "created_at", "p.created_at", KeysetCursor::Value::Timestamp},
        {Field::UpdatedAt, "updated_at", "p.updated_at", KeysetCursor::Value::Timestamp},
        {Field::Sku, "sku", "p.sku", KeysetCursor::Value::Text},
    }};
};

using ProductSort = db::KeysetSort<ProductSortColumns>;

} // namespace md::catalog
