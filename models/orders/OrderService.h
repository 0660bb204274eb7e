#pragma once
// One order's detail and what can be done to it: GET /api/v1/orders/{id}, transitions, refunds
// and notes. Every mutation answers with (or is followed by a read of) the updated detail, so the
// pane always shows the server's state after an action.

#include "models/api/ApiOutcome.h"
#include "models/dto/OrderDetail.h"

#include <QObject>

namespace md::models {

class ApiClient;

// Units of one line that go back on the shelf with a refund.
struct RestockLine {
    qint64 productId = 0;
    int quantity = 0;
};

struct ShipmentInfo {
    QString carrier;
    QString trackingNumber;
};

class OrderService : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(ApiOutcome<OrderDetail>)>;

    explicit OrderService(ApiClient* client, QObject* parent = nullptr);

    ApiCall* fetch(qint64 orderId, QObject* context, Done done);
    // `reason` is sent for cancellations; `shipment` is required for the move to shipped.
    ApiCall* transition(qint64 orderId, OrderStatus to, const QString& reason,
                        const std::optional<ShipmentInfo>& shipment, QObject* context, Done done);
    // Refunds are POSTed with an Idempotency-Key so a retry after a lost answer cannot pay twice.
    ApiCall* refund(qint64 orderId, qint64 amountCents, const QString& reason, const QByteArray& idempotencyKey,
                    QObject* context, Done done)
    {
        return refund(orderId, amountCents, reason, {}, idempotencyKey, context, std::move(done));
    }
    // `restock` lists the units returned to stock (may be empty).
    ApiCall* refund(qint64 orderId, qint64 amountCents, const QString& reason, const QList<RestockLine>& restock,
                    const QByteArray& idempotencyKey, QObject* context, Done done);
    ApiCall* addNote(qint64 orderId, const QString& body, QObject* context, Done done);

    static QString orderPath(qint64 orderId);

private:
    // Completes a mutation: uses the detail when the answer is one, otherwise reads it.
    ApiCall* thenDetail(ApiCall* call, qint64 orderId, QObject* context, Done done);

    ApiClient* m_client;
};

} // namespace md::models
