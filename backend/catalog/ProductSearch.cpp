#include "catalog/ProductSearch.h"

#include "core/Utf8.h"

namespace md::catalog {

std::string ProductSearch::conditions(const std::vector<std::string>& words, std::string_view text,
                                      db::SqlParams& params)
{
    std::string sql;
    for (const auto& word : words) {
        if (Utf8::length(word) >= 2) sql += " AND p.search_grams @> md_search_grams(" + params.add(word) + ")";
        sql += " AND " + std::string(text) + " LIKE '%' || lower(" + params.add(db::SqlParams::escapeLike(word)) +
               ") || '%'";
    }
    return sql;
}

} // namespace md::catalog
