#include "orders/PlaceOrderRequest.h"

#include "core/JsonFields.h"
#include "core/Utf8.h"

#include <algorithm>
#include <limits>
#include <map>

namespace md::orders {

namespace {

struct AddressField {
    const char* name;
    bool required;
    std::size_t maxCharacters;
};

constexpr AddressField kAddressFields[] = {
    {"name", true, 100},   {"phone", true, 40},        {"line1", true, 200},  {"line2", false, 200},
    {"city", true, 100},   {"region", false, 100},     {"postal_code", true, 20}, {"country", false, 2},
};

bool isPhoneNumber(const std::string& text)
{
    int digits = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') ++digits;
        else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.') return false;
    }
    return digits >= 3;
}

nlohmann::json readAddress(JsonFields& order, const nlohmann::json& address)
{
    JsonFields fields(order, address, "shipping_address.");
    nlohmann::json result = nlohmann::json::object();
    for (const auto& field : kAddressFields) {
        if (auto value = fields.text(field.name, field.required, field.required ? 1 : 0, field.maxCharacters))
            result[field.name] = *value;
    }
    if (result.contains("phone") && !isPhoneNumber(result["phone"]))
        fields.reject("phone", "must be a phone number (digits, spaces, + - ( ) .)");
    std::string country = result.value("country", std::string());
    if (country.empty()) country = "KR";
    std::transform(country.begin(), country.end(), country.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
    if (country.size() != 2 || !std::all_of(country.begin(), country.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
        fields.reject("country", "must be a two-letter ISO 3166 country code");
    result["country"] = country;

    // The address is free-form beyond the fields above (API.md); extra fields are kept if they are short text.
    if (address.size() > PlaceOrderRequest::kMaxAddressFields)
        order.reject("shipping_address",
                     "must have at most " + std::to_string(PlaceOrderRequest::kMaxAddressFields) + " fields");
    for (const auto& [name, value] : address.items()) {
        if (result.contains(name) || value.is_null()) continue;
        bool known = std::any_of(std::begin(kAddressFields), std::end(kAddressFields),
                                 [&](const AddressField& field) { return name == field.name; });
        if (known) continue;
        if (name.empty() || Utf8::length(name) > 64) {
            order.reject("shipping_address", "field names must be 1 to 64 characters long");
            continue;
        }
        if (auto text = fields.text(name, false, 0, PlaceOrderRequest::kMaxAddressFieldCharacters)) result[name] = *text;
    }
    return result;
}

} // namespace

PlaceOrderRequest PlaceOrderRequest::fromJson(const nlohmann::json& body)
{
    JsonFields fields(body);
    fields.rejectUnknown({"items", "shipping_address", "customer_user_id", "customer_email"});
    PlaceOrderRequest request;

    std::map<long long, long long> quantities; // merged, ascending by product id
    if (const auto* items = fields.array("items", true)) {
        if (items->empty()) fields.reject("items", "must have at least one line");
        if (items->size() > kMaxLines) fields.reject("items", "must have at most " + std::to_string(kMaxLines) + " lines");
        for (std::size_t index = 0; index < items->size() && index < kMaxLines; ++index) {
            const std::string name = "items[" + std::to_string(index) + "]";
            const auto& item = (*items)[index];
            if (!item.is_object()) {
                fields.reject(name, "must be an object");
                continue;
            }
            JsonFields line(fields, item, name + ".");
            auto productId = line.integer("product_id", true, 1, std::numeric_limits<long long>::max());
            auto quantity = line.integer("quantity", true, 1, kMaxQuantity);
            if (!productId || !quantity) continue;
            long long& merged = quantities[*productId];
            merged += *quantity;
            if (merged > kMaxQuantity)
                line.reject("quantity", "the lines for product " + std::to_string(*productId) + " add up to more than " +
                                            std::to_string(kMaxQuantity));
        }
    }
    if (const auto* address = fields.object("shipping_address", true))
        request.shippingAddress = readAddress(fields, *address);
    request.customerUserId = fields.integer("customer_user_id", false, 1, std::numeric_limits<long long>::max());
    request.customerEmail = fields.text("customer_email", false, 3, 254);
    if (request.customerEmail && request.customerEmail->find('@') == std::string::npos)
        fields.reject("customer_email", "must be an e-mail address");
    fields.throwIfInvalid();

    for (const auto& [productId, quantity] : quantities) request.lines.push_back({productId, quantity});
    return request;
}

nlohmann::json PlaceOrderRequest::linesJson() const
{
    nlohmann::json result = nlohmann::json::array();
    for (const auto& line : lines) result.push_back({{"product_id", line.productId}, {"quantity", line.quantity}});
    return result;
}

} // namespace md::orders
