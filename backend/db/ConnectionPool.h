#pragma once
// A fixed-size pool of PostgreSQL connections. Connections are opened lazily and replaced when
// they break, so the server recovers by itself after the database restarts. Every connection gets
// the statement timeout and the registered prepared statements, and, with a query deadline, a
// ConnectionWatchdog that cuts it when a request goes unanswered past the deadline (a frozen or
// black-holed database), so no request waits on the database for ever: the blocked call throws
// pqxx::broken_connection and Lease::timedOut() says why. A lease must not sit idle on its connection
// for longer than the deadline either (the watchdog cannot always tell idle from stuck). A pooled
// connection never reconnects by itself (pqxx's reactivation is off): one that broke is discarded,
// and a new one gets the session settings again.

#include "db/ConnectionWatchdog.h"

#include <pqxx/pqxx>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace md::db {

struct PoolOptions {
    std::string url; // libpq connection string (see connectionString in db/ConnectionSettings.h)
    std::size_t size = 8;
    std::chrono::milliseconds acquireTimeout{2000};
    std::chrono::milliseconds statementTimeout{5000};
    std::string applicationName = "marketdesk-server";
    // How long a request on a leased connection may go unanswered before the connection is cut; longer
    // than the statement timeout, so PostgreSQL's own timeout answers first whenever it can. Zero: no
    // watchdog (the commands, whose statements may run long on purpose).
    std::chrono::milliseconds queryDeadline{0};
};

class ConnectionPool {
public:
    explicit ConnectionPool(PoolOptions options);
    ~ConnectionPool();
    ConnectionPool(const ConnectionPool&) = delete;
    ConnectionPool& operator=(const ConnectionPool&) = delete;

private:
    struct Pooled {
        std::unique_ptr<pqxx::connection> connection;
        ConnectionWatchdog::Watch watch; // declared after the connection: ends before it closes
        // Statements generation the connection was prepared at: a module registering statements after
        // some connection was already open (one opened by another module's constructor) still gets its
        // statements on that connection at the next acquire.
        std::uint64_t statementsGeneration = 0;
    };

public:
    // A borrowed connection, returned on destruction. discard() drops it instead (it broke).
    class Lease {
    public:
        Lease(ConnectionPool* pool, std::unique_ptr<Pooled> pooled) : m_pool(pool), m_pooled(std::move(pooled)) {}
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        ~Lease();
        pqxx::connection& operator*() { return *m_pooled->connection; }
        pqxx::connection* operator->() { return m_pooled->connection.get(); }
        void discard() { m_pooled.reset(); }
        // Whether the watchdog cut this connection because a request went unanswered past its deadline.
        // What the request did is then unknown unless it ran inside a transaction not yet committed.
        bool timedOut() const { return m_pooled && m_pooled->watch.tripped(); }
        // Another deadline for the requests of this lease from now on (the readiness check's is short; work
        // that must sit idle on its connection for longer than the query deadline needs a longer one:
        // see ConnectionWatchdog).
        void setQueryDeadline(std::chrono::milliseconds deadline)
        {
            if (m_pooled) m_pooled->watch.setDeadline(deadline);
        }

    private:
        ConnectionPool* m_pool;
        std::unique_ptr<Pooled> m_pooled;
    };

    // Throws DomainError::unavailable when no connection can be had within the acquire timeout (or
    // within timeout), or when a new connection cannot be opened (within the connect timeout).
    Lease acquire() { return acquire(m_options.acquireTimeout); }
    Lease acquire(std::chrono::milliseconds timeout);

    // Drops idle connections; called when one turned out broken, since its siblings probably are too.
    void dropIdle();

    std::size_t size() const { return m_options.size; }
    std::size_t idleCount() const;
    std::size_t busyCount() const;
    const PoolOptions& options() const { return m_options; }

    // Registers the gauges db_pool_connections{state} and db_pool_size, and the counter
    // db_connections_cut_total (connections the watchdog cut).
    void exportMetrics();

private:
    void release(std::unique_ptr<Pooled> pooled);
    std::unique_ptr<Pooled> open();

    PoolOptions m_options;
    // Before the connections: it outlives their watches.
    std::unique_ptr<ConnectionWatchdog> m_watchdog;
    mutable std::mutex m_mutex;
    std::condition_variable m_available;
    std::vector<std::unique_ptr<Pooled>> m_idle;
    std::size_t m_open = 0; // idle + busy + being opened
    std::size_t m_busy = 0;
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
