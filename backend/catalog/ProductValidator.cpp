#include "catalog/ProductValidator.h"

#include "core/Utf8.h"

#include <algorithm>

namespace md::catalog {

namespace {

bool isControl(unsigned char c)
{
    return c < 0x20 || c == 0x7F;
}

bool hasControlCharacter(std::string_view text)
{
    for (char c : text) {
        if (isControl(static_cast<unsigned char>(c))) return true;
    }
    return false;
}

// Multi-line text keeps tabs and line breaks; NUL and the other C0 controls are never meant.
bool hasForbiddenControlInText(std::string_view text)
{
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (isControl(byte) && byte != '\t' && byte != '\n' && byte != '\r') return true;
    }
    return false;
}

bool isBlank(std::string_view text)
{
    for (char c : text) {
        if (c != ' ' && c != '\t') return false;
    }
    return true;
}

// PostgreSQL's jsonb cannot hold U+0000; finding it here gives a 422 instead of a database error.
bool containsNul(const nlohmann::json& value)
{
    if (value.is_string()) return value.get_ref<const std::string&>().find('\0') != std::string::npos;
    if (value.is_object()) {
        for (const auto& [key, member] : value.items()) {
            if (key.find('\0') != std::string::npos || containsNul(member)) return true;
        }
    }
    if (value.is_array()) {
        for (const auto& member : value) {
            if (containsNul(member)) return true;
        }
    }
    return false;
}

std::string characters(std::size_t count)
{
    return std::to_string(count) + " characters";
}

} // namespace

nlohmann::json ProductValidator::validate(const Product& product)
{
    nlohmann::json errors = nlohmann::json::object();
    auto check = [&](const char* field, std::optional<std::string> message) {
        if (message) errors[field] = std::move(*message);
    };
    check("sku", checkSku(product.sku));
    check("title", checkTitle(product.title));
    check("description", checkDescription(product.description));
    check("category", checkCategory(product.category));
    check("price_cents", checkCents(product.priceCents));
    if (product.compareAtCents) check("compare_at_cents", checkCents(*product.compareAtCents));
    check("currency", checkCurrency(product.currency));
    check("status", checkStatus(product.status));
    check("attributes", checkAttributes(product.attributes));
    check("images", checkImages(product.images));
    return errors;
}

nlohmann::json ProductValidator::validate(const ProductInput& input)
{
    nlohmann::json errors = nlohmann::json::object();
    auto check = [&](const char* field, std::optional<std::string> message) {
        if (message) errors[field] = std::move(*message);
    };
    if (input.sku) check("sku", checkSku(*input.sku));
    if (input.title) check("title", checkTitle(*input.title));
    if (input.description) check("description", checkDescription(*input.description));
    if (input.category) check("category", checkCategory(*input.category));
    if (input.priceCents) check("price_cents", checkCents(*input.priceCents));
    if (input.compareAtCents && *input.compareAtCents) check("compare_at_cents", checkCents(**input.compareAtCents));
    if (input.currency) check("currency", checkCurrency(*input.currency));
    if (input.status) check("status", checkStatus(*input.status));
    if (input.attributes) check("attributes", checkAttributes(*input.attributes));
    if (input.images) check("images", checkImages(*input.images));
    return errors;
}

std::optional<std::string> ProductValidator::checkSku(std::string_view sku)
{
    if (sku.empty() || sku.size() > kMaxSkuLength)
        return "must be 1 to " + std::to_string(kMaxSkuLength) + " characters";
    for (char c : sku) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
                             c == '_' || c == '-';
        if (!allowed) return "may contain only letters A-Z and a-z, digits, '.', '_' and '-'";
    }
    return std::nullopt;
}

std::optional<std::string> ProductValidator::checkTitle(std::string_view title)
{
    if (!Utf8::isValid(title)) return "is not valid UTF-8";
    const std::size_t length = Utf8::length(title);
    if (length < 1 || length > kMaxTitleLength) return "must be 1 to " + characters(kMaxTitleLength);
    if (isBlank(title)) return "must not be blank";
    if (hasControlCharacter(title)) return "must not contain control characters or line breaks";
    return std::nullopt;
}

std::optional<std::string> ProductValidator::checkDescription(std::string_view description)
{
    if (!Utf8::isValid(description)) return "is not valid UTF-8";
    if (Utf8::length(description) > kMaxDescriptionLength)
        return "must be at most " + characters(kMaxDescriptionLength);
    if (hasForbiddenControlInText(description))
        return "must not contain control characters other than tab and line breaks";
    return std::nullopt;
}

std::optional<std::string> ProductValidator::checkCategory(std::string_view category)
{
    if (!Utf8::isValid(category)) return "is not valid UTF-8";
    if (Utf8::length(category) > kMaxCategoryLength) return "must be at most " + characters(kMaxCategoryLength);
    if (hasControlCharacter(category)) return "must not contain control characters or line breaks";
    return std::nullopt;
}

std::optional<std::string> ProductValidator::checkCents(long long cents)
{
    if (cents < 0) return "must be 0 or more";
    if (cents > kMaxCents) return "must be at most " + std::to_string(kMaxCents);
    return std::nullopt;
}

std::optional<std::string> ProductValidator::checkCurrency(std::string_view currency)
{
    if (currency.size() != 3) return "must be a three-letter ISO 4217 code in capitals, like KRW";
    for (char c : currency) {
        if (c < 'A' || c > 'Z') return "must be a three-letter ISO 4217 code in capitals, like KRW";
    }
    return std::nullopt;
}

std::optional<std::string> ProductValidator::checkStatus(std::string_view status)
{
    if (isStatus(status)) return std::nullopt;
    return "must be one of draft, active, archived";
}

std::optional<std::string> ProductValidator::checkAttributes(const nlohmann::json& attributes)
{
    if (!attributes.is_object()) return "must be a JSON object";
    if (containsNul(attributes)) return "must not contain the NUL character";
    if (attributes.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).size() > kMaxAttributesBytes)
        return "must be at most " + std::to_string(kMaxAttributesBytes) + " bytes as JSON";
    return std::nullopt;
}

std::optional<std::string> ProductValidator::checkImages(const nlohmann::json& images)
{
    if (!images.is_array()) return "must be an array of image URLs";
    if (images.size() > kMaxImages) return "may hold at most " + std::to_string(kMaxImages) + " images";
    for (std::size_t i = 0; i < images.size(); ++i) {
        const auto& image = images[i];
        if (!image.is_string() || !isImageUrl(image.get_ref<const std::string&>()))
            return "entry " + std::to_string(i + 1) + " is not an http(s) URL (at most " +
                   std::to_string(kMaxImageUrlLength) + " bytes, no spaces)";
    }
    return std::nullopt;
}

bool ProductValidator::isStatus(std::string_view status)
{
    const auto& all = Product::statuses();
    return std::find(all.begin(), all.end(), status) != all.end();
}

bool ProductValidator::isImageUrl(std::string_view url)
{
    if (url.size() > kMaxImageUrlLength || !Utf8::isValid(url)) return false;
    auto startsWithNoCase = [&](std::string_view prefix) {
        if (url.size() < prefix.size()) return false;
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            if (std::tolower(static_cast<unsigned char>(url[i])) != prefix[i]) return false;
        }
        return true;
    };
    std::size_t hostStart = 0;
    if (startsWithNoCase("https://"))
        hostStart = 8;
    else if (startsWithNoCase("http://"))
        hostStart = 7;
    else
        return false;
    // Whitespace is excluded because the CSV form separates image URLs with spaces.
    for (char c : url) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte == 0x7F) return false;
    }
    const std::size_t hostEnd = url.find_first_of("/?#", hostStart);
    const std::string_view authority =
        url.substr(hostStart, hostEnd == std::string_view::npos ? url.npos : hostEnd - hostStart);
    const std::size_t at = authority.rfind('@');
    const std::string_view host = at == std::string_view::npos ? authority : authority.substr(at + 1);
    return !host.empty() && host.front() != ':';
}

} // namespace md::catalog
