#include "catalog/ProductQuery.h"

#include "catalog/ProductValidator.h"
#include "catalog/Utf8Text.h"
#include "core/DomainError.h"
#include "core/Rfc3339.h"

#include <charconv>

namespace md::catalog {

namespace {

std::optional<std::string> find(const std::map<std::string, std::string>& parameters, const char* name)
{
    auto it = parameters.find(name);
    if (it == parameters.end() || it->second.empty()) return std::nullopt;
    return it->second;
}

long long parseInteger(const std::string& text, const char* name)
{
    long long value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size())
        throw DomainError(ErrorKind::BadRequest, "invalid_parameter",
                          std::string("query parameter '") + name + "' must be an integer", {{"parameter", name}});
    return value;
}

std::vector<std::string> splitWords(std::string_view text)
{
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        std::size_t start = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i])))
            ++i;
        if (i > start) words.emplace_back(text.substr(start, i - start));
    }
    return words;
}

} // namespace

ProductQuery ProductQuery::fromParameters(const std::map<std::string, std::string>& parameters)
{
    ProductQuery query;
    nlohmann::json errors = nlohmann::json::object();

    if (auto limit = find(parameters, "limit")) {
        query.limit = parseInteger(*limit, "limit");
        if (query.limit < 1 || query.limit > kMaxLimit)
            errors["limit"] = "must be between 1 and " + std::to_string(kMaxLimit);
    }
    if (auto sellerId = find(parameters, "seller_id")) {
        query.sellerId = parseInteger(*sellerId, "seller_id");
        if (*query.sellerId < 1) errors["seller_id"] = "must be a seller id";
    }
    if (auto sort = find(parameters, "sort")) {
        if (auto parsed = ProductSort::parse(*sort))
            query.sort = *parsed;
        else
            errors["sort"] = "must be one of " + std::string(ProductSort::kAllowed) + ", with '-' for descending";
    }
    if (auto status = find(parameters, "status")) {
        if (ProductValidator::isStatus(*status))
            query.status = status;
        else
            errors["status"] = "must be one of draft, active, archived";
    }
    if (auto category = find(parameters, "category")) {
        if (Utf8Text::isValid(*category))
            query.category = category;
        else
            errors["category"] = "is not valid UTF-8";
    }
    if (auto updatedSince = find(parameters, "updated_since")) {
        if (auto timestamp = Rfc3339::normalized(*updatedSince))
            query.updatedSince = std::move(timestamp);
        else
            errors["updated_since"] = "must be an RFC 3339 timestamp of a real date, like 2024-05-01T00:00:00Z";
    }
    if (auto q = find(parameters, "q")) {
        if (!Utf8Text::isValid(*q)) {
            errors["q"] = "is not valid UTF-8";
        } else if (Utf8Text::length(*q) > kMaxSearchLength) {
            errors["q"] = "must be at most " + std::to_string(kMaxSearchLength) + " characters";
        } else {
            query.searchWords = splitWords(*q);
            if (query.searchWords.size() > kMaxSearchWords)
                errors["q"] = "may have at most " + std::to_string(kMaxSearchWords) + " words";
        }
    }
    query.cursor = find(parameters, "cursor");
    if (!errors.empty()) throw DomainError::validation(std::move(errors), "some query parameters are invalid");
    return query;
}

} // namespace md::catalog
