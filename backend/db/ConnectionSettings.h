#pragma once
// How every connection the server opens to PostgreSQL protects itself against a database that stops
// answering, in one place: the pool, the LISTEN connection and the commands all connect with the
// string connectionString() builds from MARKETDESK_DATABASE_URL.
//  - connect_timeout bounds a connection attempt (a black-holed address otherwise waits for the
//    kernel's SYN retries, minutes; a peer that accepts and then says nothing, for ever);
//  - TCP keepalives and tcp_user_timeout make the kernel give up on a peer that vanished (a crashed
//    host, a dropped NAT entry) while the connection is idle, or while data stays unacknowledged.
// None of them notices a peer whose kernel still acknowledges every byte while nothing answers (a
// frozen PostgreSQL, a proxy that black-holes): ConnectionWatchdog covers that, for the pool.

#include <chrono>
#include <string>

namespace md::db {

struct ConnectionSettings {
    std::chrono::seconds connectTimeout{3}; // libpq's minimum is 2 s
    std::chrono::seconds keepalivesIdle{10};
    std::chrono::seconds keepalivesInterval{5};
    int keepalivesCount = 3;
    // Data unacknowledged (or a zero window) for this long closes the connection; also the bound of a
    // keepalive failure.
    std::chrono::milliseconds tcpUserTimeout{30000};
};

// The libpq connection string of url (a postgresql:// URI or key=value pairs) with the settings
// added; a parameter the URL sets itself is kept. Throws std::invalid_argument with libpq's message
// (and not the URL, which may hold a password) when url cannot be parsed.
std::string connectionString(const std::string& url, const ConnectionSettings& settings);

} // namespace md::db
