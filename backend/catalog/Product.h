#pragma once
// A catalog product as stored and as API.md shows it. The same value travels from the repository
// through the service to the JSON and CSV renderings; timestamps are already RFC 3339 UTC text
// (microsecond precision, so they also serve as exact keyset positions).

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace md::catalog {

struct Product {
    static constexpr std::string_view kDraft = "draft";
    static constexpr std::string_view kActive = "active";
    static constexpr std::string_view kArchived = "archived";
    static constexpr std::string_view kDefaultCurrency = "KRW";
    // draft, active, archived: what `status` may be.
    static const std::vector<std::string_view>& statuses();

    long long id = 0;
    long long sellerId = 0;
    std::string sku;
    std::string title;
    std::string description;
    std::string category;
    long long priceCents = 0;
    std::optional<long long> compareAtCents;
    std::string currency{kDefaultCurrency};
    std::string status{kDraft};
    nlohmann::json attributes = nlohmann::json::object();
    nlohmann::json images = nlohmann::json::array();
    long long version = 0;
    std::string createdAt;
    std::string updatedAt;

    nlohmann::json toJson() const;
    // The fields a client can set (all but id, seller, version and timestamps) under their API
    // names: the body of toJson(), the audit diff, and the rows the import writes in one statement.
    nlohmann::json editableJson() const;
    bool isActive() const { return status == kActive; }
    // True when everything a client can set (all but id, seller, version and timestamps) is equal,
    // so an import or PATCH that changes nothing does not bump the version.
    bool sameContentAs(const Product& other) const;
    // The editable fields whose values differ from other's, as {field: this value}: the audit
    // "before"/"after" of an update, kept small.
    nlohmann::json changedFields(const Product& other) const;
};

} // namespace md::catalog
