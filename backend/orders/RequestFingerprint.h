#pragma once
// What makes two requests "the same" for Idempotency-Key: method, path and the body as canonical
// JSON (keys sorted, no insignificant white space), hashed with SHA-256. Two bodies that differ only
// in key order or spacing are the same request.

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace md::orders {

class RequestFingerprint {
public:
    // Lower-case hex SHA-256.
    static std::string of(std::string_view method, std::string_view path, const nlohmann::json& body);
};

} // namespace md::orders
