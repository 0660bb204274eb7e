#include "core/QueryParameters.h"

#include "core/DomainError.h"
#include "core/Rfc3339.h"
#include "core/Utf8.h"

#include <algorithm>
#include <charconv>

namespace md {

namespace {

DomainError malformed(const std::string& name, const std::string& what)
{
    return DomainError(ErrorKind::BadRequest, "invalid_parameter", "query parameter '" + name + "' must be " + what,
                       {{"parameter", name}});
}

std::string listed(const std::vector<std::string_view>& words)
{
    std::string text;
    for (std::string_view word : words) text += (text.empty() ? "" : ", ") + std::string(word);
    return text;
}

bool isOneOf(std::string_view value, const std::vector<std::string_view>& allowed)
{
    return std::find(allowed.begin(), allowed.end(), value) != allowed.end();
}

} // namespace

QueryParameters::QueryParameters(const std::map<std::string, std::string>& parameters) : m_parameters(parameters) {}

std::optional<std::string> QueryParameters::text(const std::string& name) const
{
    auto it = m_parameters.find(name);
    if (it == m_parameters.end() || it->second.empty()) return std::nullopt;
    return it->second;
}

std::optional<long long> QueryParameters::integer(const std::string& name) const
{
    const auto value = text(name);
    if (!value) return std::nullopt;
    long long number = 0;
    auto [end, error] = std::from_chars(value->data(), value->data() + value->size(), number);
    if (error != std::errc() || end != value->data() + value->size()) throw malformed(name, "an integer");
    return number;
}

std::optional<bool> QueryParameters::boolean(const std::string& name) const
{
    const auto value = text(name);
    if (!value) return std::nullopt;
    if (*value == "true" || *value == "1") return true;
    if (*value == "false" || *value == "0") return false;
    throw malformed(name, "true or false");
}

std::optional<long long> QueryParameters::id(const std::string& name)
{
    auto value = integer(name);
    if (value && *value < 1) {
        reject(name, "must be a positive integer");
        return std::nullopt;
    }
    return value;
}

long long QueryParameters::pageLimit()
{
    const auto limit = integer("limit");
    if (!limit) return kDefaultPageLimit;
    if (*limit < 1 || *limit > kMaxPageLimit) {
        reject("limit", "must be between 1 and " + std::to_string(kMaxPageLimit));
        return kDefaultPageLimit;
    }
    return *limit;
}

std::optional<std::string> QueryParameters::rfc3339(const std::string& name)
{
    const auto value = text(name);
    if (!value) return std::nullopt;
    auto timestamp = Rfc3339::normalized(*value);
    if (!timestamp) reject(name, "must be an RFC 3339 timestamp of a real date, like 2026-01-31T09:00:00Z");
    return timestamp;
}

std::optional<std::string> QueryParameters::oneOf(const std::string& name,
                                                  const std::vector<std::string_view>& allowed)
{
    auto value = text(name);
    if (value && !isOneOf(*value, allowed)) {
        reject(name, "must be one of " + listed(allowed));
        return std::nullopt;
    }
    return value;
}

std::vector<std::string> QueryParameters::someOf(const std::string& name,
                                                 const std::vector<std::string_view>& allowed)
{
    std::vector<std::string> chosen;
    const auto value = text(name);
    if (!value) return chosen;
    std::size_t position = 0;
    while (position < value->size()) {
        const auto start = value->find_first_not_of(", ", position);
        if (start == std::string::npos) break;
        const auto end = std::min(value->find_first_of(", ", start), value->size());
        std::string word = value->substr(start, end - start);
        position = end;
        if (!isOneOf(word, allowed)) {
            reject(name, "must be one or more of " + listed(allowed) + ", separated by commas");
            return {};
        }
        if (std::find(chosen.begin(), chosen.end(), word) == chosen.end()) chosen.push_back(std::move(word));
    }
    return chosen;
}

std::optional<std::string> QueryParameters::search(const std::string& name)
{
    const auto value = text(name);
    if (!value) return std::nullopt;
    if (!Utf8::isValid(*value)) {
        reject(name, "is not valid UTF-8");
        return std::nullopt;
    }
    std::string trimmed = Utf8::trimmed(*value);
    if (Utf8::length(trimmed) > kMaxSearchCharacters) {
        reject(name, "must be at most " + std::to_string(kMaxSearchCharacters) + " characters");
        return std::nullopt;
    }
    if (trimmed.empty()) return std::nullopt;
    return trimmed;
}

std::vector<std::string> QueryParameters::words(const std::string& name)
{
    const auto value = search(name);
    if (!value) return {};
    std::vector<std::string> split = splitWords(*value);
    if (split.size() > kMaxSearchWords) {
        reject(name, "may have at most " + std::to_string(kMaxSearchWords) + " words");
        return {};
    }
    return split;
}

void QueryParameters::reject(const std::string& name, const std::string& message)
{
    if (!m_errors.contains(name)) m_errors[name] = message;
}

void QueryParameters::throwIfInvalid() const
{
    if (!m_errors.empty()) throw DomainError::validation(m_errors, "some query parameters are invalid");
}

long long QueryParameters::pageLimitOf(const std::map<std::string, std::string>& parameters)
{
    QueryParameters reader(parameters);
    const long long limit = reader.pageLimit();
    reader.throwIfInvalid();
    return limit;
}

std::vector<std::string> QueryParameters::splitWords(std::string_view text)
{
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && Utf8::isSpace(text[i])) ++i;
        const std::size_t start = i;
        while (i < text.size() && !Utf8::isSpace(text[i])) ++i;
        if (i > start) words.emplace_back(text.substr(start, i - start));
    }
    return words;
}

} // namespace md
