#include "models/dto/Order.h"

#include "models/dto/JsonReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace md::models {

std::optional<OrderStatus> orderStatusFromString(const QString& text)
{
    if (text == QLatin1String("placed")) return OrderStatus::Placed;
    if (text == QLatin1String("paid")) return OrderStatus::Paid;
    if (text == QLatin1String("shipped")) return OrderStatus::Shipped;
    if (text == QLatin1String("delivered")) return OrderStatus::Delivered;
    if (text == QLatin1String("cancelled")) return OrderStatus::Cancelled;
    if (text == QLatin1String("refunded")) return OrderStatus::Refunded;
    return std::nullopt;
}

QString orderStatusCode(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Placed:
        return QStringLiteral("placed");
    case OrderStatus::Paid:
        return QStringLiteral("paid");
    case OrderStatus::Shipped:
        return QStringLiteral("shipped");
    case OrderStatus::Delivered:
        return QStringLiteral("delivered");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OrderStatus::Refunded:
        return QStringLiteral("refunded");
    }
    return QStringLiteral("placed");
}

QString orderStatusLabel(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Placed:
        return QCoreApplication::translate("OrderStatus", "Placed");
    case OrderStatus::Paid:
        return QCoreApplication::translate("OrderStatus", "Paid");
    case OrderStatus::Shipped:
        return QCoreApplication::translate("OrderStatus", "Shipped");
    case OrderStatus::Delivered:
        return QCoreApplication::translate("OrderStatus", "Delivered");
    case OrderStatus::Cancelled:
        return QCoreApplication::translate("OrderStatus", "Cancelled");
    case OrderStatus::Refunded:
        return QCoreApplication::translate("OrderStatus", "Refunded");
    }
    return {};
}

QList<OrderStatus> allOrderStatuses()
{
    return {OrderStatus::Placed,    OrderStatus::Paid,      OrderStatus::Shipped,
            OrderStatus::Delivered, OrderStatus::Cancelled, OrderStatus::Refunded};
}

QList<OrderAction> availableOrderActions(OrderStatus status, Role role, qint64 refundableCents)
{
    QList<OrderAction> actions;
    if (roleAllows(role, Capability::ManageOrders)) {
        switch (status) {
        case OrderStatus::Placed:
            if (roleAllows(role, Capability::RecordPayments)) actions << OrderAction::MarkPaid;
            actions << OrderAction::Cancel;
            break;
        case OrderStatus::Paid:
            actions << OrderAction::Ship << OrderAction::Cancel;
            break;
        case OrderStatus::Shipped:
            actions << OrderAction::MarkDelivered;
            break;
        case OrderStatus::Delivered:
        case OrderStatus::Cancelled:
        case OrderStatus::Refunded:
            break;
        }
        const bool paidOnce =
            status == OrderStatus::Paid || status == OrderStatus::Shipped || status == OrderStatus::Delivered;
        if (paidOnce && refundableCents > 0) actions << OrderAction::Refund;
    }
    if (roleAllows(role, Capability::AddOrderNotes)) actions << OrderAction::AddNote;
    return actions;
}

std::optional<OrderStatus> transitionTarget(OrderAction action)
{
    switch (action) {
    case OrderAction::MarkPaid:
        return OrderStatus::Paid;
    case OrderAction::Ship:
        return OrderStatus::Shipped;
    case OrderAction::MarkDelivered:
        return OrderStatus::Delivered;
    case OrderAction::Cancel:
        return OrderStatus::Cancelled;
    case OrderAction::Refund:
    case OrderAction::AddNote:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Order> parseOrder(const QJsonObject& json, QString* error)
{
    JsonReader reader(json, QStringLiteral("order"));
    Order order;
    order.id = reader.requiredInteger("id");
    order.number = reader.requiredString("number");
    order.sellerId = reader.optionalInteger("seller_id").value_or(0);
    order.customerEmail = reader.optionalString("customer_email");
    order.personalDataRedacted = reader.optionalBool("personal_data_redacted", false);
    const QString status = reader.requiredString("status");
    if (auto parsed = orderStatusFromString(status))
        order.status = *parsed;
    else if (reader.ok())
        reader.fail("status", QStringLiteral("unknown status '%1'").arg(status));
    order.currency = reader.optionalString("currency", QStringLiteral("KRW"));
    order.subtotalCents = reader.optionalInteger("subtotal_cents").value_or(0);
    order.totalCents = reader.requiredInteger("total_cents");
    order.refundedCents = reader.optionalInteger("refunded_cents").value_or(0);
    if (auto count = reader.optionalInteger("item_count"))
        order.itemCount = static_cast<int>(*count);
    else
        order.itemCount = static_cast<int>(json.value(QLatin1String("items")).toArray().size());
    order.shippingAddress = reader.optionalObject("shipping_address");
    order.carrier = reader.optionalString("carrier");
    order.trackingNumber = reader.optionalString("tracking_number");
    order.cancelReason = reader.optionalString("cancel_reason");
    order.version = static_cast<int>(reader.optionalInteger("version").value_or(0));
    order.createdAt = reader.requiredTimestamp("created_at");
    order.updatedAt = reader.optionalTimestamp("updated_at").value_or(order.createdAt);
    if (!reader.ok()) {
        if (error) *error = reader.error();
        return std::nullopt;
    }
    return order;
}

} // namespace md::models
