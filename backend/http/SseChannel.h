#pragma once
// A one-way pipe from the event hub (any thread) to one Server-Sent Events connection. Bounded:
// a client that stops reading is disconnected rather than allowed to grow the server's memory;
// it resumes later with Last-Event-ID.

#include <functional>
#include <memory>
#include <mutex>
#include <string>

namespace md::http {

class SseChannel {
public:
    explicit SseChannel(std::size_t maxPendingBytes = 1 << 20) : m_maxPendingBytes(maxPendingBytes) {}

    // Queues one complete frame ("id: ..\nevent: ..\ndata: ..\n\n"). Returns false when the channel
    // is closed or this frame would overflow it (the channel is then closed).
    bool push(const std::string& frame);
    void close();
    bool isClosed() const;
    // Keeps resource (a StreamLimiter lease) until the channel closes, however that happens.
    void holdUntilClosed(std::shared_ptr<void> resource);

    // Session side. The waker is called (from the pushing thread) when data arrives while the
    // session is idle; it must only post work to the session's executor.
    void setWaker(std::function<void()> waker);
    // Takes everything queued; an empty result with isClosed() means the stream has ended.
    std::string takePending();

private:
    mutable std::mutex m_mutex;
    std::string m_pending;
    std::function<void()> m_waker;
    std::shared_ptr<void> m_heldUntilClosed;
    bool m_closed = false;
    bool m_wakeScheduled = false;
    std::size_t m_maxPendingBytes;
};

} // namespace md::http
