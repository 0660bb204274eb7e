#include "models/paging/PageEnvelope.h"

namespace md::models {

std::optional<PageEnvelope> parsePageEnvelope(const QJsonObject& json, QString* error)
{
    const QJsonValue items = json.value(QLatin1String("items"));
    if (!items.isArray()) {
        if (error) *error = QStringLiteral("list answer: `items` is missing or not an array");
        return std::nullopt;
    }
    PageEnvelope envelope;
    envelope.items = items.toArray();
    const QJsonValue cursor = json.value(QLatin1String("next_cursor"));
    if (cursor.isString()) {
        envelope.nextCursor = cursor.toString();
    } else if (!cursor.isNull() && !cursor.isUndefined()) {
        if (error) *error = QStringLiteral("list answer: `next_cursor` is neither a string nor null");
        return std::nullopt;
    }
    return envelope;
}

} // namespace md::models
