#pragma once
// Reads the fields of a JSON request body, collecting every problem into one 422 (details.fields)
// instead of stopping at the first. A body that is not a JSON object is a 400.

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <string>

namespace md::auth {

class JsonBodyReader {
public:
    explicit JsonBodyReader(const nlohmann::json& body);

    bool has(const std::string& name) const { return m_body.contains(name); }

    std::optional<std::string> string(const std::string& name, bool required);
    std::optional<bool> boolean(const std::string& name);
    // Absent: nullopt. Explicit null: an engaged optional holding nullopt.
    std::optional<std::optional<long long>> nullableInteger(const std::string& name);

    // Fields outside `allowed` are errors, so a misspelt field is not silently ignored.
    void rejectUnknown(std::initializer_list<const char*> allowed);
    void fail(const std::string& name, const std::string& message);

    bool hasErrors() const { return !m_errors.empty(); }
    const nlohmann::json& errors() const { return m_errors; }
    // Throws DomainError::validation with the collected fields, if any.
    void throwIfInvalid() const;

private:
    const nlohmann::json& m_body;
    nlohmann::json m_errors = nlohmann::json::object();
};

} // namespace md::auth
