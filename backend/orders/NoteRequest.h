#pragma once
// POST /api/v1/orders/{id}/notes: an internal note on the order's timeline (staff and the seller see
// it; the customer does not).

#include <nlohmann/json.hpp>

#include <string>

namespace md::orders {

struct NoteRequest {
    static constexpr std::size_t kMaxBodyCharacters = 5000;

    std::string body;

    // 400 when the body is not an object; 422 unless body is 1 to 5000 characters.
    static NoteRequest fromJson(const nlohmann::json& json);
};

} // namespace md::orders
