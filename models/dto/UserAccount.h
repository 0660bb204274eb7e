#pragma once
// A user as an administrator manages them (the User resource of GET/POST/PATCH /api/v1/users), its
// parser, and the request bodies the People page sends: a whole new user for create, only the
// changed profile fields for PATCH. (models/dto/User.h is the signed-in user, the Me resource.)

#include "models/session/Role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace md::models {

struct UserAccount {
    qint64 id = 0;
    QString email;
    Role role = Role::Customer;
    std::optional<qint64> sellerId;
    QString sellerName; // empty unless the user belongs to a seller
    QString displayName;
    bool disabled = false;
    int version = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    // The display name, or the e-mail address when none is set.
    QString preferredName() const { return displayName.isEmpty() ? email : displayName; }
    bool operator==(const UserAccount&) const = default;
};

std::optional<UserAccount> parseUserAccount(const QJsonObject& json, QString* error = nullptr);

// "active" or "disabled": the machine code of a user's status (the badge colour), and its label.
QString userStatusCode(bool disabled);
QString userStatusLabel(bool disabled); // translated: "Active" / "Disabled"

// What the create dialog produces: one POST, so a user is created whole or not at all.
struct NewUserAccount {
    QString email;
    QString password;
    std::optional<Role> role; // nullopt until chosen
    std::optional<qint64> sellerId;
    QString displayName;
};

QJsonObject userCreateBody(const NewUserAccount& user);

// The fields of a user the detail pane edits together.
struct UserProfile {
    QString displayName;
    Role role = Role::Customer;
    std::optional<qint64> sellerId;

    static UserProfile fromAccount(const UserAccount& account);
    bool operator==(const UserProfile&) const = default;
};

// Only what differs between `original` and `edited`. Leaving the seller role sends "seller_id": null
// so the body says what it means (the server would drop the seller anyway).
QJsonObject userProfilePatchBody(const UserProfile& original, const UserProfile& edited);
// Whether the change ends the user's sessions (the server revokes them when role or seller change).
bool profileChangeEndsSessions(const UserProfile& original, const UserProfile& edited);

} // namespace md::models

Q_DECLARE_METATYPE(md::models::UserAccount)
