#include "models/inventory/InventoryService.h"

#include "models/api/ApiClient.h"
#include "models/paging/PageEnvelope.h"

namespace md::models {

InventoryService::InventoryService(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

ApiCall* InventoryService::adjust(qint64 productId, int delta, const QString& reason, QObject* context,
                                  std::function<void(ApiOutcome<InventoryItem>)> done)
{
    const QJsonObject body{{QStringLiteral("delta"), delta}, {QStringLiteral("reason"), reason}};
    ApiCall* call = m_client->postJson(QStringLiteral("/api/v1/inventory/%1/adjustments").arg(productId), body);
    return continueParsed<InventoryItem>(call, context, &parseInventoryItem, std::move(done));
}

ApiCall* InventoryService::movements(qint64 productId, int limit, QObject* context,
                                     std::function<void(ApiOutcome<QList<InventoryMovement>>)> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    ApiCall* call = m_client->get(QStringLiteral("/api/v1/inventory/%1/movements").arg(productId), query);
    auto parse = [](const QJsonObject& json, QString* error) -> std::optional<QList<InventoryMovement>> {
        auto envelope = parsePageEnvelope(json, error);
        if (!envelope) return std::nullopt;
        return parseItems<InventoryMovement>(envelope->items, &parseInventoryMovement, error);
    };
    return continueParsed<QList<InventoryMovement>>(call, context, parse, std::move(done));
}

} // namespace md::models
