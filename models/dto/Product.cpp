#include "models/dto/Product.h"

#include "models/dto/JsonReader.h"

#include <QCoreApplication>

namespace md::models {

std::optional<ProductStatus> productStatusFromString(const QString& text)
{
    if (text == QLatin1String("draft")) return ProductStatus::Draft;
    if (text == QLatin1String("active")) return ProductStatus::Active;
    if (text == QLatin1String("archived")) return ProductStatus::Archived;
    return std::nullopt;
}

QString productStatusCode(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft:
        return QStringLiteral("draft");
    case ProductStatus::Active:
        return QStringLiteral("active");
    case ProductStatus::Archived:
        return QStringLiteral("archived");
    }
    return QStringLiteral("draft");
}

QString productStatusLabel(ProductStatus status)
{
    switch (status) {
    case ProductStatus::Draft:
        return QCoreApplication::translate("ProductStatus", "Draft");
    case ProductStatus::Active:
        return QCoreApplication::translate("ProductStatus", "Active");
    case ProductStatus::Archived:
        return QCoreApplication::translate("ProductStatus", "Archived");
    }
    return {};
}

std::optional<Product> parseProduct(const QJsonObject& json, QString* error)
{
    JsonReader reader(json, QStringLiteral("product"));
    Product product;
    product.id = reader.requiredInteger("id");
    product.sellerId = reader.requiredInteger("seller_id");
    product.sku = reader.requiredString("sku");
    product.title = reader.requiredString("title");
    product.description = reader.optionalString("description");
    product.category = reader.optionalString("category");
    product.priceCents = reader.requiredInteger("price_cents");
    product.compareAtCents = reader.optionalInteger("compare_at_cents");
    product.currency = reader.optionalString("currency", QStringLiteral("KRW"));
    const QString status = reader.requiredString("status");
    if (auto parsed = productStatusFromString(status))
        product.status = *parsed;
    else if (reader.ok())
        reader.fail("status", QStringLiteral("unknown status '%1'").arg(status));
    product.attributes = reader.optionalObject("attributes");
    product.images = reader.optionalStringList("images");
    product.version = static_cast<int>(reader.requiredInteger("version"));
    product.createdAt = reader.requiredTimestamp("created_at");
    product.updatedAt = reader.requiredTimestamp("updated_at");
    if (!reader.ok()) {
        if (error) *error = reader.error();
        return std::nullopt;
    }
    return product;
}

ProductDraft ProductDraft::fromProduct(const Product& product)
{
    ProductDraft draft;
    draft.sellerId = product.sellerId;
    draft.sku = product.sku;
    draft.title = product.title;
    draft.description = product.description;
    draft.category = product.category;
    draft.priceCents = product.priceCents;
    draft.compareAtCents = product.compareAtCents;
    draft.currency = product.currency;
    draft.status = product.status;
    return draft;
}

QJsonObject productCreateBody(const ProductDraft& draft)
{
    QJsonObject body{
        {QStringLiteral("sku"), draft.sku},
        {QStringLiteral("title"), draft.title},
        {QStringLiteral("description"), draft.description},
        {QStringLiteral("category"), draft.category},
        {QStringLiteral("price_cents"), draft.priceCents},
        {QStringLiteral("currency"), draft.currency},
        {QStringLiteral("status"), productStatusCode(draft.status)},
    };
    if (draft.compareAtCents) body.insert(QStringLiteral("compare_at_cents"), *draft.compareAtCents);
    if (draft.sellerId) body.insert(QStringLiteral("seller_id"), *draft.sellerId);
    return body;
}

QJsonObject productPatchBody(const ProductDraft& original, const ProductDraft& edited)
{
    QJsonObject body;
    if (edited.sku != original.sku) body.insert(QStringLiteral("sku"), edited.sku);
    if (edited.title != original.title) body.insert(QStringLiteral("title"), edited.title);
    if (edited.description != original.description) body.insert(QStringLiteral("description"), edited.description);
    if (edited.category != original.category) body.insert(QStringLiteral("category"), edited.category);
    if (edited.priceCents != original.priceCents) body.insert(QStringLiteral("price_cents"), edited.priceCents);
    if (edited.compareAtCents != original.compareAtCents) {
        body.insert(QStringLiteral("compare_at_cents"),
                    edited.compareAtCents ? QJsonValue(*edited.compareAtCents) : QJsonValue(QJsonValue::Null));
    }
    if (edited.currency != original.currency) body.insert(QStringLiteral("currency"), edited.currency);
    if (edited.status != original.status) body.insert(QStringLiteral("status"), productStatusCode(edited.status));
    return body;
}

} // namespace md::models
