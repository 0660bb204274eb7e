#pragma once
// An order as the order list shows it, the order state machine of API.md, and which actions a
// person may take on an order in a given state.

#include "models/session/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace md::models {

enum class OrderStatus { Placed, Paid, Shipped, Delivered, Cancelled, Refunded };

std::optional<OrderStatus> orderStatusFromString(const QString& text);
QString orderStatusCode(OrderStatus status);
QString orderStatusLabel(OrderStatus status); // translated
QList<OrderStatus> allOrderStatuses();

// What can be done to an order from the console; each maps to one API call.
enum class OrderAction { MarkPaid, Ship, MarkDelivered, Cancel, Refund, AddNote };

// The actions the state machine and the role permit, in the order the UI offers them (recording a
// payment only for roles with Capability::RecordPayments).
// `refundableCents` is what remains to refund (total - refunded).
QList<OrderAction> availableOrderActions(OrderStatus status, Role role, qint64 refundableCents);
// The `to` state of POST /orders/{id}/transitions for a transition action.
std::optional<OrderStatus> transitionTarget(OrderAction action);

struct Order {
    qint64 id = 0;
    QString number;
    qint64 sellerId = 0;
    QString customerEmail;
    // The server withheld the customer's e-mail and address from this role (operators): show
    // "hidden", not "none".
    bool personalDataRedacted = false;
    OrderStatus status = OrderStatus::Placed;
    QString currency = QStringLiteral("KRW");
    qint64 subtotalCents = 0;
    qint64 totalCents = 0;
    qint64 refundedCents = 0;
    int itemCount = 0; // units over all lines (item_count), or the number of lines when absent
    QJsonObject shippingAddress;
    QString carrier;
    QString trackingNumber;
    QString cancelReason;
    int version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    qint64 refundableCents() const { return std::max<qint64>(0, totalCents - refundedCents); }
    bool operator==(const Order&) const = default;
};

std::optional<Order> parseOrder(const QJsonObject& json, QString* error = nullptr);

} // namespace md::models

Q_DECLARE_METATYPE(md::models::Order)
