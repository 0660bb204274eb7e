#include "catalog/ProductQuery.h"

#include "catalog/ProductValidator.h"
#include "catalog/Utf8Text.h"
#include "core/DomainError.h"

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

bool digits(std::string_view text, std::size_t from, std::size_t count, int& value)
{
    if (from + count > text.size()) return false;
    value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
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

bool ProductQuery::isRfc3339Timestamp(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, year) || text.size() < 20 || text[4] != '-' || !digits(text, 5, 2, month) ||
        text[7] != '-' || !digits(text, 8, 2, day) || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') ||
        !digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':' ||
        !digits(text, 17, 2, second))
        return false;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        return false;
    std::size_t i = 19;
    if (i < text.size() && text[i] == '.') {
        std::size_t start = ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        if (i == start || i - start > 9) return false;
    }
    if (i < text.size() && (text[i] == 'Z' || text[i] == 'z')) return i + 1 == text.size();
    int offsetHours = 0, offsetMinutes = 0;
    return i + 6 == text.size() && (text[i] == '+' || text[i] == '-') && digits(text, i + 1, 2, offsetHours) &&
           text[i + 3] == ':' && digits(text, i + 4, 2, offsetMinutes) && offsetHours < 24 && offsetMinutes < 60;
}

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
        if (isRfc3339Timestamp(*updatedSince))
            query.updatedSince = updatedSince;
        else
            errors["updated_since"] = "must be an RFC 3339 timestamp, like 2024-05-01T00:00:00Z";
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
