#include "db/ConnectionPool.h"

#include "core/DomainError.h"
#include "observability/Log.h"
#include "observability/Metrics.h"

#include <atomic>
#include <map>

namespace md::db {

namespace {

std::mutex g_statementsMutex;
std::atomic<std::uint64_t> g_statementsGeneration{0};
std::map<std::string, std::string>& statementTable()
{
    static std::map<std::string, std::string> table;
    return table;
}

} // namespace

void Statements::add(const std::string& name, const std::string& sql)
{
    std::lock_guard lock(g_statementsMutex);
    statementTable()[name] = sql;
    g_statementsGeneration.fetch_add(1);
}

std::uint64_t Statements::generation() { return g_statementsGeneration.load(); }

void Statements::prepareAll(pqxx::connection& connection)
{
    std::lock_guard lock(g_statementsMutex);
    // pqxx only records the definitions here (statements are prepared on first use), and
    // re-recording an identical definition is a no-op, so calling this again is cheap.
    for (const auto& [name, sql] : statementTable()) connection.prepare(name, sql);
}

ConnectionPool::Lease::~Lease()
{
    if (m_pool) m_pool->release(std::move(m_pooled));
}

ConnectionPool::ConnectionPool(PoolOptions options) : m_options(std::move(options))
{
    if (m_options.size == 0) m_options.size = 1;
    if (m_options.queryDeadline.count() > 0) m_watchdog = std::make_unique<ConnectionWatchdog>();
}

ConnectionPool::~ConnectionPool()
{
    m_idle.clear(); // their watches end before the watchdog does
}

std::unique_ptr<ConnectionPool::Pooled> ConnectionPool::open()
{
    auto pooled = std::make_unique<Pooled>();
    pooled->connection = std::make_unique<pqxx::connection>(m_options.url);
    // A broken pooled connection is discarded, never quietly reconnected: a reconnection would lose
    // the session settings below and change the socket under the watchdog.
#include <pqxx/internal/ignore-deprecated-pre.hxx>
    pooled->connection->inhibit_reactivation(true);
#include <pqxx/internal/ignore-deprecated-post.hxx>
    // Watched from the first statement on: a database frozen right after accepting us must not hang the
    // settings below either.
    if (m_watchdog) pooled->watch = m_watchdog->watch(pooled->connection->sock(), m_options.queryDeadline);
    pqxx::nontransaction setup(*pooled->connection);
    setup.exec("SET statement_timeout = " + std::to_string(m_options.statementTimeout.count()));
    setup.exec("SET application_name = " + setup.quote(m_options.applicationName));
    setup.exec("SET TIME ZONE 'UTC'");
    setup.commit();
    Statements::prepareAll(*pooled->connection);
    pooled->statementsGeneration = Statements::generation();
    return pooled;
}

ConnectionPool::Lease ConnectionPool::acquire(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        if (!m_idle.empty()) {
            auto pooled = std::move(m_idle.back());
            m_idle.pop_back();
            ++m_busy;
            const std::uint64_t generation = Statements::generation();
            if (pooled->statementsGeneration != generation) {
                Statements::prepareAll(*pooled->connection);
                pooled->statementsGeneration = generation;
            }
            pooled->watch.setDeadline(m_options.queryDeadline); // a new watch period for this lease
            return Lease(this, std::move(pooled));
        }
        if (m_open < m_options.size) {
            ++m_open;
            ++m_busy;
            lock.unlock();
            try {
                return Lease(this, open());
            } catch (const std::exception& error) {
                lock.lock();
                --m_open;
                --m_busy;
                m_available.notify_one();
                obs::logWarn("cannot connect to the database", {{"error", error.what()}});
                throw DomainError::unavailable();
            }
        }
        if (m_available.wait_until(lock, deadline) == std::cv_status::timeout && m_idle.empty() &&
            m_open >= m_options.size)
            throw DomainError::unavailable("all database connections are busy; try again shortly");
    }
}

void ConnectionPool::release(std::unique_ptr<Pooled> pooled)
{
    std::unique_ptr<Pooled> closing; // closed outside the lock: closing a connection sends a message
    {
        std::lock_guard lock(m_mutex);
        --m_busy;
        if (pooled && pooled->connection->is_open() && !pooled->watch.tripped()) {
            pooled->watch.setDeadline(std::chrono::milliseconds(0)); // idle: nothing to wait for
            m_idle.push_back(std::move(pooled));
        } else {
            closing = std::move(pooled);
            --m_open;
        }
    }
    m_available.notify_one();
}

void ConnectionPool::dropIdle()
{
    std::vector<std::unique_ptr<Pooled>> dropped;
    {
        std::lock_guard lock(m_mutex);
        dropped.swap(m_idle);
        m_open -= dropped.size();
    }
    m_available.notify_all();
}

std::size_t ConnectionPool::idleCount() const
{
    std::lock_guard lock(m_mutex);
    return m_idle.size();
}

std::size_t ConnectionPool::busyCount() const
{
    std::lock_guard lock(m_mutex);
    return m_busy;
}

void ConnectionPool::exportMetrics()
{
    auto& registry = obs::MetricsRegistry::instance();
    registry.gauge("db_pool_connections", "Database pool connections by state.", {{"state", "idle"}},
                   [this] { return static_cast<double>(idleCount()); });
    registry.gauge("db_pool_connections", "Database pool connections by state.", {{"state", "busy"}},
                   [this] { return static_cast<double>(busyCount()); });
    registry.gauge("db_pool_size", "Configured maximum number of database connections.", {},
                   [this] { return static_cast<double>(size()); });
    registry.counterFunction("db_connections_cut_total",
                             "Database connections cut because a request went unanswered past the query deadline.", {},
                             [this] { return m_watchdog ? static_cast<double>(m_watchdog->cuts()) : 0.0; });
}

} // namespace md::db
