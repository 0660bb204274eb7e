#include "auth/JsonBodyReader.h"

#include "core/DomainError.h"

#include <algorithm>

namespace md::auth {

JsonBodyReader::JsonBodyReader(const nlohmann::json& body) : m_body(body)
{
    if (!m_body.is_object()) throw DomainError::badRequest("the body must be a JSON object");
}

void JsonBodyReader::fail(const std::string& name, const std::string& message)
{
    if (!m_errors.contains(name)) m_errors[name] = message;
}

std::optional<std::string> JsonBodyReader::string(const std::string& name, bool required)
{
    auto it = m_body.find(name);
    if (it == m_body.end() || it->is_null()) {
        if (required) fail(name, "is required");
        return std::nullopt;
    }
    if (!it->is_string()) {
        fail(name, "must be a string");
        return std::nullopt;
    }
    return it->get<std::string>();
}

std::optional<bool> JsonBodyReader::boolean(const std::string& name)
{
    auto it = m_body.find(name);
    if (it == m_body.end()) return std::nullopt;
    if (!it->is_boolean()) {
        fail(name, "must be true or false");
        return std::nullopt;
    }
    return it->get<bool>();
}

std::optional<std::optional<long long>> JsonBodyReader::nullableInteger(const std::string& name)
{
    auto it = m_body.find(name);
    if (it == m_body.end()) return std::nullopt;
    if (it->is_null()) return std::optional<long long>();
    if (!it->is_number_integer()) {
        fail(name, "must be an integer or null");
        return std::nullopt;
    }
    return std::optional<long long>(it->get<long long>());
}

void JsonBodyReader::rejectUnknown(std::initializer_list<const char*> allowed)
{
    for (const auto& [key, value] : m_body.items()) {
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char* name) { return key == name; });
        if (!known) fail(key, "is not a field of this resource");
    }
}

void JsonBodyReader::throwIfInvalid() const
{
    if (hasErrors()) throw DomainError::validation(m_errors);
}

} // namespace md::auth
