#pragma once
// Creates and reads single sellers: POST and GET /api/v1/sellers. `done` runs in `context` with the
// server's copy; a 422 carries details.fields ("name").

#include "models/api/ApiOutcome.h"
#include "models/dto/Seller.h"

#include <QObject>

namespace md::models {

class ApiClient;

class SellerService : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(ApiOutcome<Seller>)>;

    explicit SellerService(ApiClient* client, QObject* parent = nullptr);

    ApiCall* fetch(qint64 sellerId, QObject* context, Done done);
    ApiCall* create(const QString& name, QObject* context, Done done);

private:
    ApiClient* m_client;
};

} // namespace md::models
