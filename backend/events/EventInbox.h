#pragma once
// Hand-over from the notification listener's thread to the hub's own thread. The listener must
// never wait (it also carries cache invalidations), so push() only queues; the queue is bounded,
// and when it overflows the hub is told to catch up from the table instead, so nothing is lost.

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

namespace md::events {

class EventInbox {
public:
    explicit EventInbox(std::size_t capacity) : m_capacity(capacity) {}

    void push(std::string payload);
    // Notifications may have been missed (listener reconnected, queue overflowed).
    void requestCatchUp();
    void close();

    struct Batch {
        std::vector<std::string> payloads;
        bool catchUp = false;
        bool closed = false;
    };
    // Waits until something arrives, the inbox closes, or the timeout passes.
    Batch take(std::chrono::milliseconds timeout);

private:
    std::mutex m_mutex;
    std::condition_variable m_arrived;
    std::vector<std::string> m_payloads;
    std::size_t m_capacity;
    bool m_catchUp = false;
    bool m_closed = false;
};

} // namespace md::events
