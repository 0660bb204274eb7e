#include "models/orders/OrderFilter.h"

#include <QDateTime>
#include <QTimeZone>

namespace md::models {

QUrlQuery OrderFilter::toQuery() const
{
    QUrlQuery query;
    if (!statuses.isEmpty()) {
        QStringList codes;
        for (OrderStatus status : allOrderStatuses()) // canonical order keeps the query stable
            if (statuses.contains(status)) codes.append(orderStatusCode(status));
        query.addQueryItem(QStringLiteral("status"), codes.join(QLatin1Char(',')));
    }
    const QString text = search.simplified();
    if (!text.isEmpty()) query.addQueryItem(QStringLiteral("q"), text);
    if (sellerId) query.addQueryItem(QStringLiteral("seller_id"), QString::number(*sellerId));
    // Calendar days are the person's local days; the server speaks UTC instants.
    if (createdFrom)
        query.addQueryItem(QStringLiteral("created_from"), createdFrom->startOfDay().toUTC().toString(Qt::ISODate));
    if (createdTo)
        query.addQueryItem(QStringLiteral("created_to"),
                           createdTo->addDays(1).startOfDay().toUTC().toString(Qt::ISODate));
    if (!sortField.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), descending ? QLatin1Char('-') + sortField : sortField);
    return query;
}

bool OrderFilter::placesNewOrdersLocally() const
{
    return search.simplified().isEmpty() && descending &&
           (sortField.isEmpty() || sortField == QLatin1String("created_at"));
}

bool OrderFilter::matches(const Order& order) const
{
    if (!statuses.isEmpty() && !statuses.contains(order.status)) return false;
    if (sellerId && *sellerId != order.sellerId) return false;
    const QDate day = order.createdAt.toLocalTime().date();
    if (createdFrom && day < *createdFrom) return false;
    if (createdTo && day > *createdTo) return false;
    return true;
}

} // namespace md::models
