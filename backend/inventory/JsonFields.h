#pragma once
// Reads the fields of a JSON request body with the checks every endpoint repeats (type, integer
// range, length in characters rather than bytes), collecting every problem as field -> message so
// that one 422 names all of them instead of the first. Used by the inventory and order requests.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace md::inventory {

class JsonFields {
public:
    // errors: the caller's field -> message object, shared by nested readers; prefix names the
    // nested object in messages ("shipping_address.").
    JsonFields(const nlohmann::json& object, nlohmann::json& errors, std::string prefix = {});

    // Present and not null.
    bool has(const std::string& name) const;
    std::optional<long long> integer(const std::string& name, bool required, long long minimum, long long maximum);
    // Leading and trailing white space is dropped before the length check, so "   " is empty.
    std::optional<std::string> text(const std::string& name, bool required, std::size_t minimumCharacters,
                                    std::size_t maximumCharacters);
    const nlohmann::json* array(const std::string& name, bool required);
    const nlohmann::json* object(const std::string& name, bool required);

    void reject(const std::string& name, const std::string& message);
    std::string path(const std::string& name) const { return m_prefix + name; }

    // 400 unless the body is a JSON object.
    static void requireObject(const nlohmann::json& body);
    // 422 validation_failed with details.fields when errors holds anything.
    static void throwIfAny(const nlohmann::json& errors);
    // Code points of valid UTF-8 (the JSON parser has already rejected invalid UTF-8).
    static std::size_t characterCount(std::string_view text);
    static std::string trimmed(std::string_view text);

private:
    const nlohmann::json* find(const std::string& name) const;

    const nlohmann::json& m_object;
    nlohmann::json& m_errors;
    std::string m_prefix;
};

} // namespace md::inventory
