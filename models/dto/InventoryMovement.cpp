#include "models/dto/InventoryMovement.h"

#include "models/dto/JsonReader.h"

#include <QCoreApplication>

namespace md::models {

std::optional<InventoryMovement> parseInventoryMovement(const QJsonObject& json, QString* error)
{
    JsonReader reader(json, QStringLiteral("movement"));
    InventoryMovement movement;
    movement.id = reader.optionalInteger("id").value_or(0);
    movement.delta = static_cast<int>(reader.requiredInteger("delta"));
    movement.reservedDelta = static_cast<int>(reader.optionalInteger("reserved_delta").value_or(0));
    movement.reason = reader.optionalString("reason");
    movement.orderId = reader.optionalInteger("order_id");
    // The contract names the field `actor`; it may be an e-mail string or an object with one.
    const QJsonValue actor = json.value(QLatin1String("actor"));
    if (actor.isObject())
        movement.actor = actor.toObject().value(QLatin1String("email")).toString();
    else
        movement.actor = reader.optionalString("actor");
    movement.createdAt = reader.requiredTimestamp("created_at");
    if (!reader.ok()) {
        if (error) *error = reader.error();
        return std::nullopt;
    }
    return movement;
}

QString movementReasonLabel(const QString& reason)
{
    QString code = reason.trimmed().toLower();
    code.replace(QLatin1Char(' '), QLatin1Char('_'));
    struct Label {
        const char* code;
        const char* text;
    };
    static constexpr Label labels[] = {
        {"order_placed", QT_TRANSLATE_NOOP("MovementReason", "Reserved for an order")},
        {"order_shipped", QT_TRANSLATE_NOOP("MovementReason", "Shipped with an order")},
        {"order_cancelled", QT_TRANSLATE_NOOP("MovementReason", "Order cancelled, reservation released")},
        {"order_refunded", QT_TRANSLATE_NOOP("MovementReason", "Order refunded")},
        {"refund_restock", QT_TRANSLATE_NOOP("MovementReason", "Returned to stock with a refund")},
        {"stock_count", QT_TRANSLATE_NOOP("MovementReason", "Stock count correction")},
        {"initial_stock", QT_TRANSLATE_NOOP("MovementReason", "Initial stock")},
        {"adjustment", QT_TRANSLATE_NOOP("MovementReason", "Manual adjustment")},
    };
    for (const Label& label : labels)
        if (code == QLatin1String(label.code)) return QCoreApplication::translate("MovementReason", label.text);
    return reason;
}

} // namespace md::models
