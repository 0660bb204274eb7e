#include "models/events/LiveEvent.h"

#include <QJsonDocument>

namespace md::models {

LiveEvent parseLiveEvent(const SseEvent& event)
{
    LiveEvent live;
    live.type = event.type;
    const QJsonObject envelope = QJsonDocument::fromJson(event.data.toUtf8()).object();
    const QJsonValue data = envelope.value(QLatin1String("data"));
    live.payload = data.isObject() ? data.toObject() : envelope;
    if (live.type == QLatin1String("message")) live.type = envelope.value(QLatin1String("type")).toString(live.type);
    return live;
}

qint64 LiveEvent::orderId() const
{
    if (!type.startsWith(QLatin1String("order."))) return 0;
    const qint64 explicitId = payload.value(QLatin1String("order_id")).toInteger();
    return explicitId > 0 ? explicitId : payload.value(QLatin1String("id")).toInteger();
}

qint64 LiveEvent::productId() const
{
    return payload.value(QLatin1String("product_id")).toInteger();
}

} // namespace md::models
