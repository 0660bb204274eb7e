#pragma once
// POST /api/v1/orders/{id}/transitions: the target state and what it needs (a carrier and tracking
// number to ship; a reason is optional). Whether the move is allowed from the order's current state
// is the state machine's question, asked once the order is locked and before the body is judged:
// a forbidden transition is 409 whatever else the body holds (API.md, order of checks).

#include "orders/OrderStatus.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace md::orders {

struct TransitionRequest {
    static constexpr std::size_t kMaxCarrierCharacters = 100;
    static constexpr std::size_t kMaxTrackingCharacters = 100;
    static constexpr std::size_t kMaxReasonCharacters = 500;

    OrderStatus to = OrderStatus::Paid;
    std::optional<std::string> carrier;
    std::optional<std::string> trackingNumber;
    std::optional<std::string> reason;

    // 400 when the body is not an object; 422 for an unknown target (or `placed`/`refunded`, which
    // are never requested), for missing carrier/tracking_number (shipped) and for fields of the
    // wrong type, too long, or unknown.
    static TransitionRequest fromJson(const nlohmann::json& body);
    // The target `to` names, read without judging anything else in the body: nullopt unless the
    // body is an object whose `to` is one of paid, shipped, delivered, cancelled. The state check
    // runs on it before fromJson().
    static std::optional<OrderStatus> requestedTarget(const nlohmann::json& body);
    // What the timeline and the audit log record besides the states.
    nlohmann::json details() const;
};

} // namespace md::orders
