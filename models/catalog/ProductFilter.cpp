#include "models/catalog/ProductFilter.h"

namespace md::models {

QUrlQuery ProductFilter::toQuery() const
{
    QUrlQuery query;
    const QString text = search.simplified();
    if (!text.isEmpty()) query.addQueryItem(QStringLiteral("q"), text);
    if (status) query.addQueryItem(QStringLiteral("status"), productStatusCode(*status));
    if (!category.trimmed().isEmpty()) query.addQueryItem(QStringLiteral("category"), category.trimmed());
    if (sellerId) query.addQueryItem(QStringLiteral("seller_id"), QString::number(*sellerId));
    if (!sortField.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), descending ? QLatin1Char('-') + sortField : sortField);
    return query;
}

} // namespace md::models
