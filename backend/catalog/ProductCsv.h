#pragma once
// The CSV form of products, shared by export and import so that a round trip changes nothing.
//
// Columns (export order; on import any order, matched by name, case-insensitively; unknown or
// repeated names are errors; only sku is required, so a file may update a few columns):
//   seller_id, sku, title, description, category, price_cents, compare_at_cents, currency,
//   status, attributes, images
// Cells: integers without separators; compare_at_cents empty = none; attributes a JSON object
// (empty = {}); images the URLs separated by spaces (empty = none; a JSON array of URLs is also
// accepted on import); currency and status empty =
// the default for a new product, unchanged for an existing one.

#include "catalog/Product.h"
#include "catalog/ProductInput.h"
#include "core/csv/CsvReader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::catalog {

class ProductCsv {
public:
    enum class Column {
        SellerId,
        Sku,
        Title,
        Description,
        Category,
        PriceCents,
        CompareAtCents,
        Currency,
        Status,
        Attributes,
        Images
    };

    struct CellError {
        std::string field; // column name; empty for the record as a whole
        std::string message;
    };

    // Which column each position of the file holds.
    struct Layout {
        std::vector<Column> columns;
        bool has(Column column) const;
        std::optional<std::size_t> indexOf(Column column) const;
    };

    static std::string_view nameOf(Column column);
    // A seller_id cell's value: a positive whole number, else nullopt.
    static std::optional<long long> parseSellerId(std::string_view cell);

    // The header record, CRLF-terminated (no byte order mark).
    static std::string header();
    // One product as a CRLF-terminated record.
    static void appendRow(std::string& out, const Product& product);

    // The layout of an import file from its header record; nullopt (and errors) when unusable.
    static std::optional<Layout> readHeader(const CsvRecord& header, std::vector<CellError>& errors);
    // One data record as product fields; cell problems go into errors.
    static ProductInput readRow(const Layout& layout, const CsvRecord& record, std::vector<CellError>& errors);
};

} // namespace md::catalog
