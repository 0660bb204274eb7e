#pragma once
// A seller (the company whose products and orders seller users manage).

#include <nlohmann/json.hpp>

#include <string>

namespace md::sellers {

struct SellerRecord {
    long long id = 0;
    std::string name;
    std::string createdAt; // RFC 3339 UTC

    nlohmann::json toJson() const { return {{"id", id}, {"name", name}, {"created_at", createdAt}}; }
};

} // namespace md::sellers
