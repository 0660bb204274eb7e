#pragma once
// The orders the inventory list can be sorted in: `product_id` (default), `available` (what can still
// be sold, so `available` lists the emptiest shelves first) and `sku`, each with a `-` prefix for
// descending. Every order ends with product_id, so keyset pagination is stable.

#include "core/KeysetCursor.h"

#include <optional>
#include <string>
#include <string_view>

namespace md::inventory {

class InventorySort {
public:
    enum class Field { ProductId, Available, Sku };
    static constexpr std::string_view kDefault = "product_id";
    static constexpr std::string_view kAccepted = "product_id, available, sku (prefix - for descending)";

    static std::optional<InventorySort> parse(std::string_view text);

    Field field() const { return m_field; }
    bool descending() const { return m_descending; }
    // The name as the client wrote it, e.g. "-available"; cursors are bound to it.
    std::string name() const;
    // The SQL expression sorted on before the product id (empty for ProductId).
    std::string_view column() const;
    // Values a cursor holds: the sort value and the product id, or the product id alone.
    KeysetCursor::Shape cursorShape() const;

private:
    InventorySort(Field field, bool descending) : m_field(field), m_descending(descending) {}

    Field m_field;
    bool m_descending;
};

} // namespace md::inventory
