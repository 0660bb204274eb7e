#pragma once
// What an event of GET /api/v1/events means to the pages: its type and its payload. The server
// wraps each payload as {"id","type","created_at","data":{...}}; `reset` means events were lost
// (the client fell further behind than the server keeps) and everything shown should be reloaded.

#include "models/events/SseParser.h"

#include <QJsonObject>
#include <QString>

namespace md::models {

struct LiveEvent {
    QString type;
    QJsonObject payload;

    bool isReset() const { return type == QLatin1String("reset"); }
    // The order or product the event is about (payload `id`/`order_id`, or `product_id`), 0 if none.
    qint64 orderId() const;
    qint64 productId() const;
};

LiveEvent parseLiveEvent(const SseEvent& event);

} // namespace md::models
