#include "inventory/InventoryListQuery.h"

#include "core/DomainError.h"
#include "inventory/JsonFields.h"

#include <charconv>

namespace md::inventory {

namespace {

const std::string* find(const std::map<std::string, std::string>& parameters, const std::string& name)
{
    auto it = parameters.find(name);
    return it == parameters.end() || it->second.empty() ? nullptr : &it->second;
}

DomainError invalidParameter(const std::string& name, const std::string& what)
{
    return DomainError(ErrorKind::BadRequest, "invalid_parameter", "query parameter '" + name + "' must be " + what,
                       {{"parameter", name}});
}

long long integerParameter(const std::string& text, const std::string& name)
{
    long long value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) throw invalidParameter(name, "an integer");
    return value;
}

bool booleanParameter(const std::string& text, const std::string& name)
{
    if (text == "true" || text == "1") return true;
    if (text == "false" || text == "0") return false;
    throw invalidParameter(name, "true or false");
}

std::vector<std::string> splitWords(const std::string& text)
{
    std::vector<std::string> words;
    std::size_t position = 0;
    while (position < text.size()) {
        auto start = text.find_first_not_of(" \t\r\n", position);
        if (start == std::string::npos) break;
        auto end = text.find_first_of(" \t\r\n", start);
        words.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        position = end == std::string::npos ? text.size() : end;
    }
    return words;
}

} // namespace

InventoryListQuery InventoryListQuery::fromParameters(const std::map<std::string, std::string>& parameters)
{
    InventoryListQuery query;
    nlohmann::json errors = nlohmann::json::object();
    if (const auto* limit = find(parameters, "limit")) {
        query.limit = integerParameter(*limit, "limit");
        if (query.limit < 1 || query.limit > kMaxLimit)
            errors["limit"] = "must be between 1 and " + std::to_string(kMaxLimit);
    }
    if (const auto* sort = find(parameters, "sort")) {
        if (auto parsed = InventorySort::parse(*sort)) query.sort = *parsed;
        else errors["sort"] = "must be one of " + std::string(InventorySort::kAccepted);
    }
    if (const auto* lowStock = find(parameters, "low_stock")) query.lowStockOnly = booleanParameter(*lowStock, "low_stock");
    if (const auto* sellerId = find(parameters, "seller_id")) {
        query.sellerId = integerParameter(*sellerId, "seller_id");
        if (*query.sellerId < 1) errors["seller_id"] = "must be a positive integer";
    }
    if (const auto* q = find(parameters, "q")) {
        if (JsonFields::characterCount(*q) > kMaxSearchCharacters)
            errors["q"] = "must be at most " + std::to_string(kMaxSearchCharacters) + " characters long";
        query.searchWords = splitWords(*q);
        if (query.searchWords.size() > kMaxSearchWords)
            errors["q"] = "must have at most " + std::to_string(kMaxSearchWords) + " words";
    }
    JsonFields::throwIfAny(errors);
    // Decoded after the sort, since a cursor is only valid for the order it was issued in.
    if (const auto* cursor = find(parameters, "cursor"))
        query.after = KeysetCursor::decode(*cursor, query.sort.name(), query.sort.cursorShape());
    return query;
}

} // namespace md::inventory
