#pragma once
// What the order table asks the server for: statuses, search text, dates and sort, as the query
// parameters of GET /api/v1/orders.

#include "models/dto/Order.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace md::models {

struct OrderFilter {
    QList<OrderStatus> statuses; // empty = every status
    QString search;
    std::optional<qint64> sellerId;
    std::optional<QDate> createdFrom; // inclusive, local calendar day
    std::optional<QDate> createdTo;   // inclusive, local calendar day
    QString sortField;
    bool descending = true; // newest first unless the person sorts otherwise

    QUrlQuery toQuery() const;
    // Whether a new order (arriving live) can be placed into a list of this filter without asking
    // the server: no search text (the server's full-text match cannot be repeated here) and the
    // newest-first order, so the new order goes on top.
    bool placesNewOrdersLocally() const;
    // Whether `order` belongs to the list by status, seller and creation day.
    bool matches(const Order& order) const;
    bool operator==(const OrderFilter&) const = default;
};

} // namespace md::models
