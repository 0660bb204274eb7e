#include "models/dto/UserAccount.h"

#include "models/dto/JsonReader.h"

#include <QCoreApplication>

namespace md::models {

std::optional<UserAccount> parseUserAccount(const QJsonObject& json, QString* error)
{
    JsonReader reader(json, QStringLiteral("user"));
    UserAccount user;
    user.id = reader.requiredInteger("id");
    user.email = reader.requiredString("email");
    const QString role = reader.requiredString("role");
    if (auto parsed = roleFromString(role))
        user.role = *parsed;
    else if (reader.ok())
        reader.fail("role", QStringLiteral("unknown role '%1'").arg(role));
    user.sellerId = reader.optionalInteger("seller_id");
    user.sellerName = reader.optionalString("seller_name");
    user.displayName = reader.optionalString("display_name");
    user.disabled = reader.optionalBool("disabled", false);
    user.version = static_cast<int>(reader.requiredInteger("version"));
    user.createdAt = reader.requiredTimestamp("created_at");
    user.updatedAt = reader.optionalTimestamp("updated_at").value_or(user.createdAt);
    if (!reader.ok()) {
        if (error) *error = reader.error();
        return std::nullopt;
    }
    return user;
}

QString userStatusCode(bool disabled)
{
    return disabled ? QStringLiteral("disabled") : QStringLiteral("active");
}

QString userStatusLabel(bool disabled)
{
    return disabled ? QCoreApplication::translate("UserStatus", "Disabled")
                    : QCoreApplication::translate("UserStatus", "Active");
}

QJsonObject userCreateBody(const NewUserAccount& user)
{
    QJsonObject body{{QStringLiteral("email"), user.email.trimmed()},
                     {QStringLiteral("password"), user.password},
                     {QStringLiteral("role"), user.role ? roleCode(*user.role) : QString()}};
    if (!user.displayName.trimmed().isEmpty()) body.insert(QStringLiteral("display_name"), user.displayName.trimmed());
    if (user.sellerId) body.insert(QStringLiteral("seller_id"), *user.sellerId);
    return body;
}

UserProfile UserProfile::fromAccount(const UserAccount& account)
{
    return {account.displayName, account.role, account.sellerId};
}

namespace {

// The seller a profile ties the user to (0: none); a seller picked and then left behind by
// choosing another role does not count.
qint64 effectiveSeller(const UserProfile& profile)
{
    return profile.role == Role::Seller ? profile.sellerId.value_or(0) : 0;
}

} // namespace

QJsonObject userProfilePatchBody(const UserProfile& original, const UserProfile& edited)
{
    QJsonObject body;
    if (edited.displayName.trimmed() != original.displayName.trimmed())
        body.insert(QStringLiteral("display_name"), edited.displayName.trimmed());
    if (edited.role != original.role) body.insert(QStringLiteral("role"), roleCode(edited.role));
    const qint64 sellerId = effectiveSeller(edited);
    if (sellerId != original.sellerId.value_or(0))
        body.insert(QStringLiteral("seller_id"), sellerId != 0 ? QJsonValue(sellerId) : QJsonValue(QJsonValue::Null));
    return body;
}

bool profileChangeEndsSessions(const UserProfile& original, const UserProfile& edited)
{
    return edited.role != original.role || effectiveSeller(edited) != original.sellerId.value_or(0);
}

} // namespace md::models
