#pragma once
// The order of a keyset-paginated list (API.md "Lists"): one sortable column, ascending or `-`
// descending, always followed by the list's unique id column (the tie-breaker), so a page is "rows
// after (value, id)" in index order and page N costs the same as page 1. A feature describes its
// columns once, in a struct like
//
//     struct OrderSortColumns {
//         enum class Field { CreatedAt, TotalCents, Id };
//         static constexpr std::string_view kTieBreaker = "o.id";
//         static constexpr std::string_view kDefault = "-created_at";
//         static constexpr std::array<db::SortColumn<Field>, 3> kColumns{{...}};
//     };
//     using OrderSort = db::KeysetSort<OrderSortColumns>;
//
// and gets the parsing of `sort`, the name cursors are bound to, the shape of its cursors and the
// SQL of the keyset position and the ORDER BY from here. The column whose expression is the
// tie-breaker itself is unique: its cursor holds the id alone.

#include "core/KeysetCursor.h"

#include <optional>
#include <string>
#include <string_view>

namespace md::db {

class SqlParams;

template <typename Field> struct SortColumn {
    Field field;
    std::string_view name;     // as `sort` takes it, and as cursors are bound to it
    std::string_view column;   // the SQL expression sorted on
    KeysetCursor::Value value; // what a cursor holds for it, and the SQL type it is compared as
};

// The SQL every keyset sort shares, for KeysetSort (not templated, so it is compiled once).
class KeysetSql {
public:
    // " AND (column, tieBreaker) > ($n::type, $m::bigint)" (< when descending), or
    // " AND tieBreaker > $m::bigint" when column is the tie-breaker. after was decoded with the
    // sort's cursorShape(), so every value has the type its cast expects.
    static std::string after(std::string_view column, std::string_view tieBreaker, KeysetCursor::Value value,
                             bool descending, const KeysetCursor& after, SqlParams& params);
    // " ORDER BY column DESC, tieBreaker DESC" (ASC when ascending).
    static std::string orderBy(std::string_view column, std::string_view tieBreaker, bool descending);
};

template <typename Columns> class KeysetSort {
public:
    using Field = typename Columns::Field;
    using Column = SortColumn<Field>;

    // A column name, optionally prefixed by `-` (descending) or `+`; nullopt for anything else.
    static std::optional<KeysetSort> parse(std::string_view text)
    {
        bool descending = false;
        if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
            descending = text.front() == '-';
            text.remove_prefix(1);
        }
        for (const Column& column : Columns::kColumns) {
            if (column.name == text) return KeysetSort(column, descending);
        }
        return std::nullopt;
    }
    static KeysetSort byDefault() { return *parse(Columns::kDefault); }
    // The values `sort` takes, for error messages: "id, title, sku (prefix - for descending)".
    static std::string accepted()
    {
        std::string names;
        for (const Column& column : Columns::kColumns) names += (names.empty() ? "" : ", ") + std::string(column.name);
        return names + " (prefix - for descending)";
    }

    Field field() const { return m_column->field; }
    bool descending() const { return m_descending; }
    // The text parse() accepts for this order, e.g. "-title"; cursors are bound to it.
    std::string name() const { return (m_descending ? "-" : "") + std::string(m_column->name); }
    std::string_view column() const { return m_column->column; }
    KeysetCursor::Value value() const { return m_column->value; }
    bool isTieBreaker() const { return m_column->column == Columns::kTieBreaker; }
    // The values a cursor of this order holds: [sort value, id], or [id] for the tie-breaker.
    KeysetCursor::Shape cursorShape() const
    {
        if (isTieBreaker()) return {KeysetCursor::Value::BigInt};
        return {m_column->value, KeysetCursor::Value::BigInt};
    }

    std::string afterSql(const KeysetCursor& after, SqlParams& params) const
    {
        return KeysetSql::after(m_column->column, Columns::kTieBreaker, m_column->value, m_descending, after, params);
    }
    std::string orderBySql() const { return KeysetSql::orderBy(m_column->column, Columns::kTieBreaker, m_descending); }

private:
    KeysetSort(const Column& column, bool descending) : m_column(&column), m_descending(descending) {}

    const Column* m_column;
    bool m_descending;
};

} // namespace md::db
