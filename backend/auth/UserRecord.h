#pragma once
// A user as the API shows it (never with the password hash), plus what token issuing needs.

#include "core/Principal.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace md::auth {

struct UserRecord {
    long long id = 0;
    std::string email;
    Role role = Role::Customer;
    std::optional<long long> sellerId;
    std::optional<std::string> sellerName; // the seller's name, for lists that show it (not in Me)
    std::string displayName;
    bool disabled = false;
    long long tokenVersion = 1;
    long long version = 1;
    std::string createdAt; // RFC 3339 UTC
    std::string updatedAt;

    // The User resource: id, email, role, seller_id, seller_name, display_name, disabled, version,
    // timestamps.
    nlohmann::json toJson() const;
    // The Me resource (GET /me and the "user" of a token answer).
    nlohmann::json toMeJson() const;
};

} // namespace md::auth
