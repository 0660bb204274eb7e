#pragma once
// One page of a keyset-paginated list: the items and the cursor of the next page (nullopt on the
// last page). The routes render it as {"items": [...], "next_cursor": "..." | null}.

#include <optional>
#include <string>
#include <vector>

namespace md::inventory {

template <typename Item> struct Page {
    std::vector<Item> items;
    std::optional<std::string> nextCursor;
};

} // namespace md::inventory
