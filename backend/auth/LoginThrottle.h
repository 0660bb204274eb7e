#pragma once
// Failed sign-ins, counted in the login_throttle table so that every replica sees the same counts
// (md_login_attempt in migration 0004 holds the rules). Three counts, over one period (the lockout):
//   - per client address and e-mail address: maxFailures lock that client out of that account for
//     the period, and nobody else;
//   - per client address, over every e-mail address: maxFailuresPerAddress lock the client out of
//     every account (one password tried across many accounts);
//   - per e-mail address, over every client: from maxFailuresPerEmail on, the account counts as
//     under attack, and a client that has failed for it within the period is refused until its
//     failure ages out, while a client that has not still gets to check its password. An account
//     cannot be kept locked for its owner by someone else's wrong passwords.
// An attempt is counted before its password is checked (parallel guesses cannot overshoot a limit)
// and taken back when the password was right. Unknown e-mail addresses are counted like known ones,
// so the throttle does not reveal which exist.

#include <pqxx/pqxx>

#include <chrono>
#include <optional>
#include <string>

namespace md::auth {

struct LoginLimits {
    int maxFailures = 5;            // per client address and e-mail address
    int maxFailuresPerAddress = 10; // per client address
    int maxFailuresPerEmail = 20;   // per e-mail address, before it counts as under attack
    std::chrono::seconds lockout{300};
};

struct LoginRefusal {
    std::string scope; // "email_address", "address" or "email"
    int retryAfterSeconds = 1;
};

class LoginThrottle {
public:
    // Registers the prepared statements; construct before the pool opens connections.
    explicit LoginThrottle(LoginLimits limits);

    // Either refuses the attempt (nothing is counted) or counts it as a failure and lets the password
    // be checked. clientKey comes from addressKey().
    std::optional<LoginRefusal> begin(pqxx::transaction_base& tx, const std::string& email,
                                      const std::string& clientKey) const;
    // The password was right: takes back the failure begin() counted.
    void succeeded(pqxx::transaction_base& tx, const std::string& email, const std::string& clientKey) const;
    // Drops rows whose window and lock are over, so guessed addresses do not pile up.
    long long purgeStale(pqxx::transaction_base& tx) const;

    // The key a client address is counted under: an IPv4 address as is, an IPv6 address by its /64
    // network (one subscriber usually holds a whole /64), an IPv4-mapped IPv6 address as IPv4. Text
    // that is not an address is used as it is.
    static std::string addressKey(const std::string& address);

    const LoginLimits& limits() const { return m_limits; }

private:
    LoginLimits m_limits;
};

} // namespace md::auth
