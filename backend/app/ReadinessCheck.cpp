#include "app/ReadinessCheck.h"

#include "app/SystemRoutes.h"

namespace md::app {

ReadinessCheck::ReadinessCheck(db::ConnectionPool& pool, std::chrono::milliseconds deadline)
    : m_pool(pool), m_deadline(deadline)
{
}

ReadinessCheck::~ReadinessCheck()
{
    if (m_thread.joinable()) m_thread.join();
}

std::string ReadinessCheck::problem()
{
    std::unique_lock lock(m_mutex);
    if (!m_running) {
        // The previous check has finished (or is just returning): its thread ends without the lock.
        if (m_thread.joinable()) m_thread.join();
        m_running = true;
        m_thread = std::thread([this] { run(); });
    }
    const std::uint64_t awaited = m_completed + 1;
    if (!m_finished.wait_for(lock, m_deadline, [&] { return m_completed >= awaited; }))
        return "the database did not answer within " + std::to_string(m_deadline.count()) + " ms";
    return m_result;
}

void ReadinessCheck::run()
{
    std::string result = readinessProblem(m_pool, m_deadline);
    std::lock_guard lock(m_mutex);
    m_result = std::move(result);
    ++m_completed;
    m_running = false;
    m_finished.notify_all();
}

} // namespace md::app
