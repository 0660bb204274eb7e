#include "catalog/ProductCsv.h"

#include "core/csv/CsvWriter.h"

#include <cctype>
#include <charconv>
#include <iterator>

namespace md::catalog {

namespace {

using Column = ProductCsv::Column;

constexpr Column kAllColumns[] = {Column::SellerId, Column::Sku,        Column::Title,          Column::Description,
                                  Column::Category, Column::PriceCents, Column::CompareAtCents, Column::Currency,
                                  Column::Status,   Column::Attributes, Column::Images};

// Parsing is skipped for cells far beyond the attribute size limit the validator applies anyway.
constexpr std::size_t kMaxAttributesCellBytes = 64 * 1024;

std::string lowerTrimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    std::string lower;
    for (char c : text)
        lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return lower;
}

std::optional<long long> parseInteger(std::string_view text)
{
    long long value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// A header cell quoted in an error: a file's cell may be up to a field's limit long.
std::string shortened(std::string_view text)
{
    constexpr std::size_t kMaxBytes = 64;
    if (text.size() <= kMaxBytes) return std::string(text);
    std::size_t end = kMaxBytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) // not inside a UTF-8 sequence
        --end;
    return std::string(text.substr(0, end)) + "...";
}

std::string fieldName(const ProductCsv::Layout& layout, std::optional<std::size_t> index)
{
    if (!index || *index >= layout.columns.size()) return {};
    return std::string(ProductCsv::nameOf(layout.columns[*index]));
}

} // namespace

bool ProductCsv::Layout::has(Column column) const
{
    for (Column present : columns) {
        if (present == column) return true;
    }
    return false;
}

std::optional<std::size_t> ProductCsv::Layout::indexOf(Column column) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i] == column) return i;
    }
    return std::nullopt;
}

std::optional<long long> ProductCsv::parseSellerId(std::string_view cell)
{
    auto id = parseInteger(cell);
    if (!id || *id < 1) return std::nullopt;
    return id;
}

std::string_view ProductCsv::nameOf(Column column)
{
    switch (column) {
    case Column::SellerId:
        return "seller_id";
    case Column::Sku:
        return "sku";
    case Column::Title:
        return "title";
    case Column::Description:
        return "description";
    case Column::Category:
        return "category";
    case Column::PriceCents:
        return "price_cents";
    case Column::CompareAtCents:
        return "compare_at_cents";
    case Column::Currency:
        return "currency";
    case Column::Status:
        return "status";
    case Column::Attributes:
        return "attributes";
    case Column::Images:
        return "images";
    }
    return "";
}

std::string ProductCsv::header()
{
    std::string out;
    CsvWriter writer(out);
    for (Column column : kAllColumns)
        writer.field(nameOf(column));
    writer.endRecord();
    return out;
}

void ProductCsv::appendRow(std::string& out, const Product& product)
{
    std::string images;
    for (const auto& image : product.images) {
        if (!image.is_string()) continue;
        if (!images.empty()) images.push_back(' ');
        images += image.get_ref<const std::string&>();
    }
    CsvWriter writer(out);
    writer.field(std::to_string(product.sellerId))
        .field(product.sku)
        .field(product.title)
        .field(product.description)
        .field(product.category)
        .field(std::to_string(product.priceCents))
        .field(product.compareAtCents ? std::to_string(*product.compareAtCents) : std::string())
        .field(product.currency)
        .field(product.status)
        .field(product.attributes.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))
        .field(images);
    writer.endRecord();
}

std::optional<ProductCsv::Layout> ProductCsv::readHeader(const CsvRecord& header, std::vector<CellError>& errors)
{
    const std::size_t errorsBefore = errors.size();
    for (const auto& problem : header.problems)
        errors.push_back({"", "header: " + problem.message});
    if (header.fieldCount > header.fields.size())
        errors.push_back({"", "the header has " + std::to_string(header.fieldCount) + " columns; a file may have at most " +
                                  std::to_string(header.fields.size()) + " (the product CSV has " +
                                  std::to_string(std::size(kAllColumns)) + ")"});
    Layout layout;
    for (const auto name : header.fields) {
        const std::string wanted = lowerTrimmed(name);
        std::optional<Column> match;
        for (Column column : kAllColumns) {
            if (nameOf(column) == wanted) match = column;
        }
        if (!match) {
            errors.push_back({shortened(name), "is not a column of the product CSV (expected some of: seller_id, sku, "
                                               "title, description, category, price_cents, compare_at_cents, currency, "
                                               "status, attributes, images)"});
            continue;
        }
        if (layout.has(*match)) {
            errors.push_back({std::string(nameOf(*match)), "appears twice in the header"});
            continue;
        }
        layout.columns.push_back(*match);
    }
    if (!layout.has(Column::Sku)) errors.push_back({"sku", "the header must have a sku column"});
    if (errors.size() != errorsBefore) return std::nullopt;
    return layout;
}

ProductInput ProductCsv::readRow(const Layout& layout, const CsvRecord& record, std::vector<CellError>& errors)
{
    ProductInput input;
    for (const auto& problem : record.problems)
        errors.push_back({fieldName(layout, problem.field), problem.message});
    if (record.fieldCount != layout.columns.size()) {
        errors.push_back({"", "has " + std::to_string(record.fieldCount) + " fields; the header has " +
                                  std::to_string(layout.columns.size())});
        return input;
    }
    if (!record.problems.empty()) return input; // the cells cannot be trusted

    for (std::size_t i = 0; i < layout.columns.size(); ++i) {
        const std::string_view cell = record.fields[i];
        const Column column = layout.columns[i];
        const std::string name(nameOf(column));
        switch (column) {
        case Column::SellerId:
            if (!cell.empty()) {
                auto id = parseSellerId(cell);
                if (!id)
                    errors.push_back({name, "must be a seller id (a positive whole number)"});
                else
                    input.sellerId = id;
            }
            break;
        case Column::Sku:
            input.sku = std::string(cell);
            break;
        case Column::Title:
            input.title = std::string(cell);
            break;
        case Column::Description:
            input.description = std::string(cell);
            break;
        case Column::Category:
            input.category = std::string(cell);
            break;
        case Column::PriceCents:
            if (cell.empty()) {
                errors.push_back({name, "is required"});
            } else if (auto cents = parseInteger(cell)) {
                input.priceCents = cents;
            } else {
                errors.push_back({name, "must be a whole number of minor units, without separators"});
            }
            break;
        case Column::CompareAtCents:
            if (cell.empty()) {
                input.compareAtCents = std::optional<long long>();
            } else if (auto cents = parseInteger(cell)) {
                input.compareAtCents = cents;
            } else {
                errors.push_back({name, "must be empty or a whole number of minor units, without separators"});
            }
            break;
        case Column::Currency:
            if (!cell.empty()) input.currency = std::string(cell);
            break;
        case Column::Status:
            if (!cell.empty()) input.status = std::string(cell);
            break;
        case Column::Attributes:
            if (cell.empty()) {
                input.attributes = nlohmann::json::object();
            } else if (cell.size() > kMaxAttributesCellBytes) {
                errors.push_back({name, "is too long"});
            } else {
                auto parsed = nlohmann::json::parse(cell, nullptr, false);
                if (parsed.is_discarded() || !parsed.is_object())
                    errors.push_back({name, "must be a JSON object, like {\"color\":\"검정\"}"});
                else
                    input.attributes = std::move(parsed);
            }
            break;
        case Column::Images: {
            if (!cell.empty() && cell.front() == '[') {
                // A JSON array is accepted too (no URL starts with '['); validation checks the items.
                auto parsed = nlohmann::json::parse(cell, nullptr, false);
                if (parsed.is_discarded() || !parsed.is_array())
                    errors.push_back({name, "must be image URLs separated by spaces, or a JSON array of URLs"});
                else
                    input.images = std::move(parsed);
                break;
            }
            nlohmann::json images = nlohmann::json::array();
            std::size_t position = 0;
            while (position < cell.size()) {
                while (position < cell.size() && std::isspace(static_cast<unsigned char>(cell[position])))
                    ++position;
                const std::size_t start = position;
                while (position < cell.size() && !std::isspace(static_cast<unsigned char>(cell[position])))
                    ++position;
                if (position > start) images.push_back(std::string(cell.substr(start, position - start)));
            }
            input.images = std::move(images);
            break;
        }
        }
    }
    return input;
}

} // namespace md::catalog
