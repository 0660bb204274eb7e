#include "models/catalog/ProductService.h"

#include "models/api/ApiClient.h"

#include <QPointer>

namespace md::models {

ProductService::ProductService(ApiClient* client, QObject* parent) : QObject(parent), m_client(client) {}

QString ProductService::productPath(qint64 productId)
{
    return QStringLiteral("/api/v1/products/%1").arg(productId);
}

ApiCall* ProductService::fetch(qint64 productId, QObject* context, Done done)
{
    return continueParsed<Product>(m_client->get(productPath(productId)), context, &parseProduct, std::move(done));
}

ApiCall* ProductService::create(const ProductDraft& draft, QObject* context, Done done)
{
    return continueParsed<Product>(m_client->postJson(QStringLiteral("/api/v1/products"), productCreateBody(draft)),
                                   context, &parseProduct, std::move(done));
}

ApiCall* ProductService::update(qint64 productId, int version, const ProductDraft& original, const ProductDraft& edited,
                                QObject* context, Done done)
{
    return continueParsed<Product>(
        m_client->patchJson(productPath(productId), productPatchBody(original, edited), version), context,
        &parseProduct, std::move(done));
}

ApiCall* ProductService::archive(qint64 productId, QObject* context, Done done)
{
    ApiCall* call = m_client->deleteResource(productPath(productId));
    QPointer<ProductService> self(this);
    QObject::connect(call, &ApiCall::finished, context,
                     [self, productId, context, done = std::move(done)](const ApiResult& result) {
                         if (result.error) {
                             done(ApiOutcome<Product>{std::nullopt, result.error, std::nullopt});
                             return;
                         }
                         QString parseError;
                         if (auto product = parseProduct(result.object(), &parseError)) {
                             done(ApiOutcome<Product>{product, std::nullopt, product->version});
                             return;
                         }
                         // 204 No Content: read the archived product back.
                         if (self) self->fetch(productId, context, done);
                     });
    return call;
}

} // namespace md::models
