#pragma once
// The order of a product list: one sortable column, ascending or descending, always followed by
// the id to break ties. Every column has a (column, id) index, so a page is an index range scan
// starting at the cursor, whatever its position in the list.

#include <optional>
#include <string>
#include <string_view>

namespace md::catalog {

class ProductSort {
public:
    enum class Field { Id, Title, PriceCents, CreatedAt, UpdatedAt, Sku };
    // Newest first: ids only grow, so this order is stable while someone edits products, unlike
    // updated_at, where an edit moves a product between pages.
    static constexpr std::string_view kDefault = "-id";
    static constexpr std::string_view kAllowed = "id, title, price_cents, created_at, updated_at, sku";

    ProductSort() = default;
    ProductSort(Field field, bool descending) : m_field(field), m_descending(descending) {}

    // "title", "-price_cents", ...; nullopt for anything else.
    static std::optional<ProductSort> parse(std::string_view text);

    Field field() const { return m_field; }
    bool descending() const { return m_descending; }
    // The text parse() accepts for this order, e.g. "-title"; cursors are bound to it.
    std::string name() const;
    // The products column, qualified with the alias p.
    std::string_view column() const;
    // The SQL type the cursor value is cast to when compared with the column.
    std::string_view sqlType() const;
    bool isTextual() const { return m_field == Field::Title || m_field == Field::Sku; }
    bool isTimestamp() const { return m_field == Field::CreatedAt || m_field == Field::UpdatedAt; }

private:
    Field m_field = Field::Id;
    bool m_descending = true;
};

} // namespace md::catalog
