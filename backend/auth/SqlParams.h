#pragma once
// Parameters for a query whose shape depends on the request (optional filters, keyset position).
// add() stores a value and returns its placeholder ("$3"), so the SQL names only parameters it
// uses; values travel as text (NULL for nullopt), and the SQL casts them ("$3::bigint").

#include <pqxx/pqxx>

#include <optional>
#include <string>
#include <vector>

namespace md::auth {

class SqlParams {
public:
    std::string add(std::optional<std::string> value)
    {
        m_values.push_back(std::move(value));
        return "$" + std::to_string(m_values.size());
    }
    std::string add(long long value) { return add(std::optional<std::string>(std::to_string(value))); }

    pqxx::result execute(pqxx::transaction_base& transaction, const std::string& sql) const
    {
        return transaction.exec_params(sql, pqxx::prepare::make_dynamic_params(m_values));
    }

    // A LIKE pattern matching `text` anywhere, with LIKE's own wildcards in it taken literally.
    static std::string containsPattern(const std::string& text)
    {
        std::string pattern = "%";
        for (char c : text) {
            if (c == '%' || c == '_' || c == '\\') pattern.push_back('\\');
            pattern.push_back(c);
        }
        pattern.push_back('%');
        return pattern;
    }

private:
    std::vector<std::optional<std::string>> m_values;
};

} // namespace md::auth
