#include "auth/LoginThrottle.h"

#include "db/ConnectionPool.h"
#include "db/Nullable.h"

#include <algorithm>

namespace md::auth {

LoginThrottle::LoginThrottle(int maxFailures, std::chrono::seconds lockout)
    : m_maxFailures(std::max(1, maxFailures)), m_lockout(std::max(lockout, std::chrono::seconds(1)))
{
    // Addresses are keyed in lower case, like the users table's unique index.
    db::Statements::add("auth_login_locked",
                        "SELECT ceil(extract(epoch FROM locked_until - now()))::integer FROM login_failures "
                        "WHERE email = lower($1) AND locked_until > now()");
    // One failure, atomically: a window older than the lockout period starts over; reaching the
    // limit sets the lock. $2 is the limit, $3 the lockout (and window) in seconds.
    db::Statements::add(
        "auth_login_failure",
        "WITH settings AS (SELECT $2::integer AS max_failures, $3::integer * interval '1 second' AS period) "
        "INSERT INTO login_failures AS f (email, failures, window_started, locked_until) "
        "SELECT lower($1), 1, now(), CASE WHEN 1 >= max_failures THEN now() + period END FROM settings "
        "ON CONFLICT (email) DO UPDATE SET "
        "failures = CASE WHEN f.window_started <= now() - $3::integer * interval '1 second' THEN 1 "
        "                ELSE f.failures + 1 END, "
        "window_started = CASE WHEN f.window_started <= now() - $3::integer * interval '1 second' THEN now() "
        "                      ELSE f.window_started END, "
        "locked_until = CASE WHEN (CASE WHEN f.window_started <= now() - $3::integer * interval '1 second' THEN 1 "
        "                               ELSE f.failures + 1 END) >= $2::integer "
        "                    THEN now() + $3::integer * interval '1 second' ELSE f.locked_until END "
        "RETURNING CASE WHEN locked_until > now() THEN ceil(extract(epoch FROM locked_until - now()))::integer END");
    db::Statements::add("auth_login_reset", "DELETE FROM login_failures WHERE email = lower($1)");
    db::Statements::add("auth_login_purge",
                        "DELETE FROM login_failures WHERE window_started < now() - $1::integer * interval '1 second' "
                        "AND (locked_until IS NULL OR locked_until < now())");
}

std::optional<int> LoginThrottle::lockedFor(pqxx::transaction_base& tx, const std::string& email) const
{
    auto rows = tx.exec_prepared("auth_login_locked", email);
    if (rows.empty()) return std::nullopt;
    return std::max(1, rows[0][0].as<int>());
}

std::optional<int> LoginThrottle::recordFailure(pqxx::transaction_base& tx, const std::string& email) const
{
    auto rows = tx.exec_prepared("auth_login_failure", email, m_maxFailures, static_cast<int>(m_lockout.count()));
    auto seconds = db::optionalField<int>(rows[0][0]);
    if (!seconds) return std::nullopt;
    return std::max(1, *seconds);
}

void LoginThrottle::reset(pqxx::transaction_base& tx, const std::string& email) const
{
    tx.exec_prepared("auth_login_reset", email);
}

long long LoginThrottle::purgeStale(pqxx::transaction_base& tx) const
{
    return tx.exec_prepared("auth_login_purge", static_cast<int>(m_lockout.count())).affected_rows();
}

} // namespace md::auth
