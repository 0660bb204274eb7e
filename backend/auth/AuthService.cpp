#include "auth/AuthService.h"

#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserValidator.h"
#include "core/DomainError.h"
#include "db/Transaction.h"
#include "observability/Log.h"
#include "observability/Metrics.h"

#include <mutex>

namespace md::auth {

namespace {

constexpr unsigned kPurgeEvery = 500;

obs::Counter& loginCounter(const char* result)
{
    return obs::MetricsRegistry::instance().counter("auth_logins_total", "Sign-in attempts by result.",
                                                    {{"result", result}});
}

DomainError invalidCredentials()
{
    return DomainError::unauthenticated("wrong e-mail address or password", "invalid_credentials");
}

DomainError invalidRefreshToken()
{
    return DomainError::unauthenticated("the refresh token is not valid; sign in again", "invalid_refresh_token");
}

DomainError loginLocked(int seconds)
{
    return DomainError(ErrorKind::RateLimited, "too_many_login_attempts",
                       "too many failed sign-ins for this e-mail address; try again later",
                       {{"retry_after_seconds", seconds}});
}

// A real Argon2id hash of a password nobody knows. Checking an unknown address's password against
// it costs what checking a real one costs, so response time does not tell which addresses exist.
const std::string& dummyPasswordHash()
{
    static const std::string hash = hashPassword("no user has this password; it only evens out timing");
    return hash;
}

} // namespace

AuthService::AuthService(db::ConnectionPool& pool, const JwtCodec& codec, const UserRepository& users,
                         const RefreshTokenStore& refreshTokens, const LoginThrottle& throttle)
    : m_pool(pool), m_codec(codec), m_users(users), m_refreshTokens(refreshTokens), m_throttle(throttle),
      m_loginSuccesses(loginCounter("success")), m_loginFailures(loginCounter("failure")),
      m_loginThrottled(loginCounter("throttled"))
{
    // Compute the timing-evening hash now rather than during the first sign-in with an unknown
    // address, which would otherwise take twice as long as any other.
    dummyPasswordHash();
}

std::string AuthService::issueAccessToken(const UserRecord& user) const
{
    AccessClaims claims;
    claims.userId = user.id;
    claims.role = user.role;
    claims.sellerId = user.sellerId;
    claims.email = user.email;
    claims.tokenVersion = user.tokenVersion;
    return m_codec.issue(std::move(claims), JwtCodec::Clock::now());
}

void AuthService::maybePurge(pqxx::work& tx)
{
    if (m_writesSincePurge.fetch_add(1, std::memory_order_relaxed) % kPurgeEvery != kPurgeEvery - 1) return;
    const long long tokens = m_refreshTokens.purgeExpired(tx);
    const long long failures = m_throttle.purgeStale(tx);
    obs::logDebug("purged expired sign-in state", {{"refresh_tokens", tokens}, {"login_failures", failures}});
}

TokenGrant AuthService::login(const std::string& rawEmail, const std::string& password)
{
    const std::string email = UserValidator::trimmed(rawEmail);
    if (email.empty() || email.size() > 4 * UserValidator::kMaxEmailCharacters) {
        m_loginFailures.inc();
        throw invalidCredentials();
    }

    struct Lookup {
        std::optional<int> lockedFor;
        std::optional<UserCredentials> credentials;
    };
    Lookup lookup = db::withTransaction(m_pool, [&](pqxx::work& tx) {
        Lookup found;
        found.lockedFor = m_throttle.lockedFor(tx, email);
        if (!found.lockedFor) found.credentials = m_users.findCredentialsByEmail(tx, email);
        return found;
    });
    if (lookup.lockedFor) {
        m_loginThrottled.inc();
        throw loginLocked(*lookup.lockedFor);
    }

    // Verified outside any transaction: a pooled connection must not wait for Argon2.
    const bool passwordMatches = password.size() <= UserValidator::kMaxPasswordBytes &&
                                 verifyPassword(lookup.credentials ? lookup.credentials->passwordHash
                                                                   : dummyPasswordHash(),
                                                password) &&
                                 lookup.credentials.has_value();
    if (!passwordMatches) {
        auto lockedNow = db::withTransaction(m_pool, [&](pqxx::work& tx) {
            auto locked = m_throttle.recordFailure(tx, email);
            maybePurge(tx);
            return locked;
        });
        m_loginFailures.inc();
        if (lockedNow)
            obs::logWarn("sign-in locked after repeated failures", {{"lock_seconds", *lockedNow}});
        throw invalidCredentials();
    }

    const long long userId = lookup.credentials->user.id;
    struct Issued {
        std::optional<UserRecord> user;
        std::string refreshToken;
    };
    Issued issued = db::withTransaction(m_pool, [&](pqxx::work& tx) {
        Issued result;
        // Read again under a lock: the account may have been disabled or changed meanwhile, and
        // the token must carry the token_version that is current when it is issued.
        result.user = m_users.lockById(tx, userId);
        if (!result.user || result.user->disabled) return result;
        m_throttle.reset(tx, email);
        result.refreshToken = m_refreshTokens.issue(tx, userId, std::nullopt);
        maybePurge(tx);
        return result;
    });
    if (!issued.user || issued.user->disabled) {
        m_loginFailures.inc();
        throw DomainError::unauthenticated("this account is disabled", "account_disabled");
    }
    m_loginSuccesses.inc();
    obs::logInfo("signed in", {{"user_id", userId}});
    return TokenGrant{issueAccessToken(*issued.user), std::move(issued.refreshToken), m_codec.timeToLive().count(),
                      std::move(*issued.user)};
}

TokenGrant AuthService::refresh(const std::string& refreshToken)
{
    if (!RefreshTokenStore::looksLikeToken(refreshToken)) throw invalidRefreshToken();

    enum class Outcome { Rotated, Invalid, Reused };
    struct Result {
        Outcome outcome = Outcome::Invalid;
        std::optional<UserRecord> user;
        std::string refreshToken;
        long long userId = 0;
    };
    // The reuse branch must commit its revocation before answering 401, so outcomes are returned
    // from the transaction and turned into errors after it.
    Result result = db::withTransaction(m_pool, [&](pqxx::work& tx) {
        Result answer;
        auto stored = m_refreshTokens.lock(tx, refreshToken);
        if (!stored || stored->revoked) return answer;
        answer.userId = stored->userId;
        if (stored->rotated) {
            m_refreshTokens.revokeFamily(tx, stored->familyId);
            answer.outcome = Outcome::Reused;
            return answer;
        }
        if (stored->expired) return answer;
        answer.user = m_users.lockById(tx, stored->userId);
        if (!answer.user || answer.user->disabled) {
            m_refreshTokens.revokeFamily(tx, stored->familyId);
            answer.user.reset();
            return answer;
        }
        m_refreshTokens.markRotated(tx, stored->id);
        answer.refreshToken = m_refreshTokens.issue(tx, stored->userId, stored->familyId);
        answer.outcome = Outcome::Rotated;
        return answer;
    });

    switch (result.outcome) {
    case Outcome::Invalid:
        throw invalidRefreshToken();
    case Outcome::Reused:
        obs::logWarn("a rotated refresh token was presented again; its family is revoked",
                     {{"user_id", result.userId}});
        throw DomainError::unauthenticated("this refresh token was already used; every session of this sign-in is "
                                           "revoked, sign in again",
                                           "refresh_token_reused");
    case Outcome::Rotated:
        break;
    }
    return TokenGrant{issueAccessToken(*result.user), std::move(result.refreshToken), m_codec.timeToLive().count(),
                      std::move(*result.user)};
}

void AuthService::logout(const Actor& actor, const std::optional<std::string>& refreshToken)
{
    const long long userId = actor.principal.userId;
    db::withTransaction(m_pool, [&](pqxx::work& tx) {
        long long revoked = 0;
        std::string scope;
        if (refreshToken) {
            scope = "family";
            // Another user's token is left alone: holding it proves nothing about the caller.
            auto stored = m_refreshTokens.lock(tx, *refreshToken);
            if (stored && stored->userId == userId) revoked = m_refreshTokens.revokeFamily(tx, stored->familyId);
        } else {
            scope = "all";
            revoked = m_refreshTokens.revokeAllForUser(tx, userId);
        }
        audit::record(tx, actor, {"auth.logout", "user", std::to_string(userId), std::nullopt,
                                  nlohmann::json{{"scope", scope}, {"revoked_refresh_tokens", revoked}}});
    });
}

UserRecord AuthService::me(long long userId)
{
    auto user = db::withTransaction(m_pool, [&](pqxx::work& tx) { return m_users.findById(tx, userId); });
    if (!user) throw DomainError::notFound("user");
    return *user;
}

} // namespace md::auth
