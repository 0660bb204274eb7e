#pragma once
// The log sink: lines are appended to a memory buffer and written to stderr in batches: every 100 ms
// by the sink's own thread, at once when a warning or error is logged, and when the buffer passes
// 64 KiB. A request thread that logs a line therefore costs an append, never a system call or a wake-up
// of another thread (a queue to a logging thread costs both, per line, and was a quarter of the
// server's CPU time at 30,000 requests/s). A reader of stderr that stops reading cannot stall requests
// either: only one thread writes at a time, the others keep appending, and past 4 MiB new lines are
// dropped and counted, and the count is logged once writing works again.

#include <spdlog/sinks/sink.h>

#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>

namespace md::obs {

class BufferedStderrSink final : public spdlog::sinks::sink {
public:
    static constexpr std::size_t kWriteThreshold = 64 * 1024;
    static constexpr std::size_t kMaxBuffered = 4 * 1024 * 1024;

    // The logger's pattern is "%v": the payload is the whole line.
    BufferedStderrSink();
    ~BufferedStderrSink() override;
    BufferedStderrSink(const BufferedStderrSink&) = delete;
    BufferedStderrSink& operator=(const BufferedStderrSink&) = delete;

    void log(const spdlog::details::log_msg& message) override;
    void flush() override;
    void set_pattern(const std::string&) override {}
    void set_formatter(std::unique_ptr<spdlog::formatter>) override {}

private:
    // Writes what is buffered, unless another thread is writing (then that one will).
    void writeOut(bool wait);

    std::mutex m_bufferMutex;
    std::string m_buffer;
    std::size_t m_dropped = 0;
    std::mutex m_writeMutex; // held while writing, so lines leave in order

    std::mutex m_stopMutex;
    std::condition_variable m_stopRequested;
    bool m_stopping = false;
    std::thread m_flusher;
};

} // namespace md::obs
