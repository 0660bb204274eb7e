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
    if (m_pool) m_pool->release(std::move(m_connection));
}

ConnectionPool::ConnectionPool(PoolOptions options) : m_options(std::move(options))
{
    if (m_options.size == 0) m_options.size = 1;
}

ConnectionPool::~ConnectionPool() = default;

std::unique_ptr<pqxx::connection> ConnectionPool::open()
{
    auto connection = std::make_unique<pqxx::connection>(m_options.url);
    pqxx::nontransaction setup(*connection);
    setup.exec("SET statement_timeout = " + std::to_string(m_options.statementTimeout.count()));
    setup.exec("SET application_name = " + setup.quote(m_options.applicationName));
    setup.exec("SET TIME ZONE 'UTC'");
    setup.commit();
    Statements::prepareAll(*connection);
    return connection;
}

ConnectionPool::Lease ConnectionPool::acquire()
{
    std::unique_lock lock(m_mutex);
    auto deadline = std::chrono::steady_clock::now() + m_options.acquireTimeout;
    for (;;) {
        if (!m_idle.empty()) {
            auto connection = std::move(m_idle.back());
            m_idle.pop_back();
            ++m_busy;
            const std::uint64_t generation = Statements::generation();
            auto& preparedAt = m_statementsGeneration[connection.get()];
            if (preparedAt != generation) {
                Statements::prepareAll(*connection);
                preparedAt = generation;
            }
            return Lease(this, std::move(connection));
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

void ConnectionPool::release(std::unique_ptr<pqxx::connection> connection)
{
    std::lock_guard lock(m_mutex);
    --m_busy;
    if (connection && connection->is_open()) {
        m_idle.push_back(std::move(connection));
    } else {
        if (connection) m_statementsGeneration.erase(connection.get());
        --m_open;
    }
    m_available.notify_one();
}

void ConnectionPool::dropIdle()
{
    std::vector<std::unique_ptr<pqxx::connection>> dropped;
    {
        std::lock_guard lock(m_mutex);
        dropped.swap(m_idle);
        m_open -= dropped.size();
        for (const auto& connection : dropped) m_statementsGeneration.erase(connection.get());
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
}

} // namespace md::db
