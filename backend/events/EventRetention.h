#pragma once
// Keeps the events table to its replay window: a background thread deletes rows older than the
// window every interval. Every replica runs one; a transaction-scoped advisory lock lets only one of
// them prune at a time, and deletes go in small batches so no statement nears the statement timeout
// or holds locks for long.

#include "db/ConnectionPool.h"

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace md::events {

class EventRetention {
public:
    EventRetention(db::ConnectionPool& pool, std::chrono::seconds window, std::chrono::seconds interval);
    ~EventRetention();
    EventRetention(const EventRetention&) = delete;
    EventRetention& operator=(const EventRetention&) = delete;

    static void registerStatements();

    void start();
    void stop();

    // One pass: deletes expired rows batch by batch. Returns how many were deleted; 0 also when
    // another replica holds the pruning lock.
    std::size_t pruneOnce();

private:
    void run();

    db::ConnectionPool& m_pool;
    std::chrono::seconds m_window;
    std::chrono::seconds m_interval;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace md::events
