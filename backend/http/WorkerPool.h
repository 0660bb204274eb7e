#pragma once
// Fixed threads running request handlers (which block on the database), fed by a bounded queue.
// When the queue is full tryPost() refuses, and the server answers 503 instead of queueing
// without limit.

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace md::http {

class WorkerPool {
public:
    WorkerPool(std::size_t threads, std::size_t queueCapacity);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    bool tryPost(std::function<void()> task);
    // Finishes queued tasks, then joins the threads.
    void stop();

    std::size_t queued() const;
    std::size_t busy() const;
    std::size_t threadCount() const { return m_threads.size(); }

private:
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_queue;
    std::vector<std::thread> m_threads;
    std::size_t m_capacity;
    std::size_t m_busy = 0;
    bool m_stopping = false;
};

} // namespace md::http
