#pragma once
// One page of a keyset-paginated list (API.md "Lists"): the items and the cursor of the next page,
// nullopt on the last page. Every list asks its repository for one row more than the limit;
// fromRows() keeps `limit` of them and makes the cursor from the last one kept only when that extra
// row came, so a client never gets a cursor to an empty page.

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace md {

template <typename Item> struct Page {
    std::vector<Item> items;
    std::optional<std::string> nextCursor;

    // rows: up to limit + 1 items in list order; cursorAfter(item) is the encoded cursor that
    // continues the list after item.
    template <typename CursorAfter>
    static Page fromRows(std::vector<Item> rows, long long limit, CursorAfter&& cursorAfter)
    {
        Page page;
        if (limit >= 0 && rows.size() > static_cast<std::size_t>(limit)) {
            rows.resize(static_cast<std::size_t>(limit));
            if (!rows.empty()) page.nextCursor = cursorAfter(rows.back());
        }
        page.items = std::move(rows);
        return page;
    }

    // The same page with each item converted by convert(Item&&).
    template <typename Convert> auto map(Convert&& convert) && -> Page<decltype(convert(std::declval<Item&&>()))>
    {
        Page<decltype(convert(std::declval<Item&&>()))> converted;
        converted.items.reserve(items.size());
        for (auto& item : items) converted.items.push_back(convert(std::move(item)));
        converted.nextCursor = std::move(nextCursor);
        return converted;
    }

    // {"items": [...], "next_cursor": "..." | null}, each item rendered by render(item).
    template <typename Render> nlohmann::json toJson(Render&& render) const
    {
        nlohmann::json rendered = nlohmann::json::array();
        for (const auto& item : items) rendered.push_back(render(item));
        return {{"items", std::move(rendered)}, {"next_cursor", nextCursor ? nlohmann::json(*nextCursor) : nullptr}};
    }
    // The same, for items that render themselves (item.toJson()).
    nlohmann::json toJson() const
    {
        return toJson([](const Item& item) { return item.toJson(); });
    }
};

} // namespace md
