#pragma once
// A catalog product as the contract describes it, its parser, and the request bodies the console
// sends for it (a full body for create, only the changed fields for PATCH).

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace md::models {

enum class ProductStatus { Draft, Active, Archived };

std::optional<ProductStatus> productStatusFromString(const QString& text);
QString productStatusCode(ProductStatus status);
QString productStatusLabel(ProductStatus status); // translated

struct Product {
    qint64 id = 0;
    qint64 sellerId = 0;
    QString sku;
    QString title;
    QString description;
    QString category;
    qint64 priceCents = 0;
    std::optional<qint64> compareAtCents;
    QString currency = QStringLiteral("KRW");
    ProductStatus status = ProductStatus::Draft;
    QJsonObject attributes;
    QStringList images;
    int version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Product&) const = default;
};

std::optional<Product> parseProduct(const QJsonObject& json, QString* error = nullptr);

// The fields a person edits; what the create and edit dialogs produce.
struct ProductDraft {
    std::optional<qint64> sellerId; // admin only: whose catalog a new product goes into
    QString sku;
    QString title;
    QString description;
    QString category;
    qint64 priceCents = 0;
    std::optional<qint64> compareAtCents;
    QString currency = QStringLiteral("KRW");
    ProductStatus status = ProductStatus::Draft;

    static ProductDraft fromProduct(const Product& product);
    bool operator==(const ProductDraft&) const = default;
};

QJsonObject productCreateBody(const ProductDraft& draft);
// Only what differs between `original` and `edited`, so a PATCH does not overwrite fields the
// person did not touch. compare_at_cents cleared in the form is sent as null.
QJsonObject productPatchBody(const ProductDraft& original, const ProductDraft& edited);

} // namespace md::models

Q_DECLARE_METATYPE(md::models::Product)
