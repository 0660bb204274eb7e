#include "orders/OrderSort.h"

namespace md::orders {

std::optional<OrderSort> OrderSort::parse(std::string_view text)
{
    bool descending = !text.empty() && text.front() == '-';
    if (descending) text.remove_prefix(1);
    if (text == "created_at") return OrderSort(Field::CreatedAt, descending);
    if (text == "total_cents") return OrderSort(Field::TotalCents, descending);
    if (text == "id") return OrderSort(Field::Id, descending);
    return std::nullopt;
}

std::string OrderSort::name() const
{
    std::string field = m_field == Field::CreatedAt ? "created_at" : m_field == Field::TotalCents ? "total_cents" : "id";
    return m_descending ? "-" + field : field;
}

KeysetCursor::Shape OrderSort::cursorShape() const
{
    using Value = KeysetCursor::Value;
    switch (m_field) {
    case Field::CreatedAt: return {Value::Timestamp, Value::BigInt};
    case Field::TotalCents: return {Value::BigInt, Value::BigInt};
    case Field::Id: break;
    }
    return {Value::BigInt};
}

} // namespace md::orders
