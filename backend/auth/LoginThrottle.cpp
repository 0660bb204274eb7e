#include "auth/LoginThrottle.h"

#include "db/ConnectionPool.h"

#include <boost/asio/ip/address.hpp>

#include <algorithm>

namespace md::auth {

LoginThrottle::LoginThrottle(LoginLimits limits) : m_limits(limits)
{
    m_limits.maxFailures = std::max(1, m_limits.maxFailures);
    m_limits.maxFailuresPerAddress = std::max(1, m_limits.maxFailuresPerAddress);
    m_limits.maxFailuresPerEmail = std::max(1, m_limits.maxFailuresPerEmail);
    m_limits.lockout = std::max(m_limits.lockout, std::chrono::seconds(1));
    db::Statements::add("auth_login_attempt", "SELECT refused_scope, retry_after_seconds "
                                              "FROM md_login_attempt($1, $2, $3, $4, $5, $6)");
    db::Statements::add("auth_login_succeeded", "SELECT md_login_succeeded($1, $2, $3)");
    db::Statements::add("auth_login_purge",
                        "DELETE FROM login_throttle WHERE window_started < now() - $1::integer * interval '1 second' "
                        "AND (locked_until IS NULL OR locked_until < now())");
}

std::optional<LoginRefusal> LoginThrottle::begin(pqxx::transaction_base& tx, const std::string& email,
                                                 const std::string& clientKey) const
{
    auto rows = tx.exec_prepared("auth_login_attempt", email, clientKey, m_limits.maxFailures,
                                 m_limits.maxFailuresPerAddress, m_limits.maxFailuresPerEmail,
                                 static_cast<int>(m_limits.lockout.count()));
    if (rows.empty()) return std::nullopt;
    return LoginRefusal{rows[0][0].as<std::string>(), std::max(1, rows[0][1].as<int>())};
}

void LoginThrottle::succeeded(pqxx::transaction_base& tx, const std::string& email, const std::string& clientKey) const
{
    tx.exec_prepared("auth_login_succeeded", email, clientKey, m_limits.maxFailuresPerAddress);
}

long long LoginThrottle::purgeStale(pqxx::transaction_base& tx) const
{
    return tx.exec_prepared("auth_login_purge", static_cast<int>(m_limits.lockout.count())).affected_rows();
}

std::string LoginThrottle::addressKey(const std::string& address)
{
    boost::system::error_code error;
    auto parsed = boost::asio::ip::make_address(address, error);
    if (error) return address;
    if (parsed.is_v4()) return parsed.to_string();
    auto v6 = parsed.to_v6();
    if (v6.is_v4_mapped()) return boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, v6).to_string();
    auto bytes = v6.to_bytes();
    std::fill(bytes.begin() + 8, bytes.end(), 0);
    return boost::asio::ip::address_v6(bytes).to_string() + "/64";
}

} // namespace md::auth
