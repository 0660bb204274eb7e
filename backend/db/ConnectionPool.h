#pragma once
// A fixed-size pool of PostgreSQL connections. Connections are opened lazily and replaced when
// they break, so the server recovers by itself after the database restarts. Every connection gets
// the statement timeout and the registered prepared statements.

#include <pqxx/pqxx>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace md::db {

struct PoolOptions {
    std::string url;
    std::size_t size = 8;
    std::chrono::milliseconds acquireTimeout{2000};
    std::chrono::milliseconds statementTimeout{5000};
    std::string applicationName = "marketdesk-server";
};

class ConnectionPool {
public:
    explicit ConnectionPool(PoolOptions options);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool&) = delete;
    ConnectionPool& operator=(const ConnectionPool&) = delete;

    // A borrowed connection, returned on destruction. discard() drops it instead (it broke).
    class Lease {
    public:
        Lease(ConnectionPool* pool, std::unique_ptr<pqxx::connection> connection)
            : m_pool(pool), m_connection(std::move(connection))
        {
        }
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        pqxx::connection& operator*() { return *m_connection; }
        pqxx::connection* operator->() { return m_connection.get(); }
        void discard() { m_connection.reset(); }

    private:
        ConnectionPool* m_pool;
        std::unique_ptr<pqxx::connection> m_connection;
    };

    // Throws DomainError::unavailable when no connection can be had within the acquire timeout.
    Lease acquire();

    // Drops idle connections; called when one turned out broken, since its siblings probably are too.
    void dropIdle();

    std::size_t size() const { return m_options.size; }
    std::size_t idleCount() const;
    std::size_t busyCount() const;
    const PoolOptions& options() const { return m_options; }

    // Registers the gauges db_pool_connections{state} and db_pool_size.
    void exportMetrics();

private:
    friend class Lease;
    void release(std::unique_ptr<pqxx::connection> connection);
    std::unique_ptr<pqxx::connection> open();

    PoolOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<pqxx::connection>> m_idle;
    std::size_t m_open = 0; // idle + busy + being opened
    std::size_t m_busy = 0;
    // Statements generation each reused connection was prepared at: a module registering statements
    // after some connection was already open (one opened by another module's constructor) still
    // gets its statements on that connection at the next acquire.
    std::unordered_map<const pqxx::connection*, std::uint64_t> m_statementsGeneration;
};

// Prepared statements, registered once at start-up by each repository and prepared on every
// connection the pool opens.
class Statements {
public:
    static void add(const std::string& name, const std::string& sql);
    static void prepareAll(pqxx::connection& connection);
    // Bumped by every add(); lets the pool notice connections that predate a registration.
    static std::uint64_t generation();
};

} // namespace md::db
