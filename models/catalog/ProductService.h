#pragma once
// Reads and changes single products: GET/POST/PATCH/DELETE /api/v1/products. Each method returns
// the ApiCall (abort() it to cancel) and calls `done` in `context` with the server's copy.

#include "models/api/ApiOutcome.h"
#include "models/dto/Product.h"

#include <QObject>

namespace md::models {

class ApiClient;

class ProductService : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(ApiOutcome<Product>)>;

    explicit ProductService(ApiClient* client, QObject* parent = nullptr);

    ApiCall* fetch(qint64 productId, QObject* context, Done done);
    ApiCall* create(const ProductDraft& draft, QObject* context, Done done);
    // PATCH with If-Match: `version`; only fields that differ between the drafts are sent.
    // A 412 means someone else saved first; the caller offers reload or overwrite.
    ApiCall* update(qint64 productId, int version, const ProductDraft& original, const ProductDraft& edited,
                    QObject* context, Done done);
    // Archives (DELETE keeps ordered products, API.md); `done` receives the archived product when
    // the server returns it, otherwise it refetches.
    ApiCall* archive(qint64 productId, QObject* context, Done done);

    static QString productPath(qint64 productId);

private:
    ApiClient* m_client;
};

} // namespace md::models
