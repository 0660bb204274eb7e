#pragma once
// An order as the API returns it, already rendered as JSON by the database (md_order_document in the
// migration is the single definition of that shape, used by placement and by every read), plus the
// version for the ETag.

#include <string>

namespace md::orders {

struct OrderDocument {
    long long id = 0;
    long long version = 1;
    std::string json;
};

} // namespace md::orders
