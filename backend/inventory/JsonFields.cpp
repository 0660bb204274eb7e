#include "inventory/JsonFields.h"

#include "core/DomainError.h"

#include <limits>

namespace md::inventory {

JsonFields::JsonFields(const nlohmann::json& object, nlohmann::json& errors, std::string prefix)
    : m_object(object), m_errors(errors), m_prefix(std::move(prefix))
{
}

const nlohmann::json* JsonFields::find(const std::string& name) const
{
    if (!m_object.is_object()) return nullptr;
    auto it = m_object.find(name);
    if (it == m_object.end() || it->is_null()) return nullptr;
    return &*it;
}

bool JsonFields::has(const std::string& name) const
{
    return find(name) != nullptr;
}

void JsonFields::reject(const std::string& name, const std::string& message)
{
    // The first problem with a field is the one worth reporting.
    if (!m_errors.contains(path(name))) m_errors[path(name)] = message;
}

std::optional<long long> JsonFields::integer(const std::string& name, bool required, long long minimum,
                                             long long maximum)
{
    const nlohmann::json* value = find(name);
    if (!value) {
        if (required) reject(name, "is required");
        return std::nullopt;
    }
    const std::string range = "must be an integer from " + std::to_string(minimum) + " to " + std::to_string(maximum);
    if (value->is_number_unsigned()) {
        if (value->get<unsigned long long>() > static_cast<unsigned long long>(std::numeric_limits<long long>::max())) {
            reject(name, range);
            return std::nullopt;
        }
    } else if (!value->is_number_integer()) {
        reject(name, range);
        return std::nullopt;
    }
    long long number = value->get<long long>();
    if (number < minimum || number > maximum) {
        reject(name, range);
        return std::nullopt;
    }
    return number;
}

std::optional<std::string> JsonFields::text(const std::string& name, bool required, std::size_t minimumCharacters,
                                            std::size_t maximumCharacters)
{
    const nlohmann::json* value = find(name);
    if (!value) {
        if (required) reject(name, "is required");
        return std::nullopt;
    }
    if (!value->is_string()) {
        reject(name, "must be a string");
        return std::nullopt;
    }
    std::string text = trimmed(value->get_ref<const std::string&>());
    const std::size_t length = characterCount(text);
    if (length < minimumCharacters || length > maximumCharacters) {
        reject(name, length == 0 && minimumCharacters > 0
                         ? std::string("must not be empty")
                         : "must be " + std::to_string(minimumCharacters) + " to " + std::to_string(maximumCharacters) +
                               " characters long");
        return std::nullopt;
    }
    if (text.find('\0') != std::string::npos) {
        reject(name, "must not contain NUL characters"); // PostgreSQL text cannot hold them
        return std::nullopt;
    }
    return text;
}

const nlohmann::json* JsonFields::array(const std::string& name, bool required)
{
    const nlohmann::json* value = find(name);
    if (!value) {
        if (required) reject(name, "is required");
        return nullptr;
    }
    if (!value->is_array()) {
        reject(name, "must be an array");
        return nullptr;
    }
    return value;
}

const nlohmann::json* JsonFields::object(const std::string& name, bool required)
{
    const nlohmann::json* value = find(name);
    if (!value) {
        if (required) reject(name, "is required");
        return nullptr;
    }
    if (!value->is_object()) {
        reject(name, "must be an object");
        return nullptr;
    }
    return value;
}

void JsonFields::requireObject(const nlohmann::json& body)
{
    if (!body.is_object()) throw DomainError::badRequest("the body must be a JSON object", "malformed_body");
}

void JsonFields::throwIfAny(const nlohmann::json& errors)
{
    if (!errors.empty()) throw DomainError::validation(errors);
}

std::size_t JsonFields::characterCount(std::string_view text)
{
    std::size_t count = 0;
    for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return count;
}

std::string JsonFields::trimmed(std::string_view text)
{
    const char* space = " \t\r\n";
    auto first = text.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    auto last = text.find_last_not_of(space);
    return std::string(text.substr(first, last - first + 1));
}

} // namespace md::inventory
