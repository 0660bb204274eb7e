#include "models/people/UserFilter.h"

namespace md::models {

QUrlQuery UserFilter::toQuery() const
{
    QUrlQuery query;
    const QString text = search.simplified();
    if (!text.isEmpty()) query.addQueryItem(QStringLiteral("q"), text);
    if (role) query.addQueryItem(QStringLiteral("role"), roleCode(*role));
    if (disabled)
        query.addQueryItem(QStringLiteral("disabled"), *disabled ? QStringLiteral("true") : QStringLiteral("false"));
    if (!sortField.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), descending ? QLatin1Char('-') + sortField : sortField);
    return query;
}

} // namespace md::models
