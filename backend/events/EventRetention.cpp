#include "events/EventRetention.h"

#include "core/DomainError.h"
#include "db/Transaction.h"
#include "observability/Log.h"

namespace md::events {

namespace {

// Any constant shared by all replicas; "mdev" in ASCII, so it is recognisable in pg_locks.
constexpr long long kPruneLockKey = 0x6d646576;
constexpr long long kBatchSize = 5000;
// The first pass waits a little after start-up, so a fleet restarting together does not prune at once.
constexpr std::chrono::seconds kFirstPassDelay{30};

} // namespace

EventRetention::EventRetention(db::ConnectionPool& pool, std::chrono::seconds window, std::chrono::seconds interval)
    : m_pool(pool), m_window(window), m_interval(interval)
{
}

EventRetention::~EventRetention() { stop(); }

void EventRetention::registerStatements()
{
    db::Statements::add("events_prune_lock", "SELECT pg_try_advisory_xact_lock($1)");
    db::Statements::add("events_prune_batch",
                        "DELETE FROM events WHERE id IN (SELECT id FROM events WHERE created_at < now() - $1::bigint "
                        "* interval '1 second' ORDER BY created_at LIMIT $2)");
}

void EventRetention::start()
{
    std::lock_guard lock(m_mutex);
    if (m_thread.joinable()) return;
    m_stopping = false;
    m_thread = std::thread([this] { run(); });
}

void EventRetention::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable()) m_thread.join();
}

std::size_t EventRetention::pruneOnce()
{
    std::size_t total = 0;
    for (;;) {
        // Each batch is its own short transaction holding the lock; -1 means another replica has it.
        long long deleted = db::withTransaction(m_pool, [&](pqxx::work& transaction) -> long long {
            if (!transaction.exec_prepared1("events_prune_lock", kPruneLockKey)[0].as<bool>()) return -1;
            return transaction.exec_prepared("events_prune_batch", static_cast<long long>(m_window.count()), kBatchSize)
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

void EventRetention::run()
{
    auto delay = std::min<std::chrono::seconds>(kFirstPassDelay, m_interval);
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, delay, [this] { return m_stopping; })) return;
        }
        try {
            auto deleted = pruneOnce();
            if (deleted > 0) obs::logInfo("pruned expired events", {{"deleted", deleted}});
        } catch (const std::exception& error) {
            // The next pass retries; nothing is lost by pruning late.
            obs::logWarn("event pruning failed", {{"error", error.what()}});
        }
        delay = m_interval;
    }
}

} // namespace md::events
