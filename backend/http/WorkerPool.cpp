#include "http/WorkerPool.h"

namespace md::http {

WorkerPool::WorkerPool(std::size_t threads, std::size_t queueCapacity) : m_capacity(queueCapacity)
{
    m_threads.reserve(threads);
    for (std::size_t i = 0; i < threads; ++i) m_threads.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool() { stop(); }

bool WorkerPool::tryPost(std::function<void()> task)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_queue.size() >= m_capacity) return false;
        m_queue.push_back(std::move(task));
    }
    m_wake.notify_one();
    return true;
}

void WorkerPool::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping && m_threads.empty()) return;
        m_stopping = true;
    }
    m_wake.notify_all();
    for (auto& thread : m_threads)
        if (thread.joinable()) thread.join();
    m_threads.clear();
}

std::size_t WorkerPool::queued() const
{
    std::lock_guard lock(m_mutex);
    return m_queue.size();
}

std::size_t WorkerPool::busy() const
{
    std::lock_guard lock(m_mutex);
    return m_busy;
}

void WorkerPool::run()
{
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty()) return; // stopping and drained
            task = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_busy;
        }
        task();
        std::lock_guard lock(m_mutex);
        --m_busy;
    }
}

} // namespace md::http
