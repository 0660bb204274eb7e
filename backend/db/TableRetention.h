#pragma once
// Keeps a table to a time window: a background thread deletes the rows older than the window every
// interval. Every replica runs one; a transaction-scoped advisory lock per table lets only one of
// them prune at a time, and deletes go in small batches so no statement nears the statement timeout
// or holds locks for long. The events (EventRetention) and the placement groups' tokens are kept
// this way.

#include "db/ConnectionPool.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace md::db {

struct RetentionTarget {
    std::string table;     // a trusted identifier, e.g. "events"
    std::string key;       // a column that identifies a row, e.g. "id"
    std::string timestamp; // the row's time, e.g. "created_at"
    long long lockKey;     // advisory lock key, the same on every replica and distinct per table
};

class TableRetention {
public:
    TableRetention(ConnectionPool& pool, RetentionTarget target, std::chrono::seconds window,
                   std::chrono::seconds interval);
    ~TableRetention();
    TableRetention(const TableRetention&) = delete;
    TableRetention& operator=(const TableRetention&) = delete;

    // The constructor registers them too; for owners that register statements before any pool exists.
    static void registerStatements(const RetentionTarget& target);

    void start();
    void stop();

    // One pass: deletes expired rows batch by batch. Returns how many were deleted; 0 also when
    // another replica holds the pruning lock.
    std::size_t pruneOnce();

private:
    void run();

    ConnectionPool& m_pool;
    const RetentionTarget m_target;
    std::chrono::seconds m_window;
    std::chrono::seconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace md::db
