#pragma once
// The server's rules for a user's fields (backend/auth/UserValidator), checked in the console before
// anything is sent, so a person sees every problem next to its field at once and a request that
// would be refused is not made. The server stays the authority: its 422 details.fields are shown
// the same way. Each check returns the translated message, or an empty string when the value is fine.

#include "models/dto/UserAccount.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace md::models {

class UserRules {
    Q_DECLARE_TR_FUNCTIONS(UserRules)
public:
    static constexpr int kMinPasswordCharacters = 10;
    static constexpr int kMaxPasswordBytes = 1024;
    static constexpr int kMaxDisplayNameCharacters = 200;
    static constexpr int kMinEmailCharacters = 3;
    static constexpr int kMaxEmailCharacters = 254;
    static constexpr int kMaxEmailLocalBytes = 64;
    static constexpr int kMaxSellerNameCharacters = 200;

    static QString emailProblem(const QString& email);
    static QString passwordProblem(const QString& password);
    static QString displayNameProblem(const QString& displayName);
    static QString roleProblem(const std::optional<Role>& role);
    static QString sellerProblem(const std::optional<Role>& role, const std::optional<qint64>& sellerId);
    static QString sellerNameProblem(const QString& name);

    // API field name ("email", "password", "display_name", "role", "seller_id") -> message, for
    // everything wrong with a new user; empty when it can be sent.
    static QMap<QString, QString> problemsOf(const NewUserAccount& user);
    // The same for the fields of a profile change.
    static QMap<QString, QString> problemsOf(const UserProfile& profile);

    // Characters as the server counts them (Unicode code points, not UTF-16 units).
    static int characterCount(const QString& text);
};

} // namespace md::models
