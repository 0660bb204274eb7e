#include "auth/AuthService.h"

#include "audit/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserValidator.h"
#include "core/DomainError.h"
#include "core/Utf8.h"
#include "db/Transaction.h"
#include "observability/Log.h"
#include "observability/Metrics.h"

#include <mutex>
#include <vector>

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

DomainError loginRefused(const LoginRefusal& refusal)
{
    std::string message;
    if (refusal.scope == "address")
        message = "too many failed sign-ins from your network address; try again later";
    else if (refusal.scope == "email_address")
        message = "too many failed sign-ins for this e-mail address from your network address; try again later";
    else
        message = "this e-mail address has had many failed sign-ins; after a failed attempt, wait before trying "
                  "again";
    return DomainError(ErrorKind::RateLimited, "too_many_login_attempts", message,
                       {{"retry_after_seconds", refusal.retryAfterSeconds}, {"scope", refusal.scope}});
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
                         const RefreshTokenStore& refreshTokens, const LoginThrottle& throttle,
                         std::shared_ptr<UserRevocationCache> revocations)
    : m_pool(pool), m_codec(codec), m_users(users), m_refreshTokens(refreshTokens), m_throttle(throttle),
      m_revocations(std::move(revocations)), m_loginSuccesses(loginCounter("success")),
      m_loginFailures(loginCounter("failure")), m_loginThrottled(loginCounter("throttled"))
{
    // Compute the timing-evening hash now rather than during the first sign-in with an unknown
    // address, which would otherwise take twice as long as any other.
    dummyPasswordHash();
}

std::string AuthService::issueAccessToken(const UserRecord& user, const std::string& sessionId) const
{
    AccessClaims claims;
    claims.userId = user.id;
    claims.role = user.role;
    claims.sellerId = user.sellerId;
    claims.email = user.email;
    claims.tokenVersion = user.tokenVersion;
    claims.sessionId = sessionId;
    return m_codec.issue(std::move(claims), JwtCodec::Clock::now());
}

void AuthService::maybePurge(pqxx::work& tx)
{
    if (m_writesSincePurge.fetch_add(1, std::memory_order_relaxed) % kPurgeEvery != kPurgeEvery - 1) return;
    const long long tokens = m_refreshTokens.purgeExpired(tx);
    const long long failures = m_throttle.purgeStale(tx);
    obs::logDebug("purged expired sign-in state", {{"refresh_tokens", tokens}, {"login_throttle_rows", failures}});
}

TokenGrant AuthService::login(const std::string& rawEmail, const std::string& password,
                              const std::string& clientAddress)
{
    const std::string email = Utf8::trimmed(rawEmail);
    if (email.empty() || email.size() > 4 * UserValidator::kMaxEmailCharacters) {
        m_loginFailures.inc();
        throw invalidCredentials();
    }
    const std::string clientKey = LoginThrottle::addressKey(clientAddress);

    struct Lookup {
        std::optional<LoginRefusal> refusal;
        std::optional<UserCredentials> credentials;
    };
    // The attempt is counted as a failure here, before the password is checked, and taken back
    // below when it was right: parallel guesses cannot get past a limit while Argon2 runs.
    Lookup lookup = db::withTransaction(m_pool, [&](pqxx::work& tx) {
        Lookup found;
        found.refusal = m_throttle.begin(tx, email, clientKey);
        if (!found.refusal) {
            found.credentials = m_users.findCredentialsByEmail(tx, email);
            maybePurge(tx);
        }
        return found;
    });
    if (lookup.refusal) {
        m_loginThrottled.inc();
        obs::logWarn("sign-in refused by the throttle",
                     {{"scope", lookup.refusal->scope}, {"retry_after_seconds", lookup.refusal->retryAfterSeconds}});
        throw loginRefused(*lookup.refusal);
    }

    // Verified outside any transaction: a pooled connection must not wait for Argon2.
    const bool passwordMatches = password.size() <= UserValidator::kMaxPasswordBytes &&
                                 verifyPassword(lookup.credentials ? lookup.credentials->passwordHash
                                                                   : dummyPasswordHash(),
                                                password) &&
                                 lookup.credentials.has_value();
    if (!passwordMatches) {
        m_loginFailures.inc();
        throw invalidCredentials();
    }

    const long long userId = lookup.credentials->user.id;
    struct Issued {
        std::optional<UserRecord> user;
        IssuedRefreshToken refreshToken;
    };
    Issued issued = db::withTransaction(m_pool, [&](pqxx::work& tx) {
        Issued result;
        // The password was right: whatever follows, this attempt was no guess.
        m_throttle.succeeded(tx, email, clientKey);
        // Read again under a lock: the account may have been disabled or changed meanwhile, and
        // the token must carry the token_version that is current when it is issued.
        result.user = m_users.lockById(tx, userId);
        if (!result.user || result.user->disabled) return result;
        result.refreshToken = m_refreshTokens.issue(tx, userId, std::nullopt);
        return result;
    });
    if (!issued.user || issued.user->disabled) {
        m_loginFailures.inc();
        throw DomainError::unauthenticated("this account is disabled", "account_disabled");
    }
    m_loginSuccesses.inc();
    obs::logInfo("signed in", {{"user_id", userId}});
    return TokenGrant{issueAccessToken(*issued.user, issued.refreshToken.familyId),
                      std::move(issued.refreshToken.token), m_codec.timeToLive().count(), std::move(*issued.user)};
}

TokenGrant AuthService::refresh(const std::string& refreshToken)
{
    if (!RefreshTokenStore::looksLikeToken(refreshToken)) throw invalidRefreshToken();

    enum class Outcome { Rotated, Invalid, Reused };
    struct Result {
        Outcome outcome = Outcome::Invalid;
        std::optional<UserRecord> user;
        IssuedRefreshToken refreshToken;
        long long userId = 0;
        std::optional<std::string> revokedSession;
    };
    // The reuse branch must commit its revocation before answering 401, so outcomes are returned
    // from the transaction and turned into errors after it.
    Result result = db::withTransaction(m_pool, [&](pqxx::work& tx) {
        Result answer; // assigned afresh: the transaction may be retried
        auto stored = m_refreshTokens.lock(tx, refreshToken);
        if (!stored || stored->revoked) return answer;
        answer.userId = stored->userId;
        if (stored->rotated) {
            m_refreshTokens.revokeFamily(tx, stored->familyId);
            answer.revokedSession = stored->familyId;
            answer.outcome = Outcome::Reused;
            return answer;
        }
        if (stored->expired) return answer;
        answer.user = m_users.lockById(tx, stored->userId);
        if (!answer.user || answer.user->disabled) {
            m_refreshTokens.revokeFamily(tx, stored->familyId);
            answer.revokedSession = stored->familyId;
            answer.user.reset();
            return answer;
        }
        m_refreshTokens.markRotated(tx, stored->id);
        answer.refreshToken = m_refreshTokens.issue(tx, stored->userId, stored->familyId);
        answer.outcome = Outcome::Rotated;
        return answer;
    });

    // Committed: this replica refuses the session's access tokens at once, the others on md_cache.
    if (result.revokedSession) m_revocations->revokeSession(*result.revokedSession);
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
    return TokenGrant{issueAccessToken(*result.user, result.refreshToken.familyId),
                      std::move(result.refreshToken.token), m_codec.timeToLive().count(), std::move(*result.user)};
}

void AuthService::logout(const Actor& actor, const std::optional<std::string>& refreshToken)
{
    const long long userId = actor.principal.userId;
    struct Outcome {
        std::vector<std::string> sessions; // signed out
        std::optional<UserRecord> user;    // when token_version moved
    };
    Outcome outcome = db::withTransaction(m_pool, [&](pqxx::work& tx) {
        Outcome result;
        long long revoked = 0;
        std::string scope;
        if (refreshToken) {
            scope = "session";
            // Another user's token is left alone: holding it proves nothing about the caller.
            auto stored = m_refreshTokens.lock(tx, *refreshToken);
            if (stored && stored->userId == userId) {
                revoked += m_refreshTokens.revokeFamily(tx, stored->familyId);
                result.sessions.push_back(stored->familyId);
            }
            // The session the caller signed in with ends too, whichever refresh token came along.
            const std::string& current = actor.principal.sessionId;
            if (!current.empty() && (!stored || stored->familyId != current)) {
                revoked += m_refreshTokens.revokeFamily(tx, current);
                result.sessions.push_back(current);
            }
        } else {
            scope = "all";
            revoked = m_refreshTokens.revokeAllForUser(tx, userId);
            // Every access token of the user, whatever its session (and those issued without one).
            result.user = m_users.bumpTokenVersion(tx, userId);
        }
        audit::record(tx, actor, {"auth.logout", "user", std::to_string(userId), std::nullopt,
                                  nlohmann::json{{"scope", scope}, {"revoked_refresh_tokens", revoked}}});
        return result;
    });
    // Committed: refused here at once; the other replicas follow on md_cache.
    for (const auto& session : outcome.sessions) m_revocations->revokeSession(session);
    if (outcome.user)
        m_revocations->apply(outcome.user->id, UserTokenState{outcome.user->disabled, outcome.user->tokenVersion});
}

UserRecord AuthService::me(long long userId)
{
    auto user = db::withTransaction(m_pool, [&](pqxx::work& tx) { return m_users.findById(tx, userId); });
    if (!user) throw DomainError::notFound("user");
    return *user;
}

} // namespace md::auth
