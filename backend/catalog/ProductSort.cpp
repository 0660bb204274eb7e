#include "catalog/ProductSort.h"

namespace md::catalog {

namespace {

struct FieldName {
    ProductSort::Field field;
    std::string_view name;
    std::string_view column;
    std::string_view sqlType;
};

constexpr FieldName kFields[] = {
    {ProductSort::Field::Id, "id", "p.id", "bigint"},
    {ProductSort::Field::Title, "title", "p.title", "text"},
    {ProductSort::Field::PriceCents, "price_cents", "p.price_cents", "bigint"},
    {ProductSort::Field::CreatedAt, "created_at", "p.created_at", "timestamptz"},
    {ProductSort::Field::UpdatedAt, "updated_at", "p.updated_at", "timestamptz"},
    {ProductSort::Field::Sku, "sku", "p.sku", "text"},
};

const FieldName& describe(ProductSort::Field field)
{
    for (const auto& entry : kFields) {
        if (entry.field == field) return entry;
    }
    return kFields[0];
}

} // namespace

std::optional<ProductSort> ProductSort::parse(std::string_view text)
{
    bool descending = false;
    if (!text.empty() && text.front() == '-') {
        descending = true;
        text.remove_prefix(1);
    } else if (!text.empty() && text.front() == '+') {
        text.remove_prefix(1);
    }
    for (const auto& entry : kFields) {
        if (entry.name == text) return ProductSort(entry.field, descending);
    }
    return std::nullopt;
}

std::string ProductSort::name() const
{
    return (m_descending ? "-" : "") + std::string(describe(m_field).name);
}

std::string_view ProductSort::column() const
{
    return describe(m_field).column;
}

std::string_view ProductSort::sqlType() const
{
    return describe(m_field).sqlType;
}

} // namespace md::catalog
