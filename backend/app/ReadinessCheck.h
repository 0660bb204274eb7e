#pragma once
// The database half of GET /healthz/ready, answered within a fixed time whatever the database does.
// The check itself (readinessProblem: a connection from the pool, the schema version) runs on a thread
// of its own, and the probe waits for it at most the deadline: a database that refuses connections
// fails the check at once, one that is frozen or black-holed would make it wait for the connect
// timeout or the query deadline, so the probe answers "did not answer in time" first. A probe that
// comes while a check still runs waits for that check instead of starting another, so a frozen
// database never piles up threads or pooled connections. The check's own lease gets the same short
// query deadline, so a connection stuck in it is cut and returned quickly.

#include "db/ConnectionPool.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

namespace md::app {

class ReadinessCheck {
public:
    ReadinessCheck(db::ConnectionPool& pool, std::chrono::milliseconds deadline);
    ~ReadinessCheck(); // waits for a check still running (bounded by the pool's own timeouts)
    ReadinessCheck(const ReadinessCheck&) = delete;
    ReadinessCheck& operator=(const ReadinessCheck&) = delete;

    // Empty when the database answers and its schema is current; otherwise why not.
    std::string problem();

private:
    void run();

    db::ConnectionPool& m_pool;
    const std::chrono::milliseconds m_deadline;
    std::mutex m_mutex;
    std::condition_variable m_finished;
    bool m_running = false;
    std::uint64_t m_completed = 0; // checks finished so far
    std::string m_result;
    std::thread m_thread;
};

} // namespace md::app
