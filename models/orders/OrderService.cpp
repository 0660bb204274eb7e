#include "models/orders/OrderService.h"

#include "models/api/ApiClient.h"

#include <QJsonArray>
#include <QPointer>

namespace md::models {

OrderService::OrderService(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

QString OrderService::orderPath(qint64 orderId)
{
    return QStringLiteral("/api/v1/orders/%1").arg(orderId);
}

ApiCall* OrderService::fetch(qint64 orderId, QObject* context, Done done)
{
    return continueParsed<OrderDetail>(m_client->get(orderPath(orderId)), context, &parseOrderDetail, std::move(done));
}

ApiCall* OrderService::transition(qint64 orderId, OrderStatus to, const QString& reason,
                                  const std::optional<ShipmentInfo>& shipment, QObject* context, Done done)
{
    QJsonObject body{{QStringLiteral("to"), orderStatusCode(to)}};
    if (!reason.trimmed().isEmpty()) body.insert(QStringLiteral("reason"), reason.trimmed());
    if (shipment) {
        body.insert(QStringLiteral("carrier"), shipment->carrier.trimmed());
        body.insert(QStringLiteral("tracking_number"), shipment->trackingNumber.trimmed());
    }
    return thenDetail(m_client->postJson(orderPath(orderId) + QStringLiteral("/transitions"), body), orderId, context,
                      std::move(done));
}

ApiCall* OrderService::refund(qint64 orderId, qint64 amountCents, const QString& reason,
                              const QList<RestockLine>& restock, const QByteArray& idempotencyKey, QObject* context,
                              Done done)
{
    QJsonObject body{{QStringLiteral("amount_cents"), amountCents}, {QStringLiteral("reason"), reason.trimmed()}};
    QJsonArray lines;
    for (const RestockLine& line : restock)
        if (line.quantity > 0)
            lines.append(QJsonObject{{QStringLiteral("product_id"), line.productId},
                                     {QStringLiteral("quantity"), line.quantity}});
    if (!lines.isEmpty()) body.insert(QStringLiteral("restock"), lines);
    return thenDetail(m_client->postJson(orderPath(orderId) + QStringLiteral("/refunds"), body, idempotencyKey),
                      orderId, context, std::move(done));
}

ApiCall* OrderService::addNote(qint64 orderId, const QString& text, QObject* context, Done done)
{
    const QJsonObject body{{QStringLiteral("body"), text.trimmed()}};
    return thenDetail(m_client->postJson(orderPath(orderId) + QStringLiteral("/notes"), body), orderId, context,
                      std::move(done));
}

ApiCall* OrderService::thenDetail(ApiCall* call, qint64 orderId, QObject* context, Done done)
{
    QPointer<OrderService> self(this);
    QObject::connect(call, &ApiCall::finished, context,
                     [self, orderId, context, done = std::move(done)](const ApiResult& result) {
                         if (result.error) {
                             done(ApiOutcome<OrderDetail>{std::nullopt, result.error, std::nullopt});
                             return;
                         }
                         // A full order (with its items) is the detail; anything else means read it back.
                         const QJsonObject json = result.object();
                         if (json.contains(QLatin1String("items")) && json.contains(QLatin1String("number"))) {
                             QString parseError;
                             if (auto detail = parseOrderDetail(json, &parseError)) {
                                 done(ApiOutcome<OrderDetail>{detail, std::nullopt, std::nullopt});
                                 return;
                             }
                         }
                         if (self) self->fetch(orderId, context, done);
                     });
    return call;
}

} // namespace md::models
