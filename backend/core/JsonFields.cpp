#include "core/JsonFields.h"

#include "core/DomainError.h"
#include "core/Utf8.h"

#include <algorithm>
#include <limits>

namespace md {

namespace {

// An integer within long long; nullopt for anything else (a larger unsigned number, a fraction).
std::optional<long long> asInteger(const nlohmann::json& value)
{
    if (value.is_number_unsigned()) {
        const auto number = value.get<unsigned long long>();
        if (number > static_cast<unsigned long long>(std::numeric_limits<long long>::max())) return std::nullopt;
        return static_cast<long long>(number);
    }
    if (value.is_number_integer()) return value.get<long long>();
    return std::nullopt;
}

} // namespace

JsonFields::JsonFields(const nlohmann::json& body) : m_object(body), m_errors(m_ownErrors)
{
    if (!body.is_object()) throw DomainError::badRequest("the body must be a JSON object", "malformed_body");
}

JsonFields::JsonFields(JsonFields& parent, const nlohmann::json& object, std::string prefix)
    : m_object(object), m_errors(parent.m_errors), m_prefix(parent.m_prefix + std::move(prefix))
{
}

const nlohmann::json* JsonFields::value(const std::string& name) const
{
    if (!m_object.is_object()) return nullptr;
    auto it = m_object.find(name);
    if (it == m_object.end() || it->is_null()) return nullptr;
    return &*it;
}

bool JsonFields::has(const std::string& name) const
{
    return value(name) != nullptr;
}

bool JsonFields::isNull(const std::string& name) const
{
    if (!m_object.is_object()) return false;
    auto it = m_object.find(name);
    return it != m_object.end() && it->is_null();
}

void JsonFields::reject(const std::string& name, const std::string& message)
{
    // The first problem with a field is the one worth reporting.
    if (!m_errors.contains(path(name))) m_errors[path(name)] = message;
}

std::optional<std::string> JsonFields::string(const std::string& name, bool required)
{
    const nlohmann::json* found = value(name);
    if (!found) {
        if (required) reject(name, "is required");
        return std::nullopt;
    }
    if (!found->is_string()) {
        reject(name, "must be a string");
        return std::nullopt;
    }
    return found->get<std::string>();
}

std::optional<std::string> JsonFields::text(const std::string& name, bool required, std::size_t minimumCharacters,
                                            std::size_t maximumCharacters)
{
    auto sent = string(name, required);
    if (!sent) return std::nullopt;
    std::string text = Utf8::trimmed(*sent);
    const std::size_t length = Utf8::length(text);
    if (length < minimumCharacters || length > maximumCharacters) {
        reject(name, length == 0 && minimumCharacters > 0
                         ? std::string("must not be empty")
                         : "must be " + std::to_string(minimumCharacters) + " to " + std::to_string(maximumCharacters) +
                               " characters long");
        return std::nullopt;
    }
    if (text.find('\0') != std::string::npos) {
        reject(name, "must not contain NUL characters");
        return std::nullopt;
    }
    return text;
}

std::optional<long long> JsonFields::integer(const std::string& name, bool required)
{
    const nlohmann::json* found = value(name);
    if (!found) {
        if (required) reject(name, "is required");
        return std::nullopt;
    }
    auto number = asInteger(*found);
    if (!number) reject(name, found->is_number_unsigned() ? "is out of range" : "must be an integer");
    return number;
}

std::optional<long long> JsonFields::integer(const std::string& name, bool required, long long minimum,
                                             long long maximum)
{
    const nlohmann::json* found = value(name);
    if (!found) {
        if (required) reject(name, "is required");
        return std::nullopt;
    }
    auto number = asInteger(*found);
    if (!number || *number < minimum || *number > maximum) {
        reject(name, "must be an integer from " + std::to_string(minimum) + " to " + std::to_string(maximum));
        return std::nullopt;
    }
    return number;
}

std::optional<std::optional<long long>> JsonFields::nullableInteger(const std::string& name)
{
    if (isNull(name)) return std::optional<long long>();
    const nlohmann::json* found = value(name);
    if (!found) return std::nullopt;
    auto number = asInteger(*found);
    if (!number) {
        reject(name, "must be an integer or null");
        return std::nullopt;
    }
    return number;
}

std::optional<bool> JsonFields::boolean(const std::string& name)
{
    const nlohmann::json* found = value(name);
    if (!found) return std::nullopt;
    if (!found->is_boolean()) {
        reject(name, "must be true or false");
        return std::nullopt;
    }
    return found->get<bool>();
}

const nlohmann::json* JsonFields::container(const std::string& name, bool required, bool array)
{
    const nlohmann::json* found = value(name);
    if (!found) {
        if (required) reject(name, "is required");
        return nullptr;
    }
    if (array ? !found->is_array() : !found->is_object()) {
        reject(name, array ? "must be an array" : "must be an object");
        return nullptr;
    }
    return found;
}

void JsonFields::rejectUnknown(std::initializer_list<std::string_view> allowed, const std::string& message)
{
    if (!m_object.is_object()) return;
    for (const auto& [key, member] : m_object.items()) {
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) reject(key, message);
    }
}

void JsonFields::throwIfInvalid() const
{
    if (!m_errors.empty()) throw DomainError::validation(m_errors);
}

} // namespace md
