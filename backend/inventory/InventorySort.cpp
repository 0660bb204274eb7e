#include "inventory/InventorySort.h"

namespace md::inventory {

std::optional<InventorySort> InventorySort::parse(std::string_view text)
{
    bool descending = !text.empty() && text.front() == '-';
    if (descending) text.remove_prefix(1);
    if (text == "product_id") return InventorySort(Field::ProductId, descending);
    if (text == "available") return InventorySort(Field::Available, descending);
    if (text == "sku") return InventorySort(Field::Sku, descending);
    return std::nullopt;
}

std::string InventorySort::name() const
{
    std::string field = m_field == Field::ProductId ? "product_id" : m_field == Field::Available ? "available" : "sku";
    return m_descending ? "-" + field : field;
}

std::string_view InventorySort::column() const
{
    switch (m_field) {
    case Field::ProductId: return "";
    case Field::Available: return "(i.on_hand - i.reserved)";
    case Field::Sku: return "p.sku";
    }
    return "";
}

KeysetCursor::Shape InventorySort::cursorShape() const
{
    using Value = KeysetCursor::Value;
    switch (m_field) {
    case Field::Available: return {Value::Integer, Value::BigInt}; // on_hand - reserved: integer
    case Field::Sku: return {Value::Text, Value::BigInt};
    case Field::ProductId: break;
    }
    return {Value::BigInt};
}

} // namespace md::inventory
