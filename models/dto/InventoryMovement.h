#pragma once
// One change of a product's stock: a manual adjustment, a reservation by an order, a restock.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace md::models {

struct InventoryMovement {
    qint64 id = 0;
    int delta = 0;
    int reservedDelta = 0;
    QString reason;
    std::optional<qint64> orderId;
    QString actor; // e-mail of who made it, empty for system changes
    QDateTime createdAt;

    bool operator==(const InventoryMovement&) const = default;
};

std::optional<InventoryMovement> parseInventoryMovement(const QJsonObject& json, QString* error = nullptr);

// The words for a movement's reason: the server's own codes ("order_placed", "stock_count" ...) are
// translated; a reason a person typed is shown as typed.
QString movementReasonLabel(const QString& reason);

} // namespace md::models

Q_DECLARE_METATYPE(md::models::InventoryMovement)
