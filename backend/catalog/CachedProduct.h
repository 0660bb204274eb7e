#pragma once
// A product as the hot cache holds it: the response body rendered once, plus exactly what the
// access decision needs (owner, whether it is active), so a cache hit costs no JSON work.

#include <string>

namespace md::catalog {

struct CachedProduct {
    long long id = 0;
    long long sellerId = 0;
    bool active = false;
    long long version = 0;
    std::string json; // the GET /api/v1/products/{id} body
    std::string etag; // "\"<version>\""
};

} // namespace md::catalog
