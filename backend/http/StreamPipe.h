#pragma once
// Carries a streamed body from a producer on a worker thread to the session writing it. write()
// blocks while too much is buffered (backpressure) and fails once the client has gone.

#include "http/Response.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>

namespace md::http {

class StreamPipe : public ChunkSink {
public:
    explicit StreamPipe(std::size_t maxBufferedBytes = 256 * 1024) : m_maxBufferedBytes(maxBufferedBytes) {}

    bool write(std::string_view chunk) override;
    // Producer side: no more data.
    void finish();

    // Session side, same shape as SseChannel.
    void setWaker(std::function<void()> waker);
    std::string takePending();
    bool isClosed() const; // finished by the producer
    void close();          // the client has gone: unblocks and fails the producer

private:
    mutable std::mutex m_mutex;
    std::condition_variable m_drained;
    std::string m_pending;
    std::function<void()> m_waker;
    bool m_wakeScheduled = false;
    bool m_finished = false;
    bool m_clientGone = false;
    std::size_t m_maxBufferedBytes;
};

} // namespace md::http
