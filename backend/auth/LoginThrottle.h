#pragma once
// Failed sign-ins per e-mail address, counted in the login_failures table so that every replica
// sees the same count. After maxFailures failures within one lockout period the address is locked
// for the lockout period; a successful sign-in clears the count. Unknown addresses are counted
// like known ones, so the throttle does not reveal which addresses exist.

#include <pqxx/pqxx>

#include <chrono>
#include <optional>
#include <string>

namespace md::auth {

class LoginThrottle {
public:
    // Registers the prepared statements; construct before the pool opens connections.
    LoginThrottle(int maxFailures, std::chrono::seconds lockout);

    // Seconds until the address may try again, or nullopt when it is not locked.
    std::optional<int> lockedFor(pqxx::transaction_base& tx, const std::string& email) const;
    // Counts a failure; returns the lock's remaining seconds if this failure locked the address.
    std::optional<int> recordFailure(pqxx::transaction_base& tx, const std::string& email) const;
    void reset(pqxx::transaction_base& tx, const std::string& email) const;
    // Drops rows whose window and lock are over, so guessed addresses do not pile up.
    long long purgeStale(pqxx::transaction_base& tx) const;

private:
    int m_maxFailures;
    std::chrono::seconds m_lockout;
};

} // namespace md::auth
