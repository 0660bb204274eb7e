#pragma once
// The one reader of JSON request bodies. It does the checks every endpoint repeats: the type of
// each field, integer ranges, text trimmed and counted in characters rather than bytes (a
// 200-character Korean name is as valid as an English one), no NUL character (PostgreSQL text
// cannot hold it), and no field the endpoint does not take (a misspelt "pirce_cents" must not be
// silently dropped). Every problem is collected as field -> message, the first one per field, so
// one 422 validation_failed names all of them (details.fields) instead of the first. An object
// inside the body (shipping_address, items[2]) is read by a reader of its own that reports into the
// same problems under a path ("items[2].quantity").
//
// The typed readers treat null like an absent field (a required one "is required"). Where null
// means something else, the caller says so: nullableInteger() for a field null clears, isNull()
// where null is a mistake rather than "leave it as it is" (a PATCH).

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

namespace md {

class JsonFields {
public:
    // A request body: 400 malformed_body unless it is a JSON object.
    explicit JsonFields(const nlohmann::json& body);
    // An object inside what parent reads; its problems are parent's, named prefix + field
    // ("shipping_address."). object is not checked here (parent.object() and array() do that).
    JsonFields(JsonFields& parent, const nlohmann::json& object, std::string prefix);
    JsonFields(const JsonFields&) = delete;
    JsonFields& operator=(const JsonFields&) = delete;

    // Present and not null.
    bool has(const std::string& name) const;
    // Present and null.
    bool isNull(const std::string& name) const;
    // The value when present and not null.
    const nlohmann::json* value(const std::string& name) const;

    // A string as sent.
    std::optional<std::string> string(const std::string& name, bool required);
    // A string without leading and trailing white space (so "   " is empty), of minimumCharacters
    // to maximumCharacters characters and without NUL.
    std::optional<std::string> text(const std::string& name, bool required, std::size_t minimumCharacters,
                                    std::size_t maximumCharacters);
    // Any integer a long long holds.
    std::optional<long long> integer(const std::string& name, bool required);
    std::optional<long long> integer(const std::string& name, bool required, long long minimum, long long maximum);
    // Absent: nullopt. Explicit null: an engaged optional holding nullopt.
    std::optional<std::optional<long long>> nullableInteger(const std::string& name);
    std::optional<bool> boolean(const std::string& name);
    const nlohmann::json* array(const std::string& name, bool required) { return container(name, required, true); }
    const nlohmann::json* object(const std::string& name, bool required) { return container(name, required, false); }

    // Every field outside allowed is a problem.
    void rejectUnknown(std::initializer_list<std::string_view> allowed,
                       const std::string& message = "is not a field of this resource");
    // Records a problem with the field (kept only if the field has none yet).
    void reject(const std::string& name, const std::string& message);
    bool hasError(const std::string& name) const { return m_errors.contains(path(name)); }
    bool hasErrors() const { return !m_errors.empty(); }
    // Every problem so far, path -> message (what details.fields will hold).
    const nlohmann::json& errors() const { return m_errors; }
    std::string path(const std::string& name) const { return m_prefix + name; }
    // 422 validation_failed with details.fields when any problem was recorded.
    void throwIfInvalid() const;

private:
    const nlohmann::json* container(const std::string& name, bool required, bool array);

    const nlohmann::json& m_object;
    nlohmann::json m_ownErrors = nlohmann::json::object();
    nlohmann::json& m_errors; // m_ownErrors, or the parent's
    std::string m_prefix;
};

} // namespace md
