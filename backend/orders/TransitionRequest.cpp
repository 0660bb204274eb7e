#include "orders/TransitionRequest.h"

#include "inventory/JsonFields.h"
#include "orders/OrderStateMachine.h"

namespace md::orders {

TransitionRequest TransitionRequest::fromJson(const nlohmann::json& body)
{
    using inventory::JsonFields;
    JsonFields::requireObject(body);
    nlohmann::json errors = nlohmann::json::object();
    JsonFields fields(body, errors);
    TransitionRequest request;

    std::optional<OrderStatus> to;
    if (auto text = fields.text("to", true, 1, 32)) {
        to = orderStatusFromString(*text);
        if (!to || *to == OrderStatus::Placed || *to == OrderStatus::Refunded) {
            fields.reject("to", "must be one of paid, shipped, delivered, cancelled (refunds go through "
                                "/api/v1/orders/{id}/refunds)");
            to.reset();
        }
    }
    request.carrier = fields.text("carrier", false, 1, kMaxCarrierCharacters);
    request.trackingNumber = fields.text("tracking_number", false, 1, kMaxTrackingCharacters);
    request.reason = fields.text("reason", false, 1, kMaxReasonCharacters);
    if (to && OrderStateMachine::requiresShipment(*to)) {
        if (!fields.has("carrier")) fields.reject("carrier", "is required to ship an order");
        if (!fields.has("tracking_number")) fields.reject("tracking_number", "is required to ship an order");
    }
    if (to && OrderStateMachine::requiresReason(*to) && !fields.has("reason"))
        fields.reject("reason", "is required to cancel an order");
    for (const auto& [name, value] : body.items()) {
        if (name != "to" && name != "carrier" && name != "tracking_number" && name != "reason")
            fields.reject(name, "is not a field of a transition");
    }
    JsonFields::throwIfAny(errors);
    request.to = *to;
    if (!OrderStateMachine::requiresShipment(request.to)) {
        // Only shipping records a carrier; ignoring them elsewhere beats storing misleading data.
        request.carrier.reset();
        request.trackingNumber.reset();
    }
    return request;
}

nlohmann::json TransitionRequest::details() const
{
    nlohmann::json details = nlohmann::json::object();
    if (carrier) details["carrier"] = *carrier;
    if (trackingNumber) details["tracking_number"] = *trackingNumber;
    if (reason) details["reason"] = *reason;
    return details;
}

} // namespace md::orders
