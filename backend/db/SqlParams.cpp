#include "db/SqlParams.h"

namespace md::db {

std::string SqlParams::add(std::optional<std::string> value)
{
    m_values.push_back(std::move(value));
    return "$" + std::to_string(m_values.size());
}

std::string SqlParams::add(long long value)
{
    return add(std::optional<std::string>(std::to_string(value)));
}

pqxx::result SqlParams::execute(pqxx::transaction_base& transaction, const std::string& sql) const
{
    return transaction.exec_params(sql, pqxx::prepare::make_dynamic_params(m_values));
}

std::string SqlParams::escapeLike(std::string_view text)
{
    std::string escaped;
    escaped.reserve(text.size() + 4);
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') escaped.push_back('\\');
        escaped.push_back(c);
    }
    return escaped;
}

std::string SqlParams::containsPattern(std::string_view text)
{
    return "%" + escapeLike(text) + "%";
}

std::string SqlParams::prefixPattern(std::string_view text)
{
    return escapeLike(text) + "%";
}

} // namespace md::db
