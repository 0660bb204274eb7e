#pragma once
// The catalog's word search (API.md "Catalog": q) as SQL, for every list that finds products by
// their words: products and inventory (the product's search_document) and orders (the title and sku
// of a product on the order). Every word must occur as typed, with its `%`, `_` and `\` taken
// literally: the bigram GIN index (search_grams) finds the candidates and LIKE confirms the word. A
// one-character word has no bigram of its own, so LIKE alone decides.

#include "db/SqlParams.h"

#include <string>
#include <string_view>
#include <vector>

namespace md::catalog {

class ProductSearch {
public:
    // " AND p.search_grams @> md_search_grams($n) AND <text> LIKE ..." for each word; text is a
    // lower-case SQL expression over the products row `p`.
    static std::string conditions(const std::vector<std::string>& words, std::string_view text,
                                  db::SqlParams& params);
};

} // namespace md::catalog
