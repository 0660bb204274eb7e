#pragma once
// The human-readable number of an order: MD-<UTC date of placement as YYYYMMDD>-<id, zero-padded to
// at least 7 digits>, e.g. MD-20261208-0004711. Numbers are unique because ids are. The database
// writes them when it places orders (md_place_orders, migration 0003); code that writes orders
// itself (the demo seeder) formats them here, and the seeder's test checks the two agree.

#include <string>
#include <string_view>

namespace md::orders {

// utcDate: the UTC date the order was placed, as eight digits (YYYYMMDD).
std::string orderNumber(std::string_view utcDate, long long id);

} // namespace md::orders
