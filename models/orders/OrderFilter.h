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
    bool operator==(const OrderFilter&) const = default;
};

} // namespace md::models
