#include "observability/BufferedStderrSink.h"

#include <cerrno>
#include <chrono>
#include <unistd.h>

namespace md::obs {

namespace {

void writeAll(int fd, const std::string& text)
{
    std::size_t written = 0;
    while (written < text.size()) {
        const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return; // stderr is gone; nothing better to do with a log line
        written += static_cast<std::size_t>(n);
    }
}

} // namespace

BufferedStderrSink::BufferedStderrSink()
    : m_flusher([this] {
          std::unique_lock lock(m_stopMutex);
          while (!m_stopping) {
              m_stopRequested.wait_for(lock, std::chrono::milliseconds(100));
              lock.unlock();
              writeOut(true);
              lock.lock();
          }
      })
{
}

BufferedStderrSink::~BufferedStderrSink()
{
    {
        std::lock_guard lock(m_stopMutex);
        m_stopping = true;
    }
    m_stopRequested.notify_one();
    m_flusher.join();
    writeOut(true);
}

void BufferedStderrSink::log(const spdlog::details::log_msg& message)
{
    bool full = false;
    {
        std::lock_guard lock(m_bufferMutex);
        if (m_buffer.size() + message.payload.size() + 1 > kMaxBuffered) {
            ++m_dropped;
            return;
        }
        m_buffer.append(message.payload.data(), message.payload.size());
        m_buffer.push_back('\n');
        full = m_buffer.size() >= kWriteThreshold;
    }
    if (full || message.level >= spdlog::level::warn) writeOut(false);
}

void BufferedStderrSink::flush()
{
    writeOut(true);
}

void BufferedStderrSink::writeOut(bool wait)
{
    std::unique_lock writing(m_writeMutex, std::defer_lock);
    if (wait)
        writing.lock();
    else if (!writing.try_lock())
        return;
    std::string text;
    std::size_t dropped = 0;
    {
        std::lock_guard lock(m_bufferMutex);
        text.swap(m_buffer);
        std::swap(dropped, m_dropped);
    }
    writeAll(STDERR_FILENO, text);
    if (dropped > 0)
        writeAll(STDERR_FILENO, "{\"level\":\"warn\",\"msg\":\"log lines dropped: stderr was not being read\",\"dropped\":" +
                                    std::to_string(dropped) + "}\n");
}

} // namespace md::obs
