#pragma once
// The one reader of query parameters (API.md "Lists"). It reads from the decoded query map, not
// from an HTTP request, so services and tests use it as well as routes. Two kinds of answer, the
// same for every parameter of every endpoint:
// - a value that is not of its type (an integer, true|false) is malformed: 400 invalid_parameter
//   with details.parameter, thrown at once;
// - a value of the right type that is not acceptable (a limit outside 1-500, an unknown word, a
//   timestamp that is not a real date, a search too long) is collected, and throwIfInvalid()
//   answers 422 validation_failed naming every such parameter in details.fields.
// An empty parameter ("status=") counts as not given.

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md {

class QueryParameters {
public:
    // The page limit of every list.
    static constexpr long long kDefaultPageLimit = 50;
    static constexpr long long kMaxPageLimit = 500;
    // What a search (`q`) may hold.
    static constexpr std::size_t kMaxSearchCharacters = 200;
    static constexpr std::size_t kMaxSearchWords = 8;

    // Reads parameters, which must outlive the reader (a request's queryParams() does).
    explicit QueryParameters(const std::map<std::string, std::string>& parameters);
    QueryParameters(std::map<std::string, std::string>&&) = delete;

    // The value as sent; nullopt when absent or empty.
    std::optional<std::string> text(const std::string& name) const;
    // Malformed (400) unless an integer.
    std::optional<long long> integer(const std::string& name) const;
    // true or 1, false or 0; anything else is malformed (400).
    std::optional<bool> boolean(const std::string& name) const;
    // An id: an integer (else 400) of at least 1 (else 422).
    std::optional<long long> id(const std::string& name);
    // `limit`: 50 when not given, an integer (else 400) from 1 to 500 (else 422). A larger limit is
    // refused rather than served as 500, so a client never mistakes a short page for the whole.
    long long pageLimit();
    // An RFC 3339 timestamp of a real date (core/Rfc3339), in the UTC form SQL parameters take.
    std::optional<std::string> rfc3339(const std::string& name);
    // One of allowed.
    std::optional<std::string> oneOf(const std::string& name, const std::vector<std::string_view>& allowed);
    // One or more of allowed, separated by commas (and spaces): "paid,cancelled". Repeats are dropped.
    std::vector<std::string> someOf(const std::string& name, const std::vector<std::string_view>& allowed);
    // Text searched for: trimmed, valid UTF-8, at most kMaxSearchCharacters characters; nullopt when
    // absent or blank.
    std::optional<std::string> search(const std::string& name);
    // search() split at white space, at most kMaxSearchWords words: every match must hold each.
    std::vector<std::string> words(const std::string& name);
    // A list order (db::KeysetSort): fallback when not given.
    template <typename Sort> Sort sort(const std::string& name, const Sort& fallback)
    {
        const auto value = text(name);
        if (!value) return fallback;
        if (auto parsed = Sort::parse(*value)) return *parsed;
        reject(name, "must be one of " + Sort::accepted());
        return fallback;
    }

    // Records a 422 problem with the parameter (the first problem of a parameter is kept).
    void reject(const std::string& name, const std::string& message);
    // 422 validation_failed with details.fields when any value was refused.
    void throwIfInvalid() const;

    // The page limit of a list that takes no other checked parameters.
    static long long pageLimitOf(const std::map<std::string, std::string>& parameters);
    static std::vector<std::string> splitWords(std::string_view text);

private:
    const std::map<std::string, std::string>& m_parameters;
    nlohmann::json m_errors = nlohmann::json::object();
};

} // namespace md
