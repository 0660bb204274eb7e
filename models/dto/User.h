#pragma once
// The signed-in user as GET /api/v1/me and the login answer describe them.

#include "models/session/Role.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace md::models {

struct User {
    qint64 id = 0;
    QString email;
    Role role = Role::Customer;
    std::optional<qint64> sellerId;
    QString displayName;

    bool allows(Capability capability) const { return roleAllows(role, capability); }
    // The name to greet: the display name, or the e-mail address when none is set.
    QString preferredName() const { return displayName.isEmpty() ? email : displayName; }
    bool operator==(const User&) const = default;
};

std::optional<User> parseUser(const QJsonObject& json, QString* error = nullptr);

} // namespace md::models

Q_DECLARE_METATYPE(md::models::User)
