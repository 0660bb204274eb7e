#include "models/dto/Seller.h"

#include "models/dto/JsonReader.h"

namespace md::models {

std::optional<Seller> parseSeller(const QJsonObject& json, QString* error)
{
    JsonReader reader(json, QStringLiteral("seller"));
    Seller seller;
    seller.id = reader.requiredInteger("id");
    seller.name = reader.requiredString("name");
    seller.createdAt = reader.requiredTimestamp("created_at");
    if (!reader.ok()) {
        if (error) *error = reader.error();
        return std::nullopt;
    }
    return seller;
}

QJsonObject sellerCreateBody(const QString& name)
{
    return {{QStringLiteral("name"), name.trimmed()}};
}

} // namespace md::models
