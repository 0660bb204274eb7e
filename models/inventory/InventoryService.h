#pragma once
// Stock changes and history: POST /api/v1/inventory/{product_id}/adjustments and
// GET .../movements.

#include "models/api/ApiOutcome.h"
#include "models/dto/InventoryItem.h"
#include "models/dto/InventoryMovement.h"

#include <QList>
#include <QObject>

namespace md::models {

class ApiClient;

class InventoryService : public QObject {
    Q_OBJECT
public:
    explicit InventoryService(ApiClient* client, QObject* parent = nullptr);

    // A delta that would leave on_hand below reserved answers 409.
    ApiCall* adjust(qint64 productId, int delta, const QString& reason, QObject* context,
                    std::function<void(ApiOutcome<InventoryItem>)> done);
    // The most recent movements first, `limit` of them.
    ApiCall* movements(qint64 productId, int limit, QObject* context,
                       std::function<void(ApiOutcome<QList<InventoryMovement>>)> done);

private:
    ApiClient* m_client;
};

} // namespace md::models
