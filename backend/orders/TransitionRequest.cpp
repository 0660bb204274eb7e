#include "orders/TransitionRequest.h"

#include "core/JsonFields.h"
#include "orders/OrderStateMachine.h"

namespace md::orders {

namespace {

// `placed` is where orders start and `refunded` comes from refunds: neither is ever requested.
bool isRequestable(OrderStatus status)
{
    return status != OrderStatus::Placed && status != OrderStatus::Refunded;
}

} // namespace

std::optional<OrderStatus> TransitionRequest::requestedTarget(const nlohmann::json& body)
{
    if (!body.is_object()) return std::nullopt;
    auto to = body.find("to");
    if (to == body.end() || !to->is_string()) return std::nullopt;
    auto status = orderStatusFromString(to->get<std::string>());
    if (!status || !isRequestable(*status)) return std::nullopt;
    return status;
}

TransitionRequest TransitionRequest::fromJson(const nlohmann::json& body)
{
    JsonFields fields(body);
    fields.rejectUnknown({"to", "carrier", "tracking_number", "reason"});
    TransitionRequest request;

    // A plain status plus a flag rather than std::optional: GCC 12 reports a false
    // -Wmaybe-uninitialized on optional<enum> here at -O2.
    OrderStatus to = OrderStatus::Placed;
    bool hasTo = false;
    if (auto text = fields.text("to", true, 1, 32)) {
        const auto parsed = orderStatusFromString(*text);
        if (!parsed || !isRequestable(*parsed)) {
            fields.reject("to", "must be one of paid, shipped, delivered, cancelled (refunds go through "
                                "/api/v1/orders/{id}/refunds)");
        } else {
            to = *parsed;
            hasTo = true;
        }
    }
    request.carrier = fields.text("carrier", false, 1, kMaxCarrierCharacters);
    request.trackingNumber = fields.text("tracking_number", false, 1, kMaxTrackingCharacters);
    request.reason = fields.text("reason", false, 1, kMaxReasonCharacters);
    if (hasTo && OrderStateMachine::requiresShipment(to)) {
        if (!fields.has("carrier")) fields.reject("carrier", "is required to ship an order");
        if (!fields.has("tracking_number")) fields.reject("tracking_number", "is required to ship an order");
    }
    fields.throwIfInvalid();
    request.to = to; // a missing or invalid "to" was rejected, so throwIfInvalid threw
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
