#include "models/dto/User.h"

#include "models/dto/JsonReader.h"

namespace md::models {

std::optional<User> parseUser(const QJsonObject& json, QString* error)
{
    JsonReader reader(json, QStringLiteral("user"));
    User user;
    user.id = reader.requiredInteger("id");
    user.email = reader.requiredString("email");
    const QString role = reader.requiredString("role");
    if (auto parsed = roleFromString(role))
        user.role = *parsed;
    else if (reader.ok())
        reader.fail("role", QStringLiteral("unknown role '%1'").arg(role));
    user.sellerId = reader.optionalInteger("seller_id");
    user.displayName = reader.optionalString("display_name");
    if (!reader.ok()) {
        if (error) *error = reader.error();
        return std::nullopt;
    }
    return user;
}

} // namespace md::models
