#include "auth/UserRecord.h"

namespace md::auth {

nlohmann::json UserRecord::toMeJson() const
{
    return {{"id", id},
            {"email", email},
            {"role", std::string(toString(role))},
            {"seller_id", sellerId ? nlohmann::json(*sellerId) : nlohmann::json(nullptr)},
            {"display_name", displayName}};
}

nlohmann::json UserRecord::toJson() const
{
    nlohmann::json json = toMeJson();
    json["seller_name"] = sellerName ? nlohmann::json(*sellerName) : nlohmann::json(nullptr);
    json["disabled"] = disabled;
    json["version"] = version;
    json["created_at"] = createdAt;
    json["updated_at"] = updatedAt;
    return json;
}

} // namespace md::auth
