#pragma once
// Parameters for a query whose shape depends on the request (optional filters, search words, the
// keyset position of a list). add() stores a value and returns its placeholder ("$3"), so the SQL
// names only the parameters it uses and every value a client sent travels as a bound parameter,
// never as SQL text. Values travel as text (NULL for nullopt); the SQL casts them ("$3::bigint").
//
// LIKE patterns are built here too, once: a client's `%`, `_` and `\` match themselves, so a search
// for "50%" finds "50%" and not everything that starts with "50".

#include <pqxx/pqxx>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::db {

class SqlParams {
public:
    std::string add(std::optional<std::string> value);
    std::string add(long long value);

    pqxx::result execute(pqxx::transaction_base& transaction, const std::string& sql) const;

    // text with LIKE's wildcards and its escape character (the default, `\`) escaped.
    static std::string escapeLike(std::string_view text);
    // A LIKE pattern matching text anywhere.
    static std::string containsPattern(std::string_view text);
    // A LIKE pattern matching values that start with text.
    static std::string prefixPattern(std::string_view text);

private:
    std::vector<std::optional<std::string>> m_values;
};

} // namespace md::db
