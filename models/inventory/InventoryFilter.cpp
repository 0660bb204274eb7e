#include "models/inventory/InventoryFilter.h"

namespace md::models {

QUrlQuery InventoryFilter::toQuery() const
{
    QUrlQuery query;
    if (lowStockOnly) query.addQueryItem(QStringLiteral("low_stock"), QStringLiteral("true"));
    const QString text = search.simplified();
    if (!text.isEmpty()) query.addQueryItem(QStringLiteral("q"), text);
    if (sellerId) query.addQueryItem(QStringLiteral("seller_id"), QString::number(*sellerId));
    if (!sortField.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), descending ? QLatin1Char('-') + sortField : sortField);
    return query;
}

} // namespace md::models
