#pragma once
// A product's stock level (GET /api/v1/inventory) and one entry of its movement history.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace md::models {

struct InventoryItem {
    qint64 productId = 0;
    QString sku;
    QString title;
    int onHand = 0;
    int reserved = 0;
    int available = 0;
    int lowStockThreshold = 0;
    int version = 0;

    bool isLowStock() const { return available <= lowStockThreshold; }
    bool operator==(const InventoryItem&) const = default;
};

std::optional<InventoryItem> parseInventoryItem(const QJsonObject& json, QString* error = nullptr);

} // namespace md::models

Q_DECLARE_METATYPE(md::models::InventoryItem)
