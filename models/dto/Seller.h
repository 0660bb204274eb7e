#pragma once
// A seller (the shop whose catalog and orders seller users manage) as GET/POST /api/v1/sellers
// answer it, its parser and the create body.

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace md::models {

struct Seller {
    qint64 id = 0;
    QString name;
    QDateTime createdAt;

    bool operator==(const Seller&) const = default;
};

std::optional<Seller> parseSeller(const QJsonObject& json, QString* error = nullptr);
QJsonObject sellerCreateBody(const QString& name);

} // namespace md::models

Q_DECLARE_METATYPE(md::models::Seller)
