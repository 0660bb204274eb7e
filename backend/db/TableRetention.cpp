#include "db/TableRetention.h"

#include "core/DomainError.h"
#include "db/Transaction.h"
#include "observability/Log.h"

namespace md::db {

namespace {

constexpr long long kBatchSize = 5000;
// The first pass waits a little after start-up, so a fleet restarting together does not prune at once.
constexpr std::chrono::seconds kFirstPassDelay{30};

std::string lockStatement(const RetentionTarget& target)
{
    return "retention_" + target.table + "_lock";
}
std::string batchStatement(const RetentionTarget& target)
{
    return "retention_" + target.table + "_batch";
}

} // namespace

TableRetention::TableRetention(ConnectionPool& pool, RetentionTarget target, std::chrono::seconds window,
                               std::chrono::seconds interval)
    : m_pool(pool), m_target(std::move(target)), m_window(window), m_interval(interval)
{
    registerStatements(m_target);
}

TableRetention::~TableRetention()
{
    stop();
}

void TableRetention::registerStatements(const RetentionTarget& target)
{
    Statements::add(lockStatement(target), "SELECT pg_try_advisory_xact_lock($1)");
    Statements::add(batchStatement(target), "DELETE FROM " + target.table + " WHERE " + target.key + " IN (SELECT " +
                                                target.key + " FROM " + target.table + " WHERE " + target.timestamp +
                                                " < now() - $1::bigint * interval '1 second' ORDER BY " +
                                                target.timestamp + " LIMIT $2)");
}

void TableRetention::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable()) return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void TableRetention::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

std::size_t TableRetention::pruneOnce()
{
    std::size_t total = 0;
    for (;;) {
        // Each batch is its own short transaction holding the lock; -1 means another replica has it.
        long long deleted = withTransaction(m_pool, [&](pqxx::work& transaction) -> long long {
            if (!transaction.exec_prepared1(lockStatement(m_target), m_target.lockKey)[0].as<bool>()) return -1;
            return transaction
                .exec_prepared(batchStatement(m_target), static_cast<long long>(m_window.count()), kBatchSize)
                .affected_rows();
        });
        if (deleted < 0) break;
        total += static_cast<std::size_t>(deleted);
        if (deleted < kBatchSize) break;
        std::lock_guard lock(m_mutex);
        if (m_stopping) break;
    }
    return total;
}

void TableRetention::run()
{
    auto delay = std::min<std::chrono::seconds>(kFirstPassDelay, m_interval);
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, delay, [this] { return m_stopping; })) return;
        }
        try {
            auto deleted = pruneOnce();
            if (deleted > 0) obs::logInfo("pruned expired rows", {{"table", m_target.table}, {"deleted", deleted}});
        } catch (const std::exception& error) {
            // The next pass retries; nothing is lost by pruning late.
            obs::logWarn("pruning failed", {{"table", m_target.table}, {"error", error.what()}});
        }
        delay = m_interval;
    }
}

} // namespace md::db
