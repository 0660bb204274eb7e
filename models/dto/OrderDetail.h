#pragma once
// One order with everything the detail pane shows (GET /api/v1/orders/{id}): its lines, the
// timeline, the notes and the refunds. The parts are small value types that only exist inside an
// OrderDetail, so they live here with it.

#include "models/dto/Order.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace md::models {

struct OrderLine {
    qint64 productId = 0;
    QString sku;
    QString title;
    qint64 unitPriceCents = 0;
    int quantity = 0;
    int restockedQuantity = 0;

    qint64 lineTotalCents() const { return unitPriceCents * quantity; }
    bool operator==(const OrderLine&) const = default;
};

struct OrderTimelineEntry {
    QString type; // "created", "transition", "refund", "note" ...
    std::optional<OrderStatus> fromStatus;
    std::optional<OrderStatus> toStatus;
    QString actor;
    QJsonObject data;
    QDateTime createdAt;

    bool operator==(const OrderTimelineEntry&) const = default;
};

struct OrderNote {
    qint64 id = 0;
    QString author;
    QString body;
    QDateTime createdAt;

    bool operator==(const OrderNote&) const = default;
};

struct OrderRefund {
    qint64 id = 0;
    qint64 amountCents = 0;
    QString reason;
    QString actor;
    QDateTime createdAt;

    bool operator==(const OrderRefund&) const = default;
};

struct OrderDetail {
    Order order;
    QList<OrderLine> lines;
    QList<OrderTimelineEntry> timeline;
    QList<OrderNote> notes;
    QList<OrderRefund> refunds;

    bool operator==(const OrderDetail&) const = default;
};

std::optional<OrderDetail> parseOrderDetail(const QJsonObject& json, QString* error = nullptr);

// One line of an address block, in the order a Korean label prints it (postal code first), built
// from whichever of the usual keys the address object has.
QStringList formatShippingAddress(const QJsonObject& address);

} // namespace md::models

Q_DECLARE_METATYPE(md::models::OrderDetail)
