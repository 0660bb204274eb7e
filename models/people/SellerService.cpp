#include "models/people/SellerService.h"

#include "models/api/ApiClient.h"

namespace md::models {

SellerService::SellerService(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

ApiCall* SellerService::fetch(qint64 sellerId, QObject* context, Done done)
{
    return continueParsed<Seller>(m_client->get(QStringLiteral("/api/v1/sellers/%1").arg(sellerId)), context,
                                  &parseSeller, std::move(done));
}

ApiCall* SellerService::create(const QString& name, QObject* context, Done done)
{
    return continueParsed<Seller>(m_client->postJson(QStringLiteral("/api/v1/sellers"), sellerCreateBody(name)),
                                  context, &parseSeller, std::move(done));
}

} // namespace md::models
