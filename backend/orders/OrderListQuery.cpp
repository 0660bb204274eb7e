#include "orders/OrderListQuery.h"

#include "core/DomainError.h"
#include "core/Rfc3339.h"
#include "inventory/JsonFields.h"

#include <algorithm>
#include <charconv>

namespace md::orders {

namespace {

const std::string* find(const std::map<std::string, std::string>& parameters, const std::string& name)
{
    auto it = parameters.find(name);
    return it == parameters.end() || it->second.empty() ? nullptr : &it->second;
}

long long integerParameter(const std::string& text, const std::string& name)
{
    long long value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        throw DomainError(ErrorKind::BadRequest, "invalid_parameter", "query parameter '" + name + "' must be an integer",
                          {{"parameter", name}});
    return value;
}

std::vector<std::string> split(const std::string& text, const std::string& separators)
{
    std::vector<std::string> parts;
    std::size_t position = 0;
    while (position < text.size()) {
        auto start = text.find_first_not_of(separators, position);
        if (start == std::string::npos) break;
        auto end = text.find_first_of(separators, start);
        parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        position = end == std::string::npos ? text.size() : end;
    }
    return parts;
}

} // namespace

OrderListQuery OrderListQuery::fromParameters(const std::map<std::string, std::string>& parameters)
{
    OrderListQuery query;
    nlohmann::json errors = nlohmann::json::object();
    if (const auto* limit = find(parameters, "limit")) {
        query.limit = integerParameter(*limit, "limit");
        if (query.limit < 1 || query.limit > kMaxLimit)
            errors["limit"] = "must be between 1 and " + std::to_string(kMaxLimit);
    }
    if (const auto* sort = find(parameters, "sort")) {
        if (auto parsed = OrderSort::parse(*sort)) query.sort = *parsed;
        else errors["sort"] = "must be one of " + std::string(OrderSort::kAccepted);
    }
    if (const auto* status = find(parameters, "status")) {
        for (const auto& name : split(*status, ", ")) {
            auto parsed = orderStatusFromString(name);
            if (!parsed) {
                errors["status"] = "must be one or more of placed, paid, shipped, delivered, cancelled, refunded, "
                                   "separated by commas";
                break;
            }
            if (std::find(query.statuses.begin(), query.statuses.end(), *parsed) == query.statuses.end())
                query.statuses.push_back(*parsed);
        }
    }
    if (const auto* sellerId = find(parameters, "seller_id")) {
        query.sellerId = integerParameter(*sellerId, "seller_id");
        if (*query.sellerId < 1) errors["seller_id"] = "must be a positive integer";
    }
    for (const char* name : {"created_from", "created_to"}) {
        if (const auto* value = find(parameters, name)) {
            auto timestamp = Rfc3339::normalized(*value);
            auto& field = std::string_view(name) == "created_from" ? query.createdFrom : query.createdTo;
            if (timestamp) field = std::move(timestamp);
            else errors[name] = "must be an RFC 3339 timestamp of a real date, e.g. 2026-01-31T09:00:00Z";
        }
    }
    if (const auto* q = find(parameters, "q")) {
        std::string search = inventory::JsonFields::trimmed(*q);
        if (inventory::JsonFields::characterCount(search) > kMaxSearchCharacters)
            errors["q"] = "must be at most " + std::to_string(kMaxSearchCharacters) + " characters long";
        query.searchWords = split(search, " \t\r\n");
        if (query.searchWords.size() > kMaxSearchWords)
            errors["q"] = "must have at most " + std::to_string(kMaxSearchWords) + " words";
        if (!search.empty()) query.search = search;
    }
    inventory::JsonFields::throwIfAny(errors);
    if (const auto* cursor = find(parameters, "cursor")) {
        query.after = KeysetCursor::decode(*cursor, query.sort.name(), query.sort.cursorShape());
    }
    return query;
}

} // namespace md::orders
