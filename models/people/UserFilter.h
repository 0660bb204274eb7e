#pragma once
// What the user table asks the server for: search text (part of the e-mail or the name), role,
// disabled or not, and the order, as the query parameters of GET /api/v1/users.

#include "models/session/Role.h"

#include <QString>
#include <QUrlQuery>

#include <optional>

namespace md::models {

struct UserFilter {
    QString search;
    std::optional<Role> role;
    std::optional<bool> disabled;
    QString sortField = QStringLiteral("email"); // "email", "created_at" or "id"
    bool descending = false;

    QUrlQuery toQuery() const;
    bool operator==(const UserFilter&) const = default;
};

} // namespace md::models
