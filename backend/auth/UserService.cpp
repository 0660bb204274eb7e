#include "auth/UserService.h"

#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserValidator.h"
#include "core/DomainError.h"
#include "core/Utf8.h"
#include "db/Transaction.h"
#include "observability/Log.h"

namespace md::auth {

namespace {

DomainError duplicateEmail()
{
    return DomainError::conflict("duplicate_email", "a user with this e-mail address already exists");
}

DomainError unknownSeller()
{
    return DomainError::invalidField("seller_id", "no seller with this id exists");
}

} // namespace

UserService::UserService(db::ConnectionPool& pool, const UserRepository& users,
                         const sellers::SellerRepository& sellers,
                         const RefreshTokenStore& refreshTokens, std::shared_ptr<UserRevocationCache> revocations)
    : m_pool(pool), m_users(users), m_sellers(sellers), m_refreshTokens(refreshTokens),
      m_revocations(std::move(revocations))
{
}

Page<UserRecord> UserService::list(const UserListQuery& query)
{
    return db::withTransaction(m_pool, [&](pqxx::work& tx) { return m_users.list(tx, query); });
}

UserRecord UserService::get(long long id)
{
    auto user = db::withTransaction(m_pool, [&](pqxx::work& tx) { return m_users.findById(tx, id); });
    if (!user) throw DomainError::notFound("user");
    return *user;
}

nlohmann::json UserService::problemsOf(const NewUser& user)
{
    nlohmann::json problems = nlohmann::json::object();
    if (auto problem = UserValidator::emailProblem(Utf8::trimmed(user.email))) problems["email"] = *problem;
    if (auto problem = UserValidator::passwordProblem(user.password)) problems["password"] = *problem;
    if (auto problem = UserValidator::displayNameProblem(Utf8::trimmed(user.displayName)))
        problems["display_name"] = *problem;
    if (auto role = roleFromString(user.role)) {
        if (auto problem = UserValidator::sellerIdProblem(*role, user.sellerId)) problems["seller_id"] = *problem;
    } else {
        problems["role"] = "must be one of admin, seller, support, operator, customer";
    }
    return problems;
}

UserService::ValidatedUser UserService::validate(const NewUser& user) const
{
    nlohmann::json problems = problemsOf(user);
    if (!problems.empty()) throw DomainError::validation(problems, "the user is not valid");
    ValidatedUser validated;
    validated.insert.email = Utf8::trimmed(user.email);
    validated.insert.displayName = Utf8::trimmed(user.displayName);
    validated.insert.sellerId = user.sellerId;
    validated.insert.role = *roleFromString(user.role);
    validated.password = user.password;
    return validated;
}

template <typename Audit> UserRecord UserService::insert(const NewUser& user, Audit&& recordAudit)
{
    ValidatedUser validated = validate(user);
    // Hash before taking a connection: hashing takes tens of milliseconds and a pooled connection
    // should not wait on it.
    validated.insert.passwordHash = hashPassword(validated.password);
    try {
        return db::withTransaction(m_pool, [&](pqxx::work& tx) {
            if (validated.insert.sellerId && !m_sellers.exists(tx, *validated.insert.sellerId)) throw unknownSeller();
            UserRecord created = m_users.insert(tx, validated.insert);
            recordAudit(tx, audit::Entry{"user.create", "user", std::to_string(created.id), std::nullopt, created.toJson()});
            return created;
        });
    } catch (const pqxx::unique_violation&) {
        throw duplicateEmail();
    } catch (const pqxx::foreign_key_violation&) {
        throw unknownSeller(); // the seller vanished between the check and the insert
    }
}

UserRecord UserService::create(const NewUser& user, const Actor& actor)
{
    return insert(user, [&](pqxx::work& tx, const audit::Entry& entry) { audit::record(tx, actor, entry); });
}

UserRecord UserService::createAsSystem(const NewUser& user, const std::string& component)
{
    return insert(user,
                  [&](pqxx::work& tx, const audit::Entry& entry) { audit::recordSystem(tx, component, entry); });
}

UserRecord UserService::update(long long id, const UserPatch& patch, const Actor& actor)
{
    if (!patch.role && !patch.sellerId && !patch.displayName && !patch.disabled && !patch.password)
        throw DomainError::validation({{"body", "give at least one of role, seller_id, display_name, disabled, password"}});

    nlohmann::json problems = nlohmann::json::object();
    std::optional<std::string> displayName;
    if (patch.displayName) {
        displayName = Utf8::trimmed(*patch.displayName);
        if (auto problem = UserValidator::displayNameProblem(*displayName)) problems["display_name"] = *problem;
    }
    if (patch.password)
        if (auto problem = UserValidator::passwordProblem(*patch.password)) problems["password"] = *problem;
    if (!problems.empty()) throw DomainError::validation(problems, "the change is not valid");

    // An administrator who disables or demotes themselves could leave nobody able to undo it.
    if (id == actor.principal.userId && ((patch.disabled && *patch.disabled) || (patch.role && *patch.role != Role::Admin)))
        throw DomainError::conflict("cannot_lock_out_self",
                                    "you cannot disable your own account or remove your own admin role");

    std::optional<std::string> passwordHash;
    if (patch.password) passwordHash = hashPassword(*patch.password);

    UserRecord updated = db::withTransaction(m_pool, [&](pqxx::work& tx) {
        auto current = m_users.lockById(tx, id);
        if (!current) throw DomainError::notFound("user");
        if (patch.expectedVersion && *patch.expectedVersion != current->version)
            throw DomainError::preconditionFailed(current->version);

        UserUpdate change;
        change.role = patch.role.value_or(current->role);
        // Leaving the seller role drops the seller unless the request names one (which is then an error).
        if (patch.sellerId)
            change.sellerId = *patch.sellerId;
        else
            change.sellerId = change.role == Role::Seller ? current->sellerId : std::nullopt;
        if (auto problem = UserValidator::sellerIdProblem(change.role, change.sellerId))
            throw DomainError::invalidField("seller_id", *problem);
        if (change.sellerId && change.sellerId != current->sellerId && !m_sellers.exists(tx, *change.sellerId))
            throw unknownSeller();
        change.displayName = displayName.value_or(current->displayName);
        change.disabled = patch.disabled.value_or(current->disabled);
        change.passwordHash = passwordHash;

        // What an access token claims (role, seller) changed, or access was taken away: tokens
        // issued before must stop working everywhere, and refresh tokens with them.
        change.bumpTokenVersion = change.role != current->role || change.sellerId != current->sellerId ||
                                  (change.disabled && !current->disabled) || passwordHash.has_value();
        long long revokedRefreshTokens = 0;
        if (change.bumpTokenVersion) revokedRefreshTokens = m_refreshTokens.revokeAllForUser(tx, id);

        UserRecord after = m_users.update(tx, id, change);
        nlohmann::json afterJson = after.toJson();
        if (passwordHash) afterJson["password_changed"] = true;
        if (change.bumpTokenVersion) afterJson["revoked_refresh_tokens"] = revokedRefreshTokens;
        audit::record(tx, actor, {"user.update", "user", std::to_string(id), current->toJson(), afterJson});
        return after;
    });

    // This replica refuses the old tokens from now on; the others follow on the md_cache notification.
    if (m_revocations) m_revocations->apply(updated.id, UserTokenState{updated.disabled, updated.tokenVersion});
    obs::logInfo("user updated", {{"user_id", updated.id}, {"by", actor.principal.userId},
                                  {"request_id", actor.requestId}});
    return updated;
}

} // namespace md::auth
