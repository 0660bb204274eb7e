#include "http/StreamPipe.h"

namespace md::http {

bool StreamPipe::write(std::string_view chunk)
{
    std::function<void()> wake;
    {
        std::unique_lock lock(m_mutex);
        m_drained.wait(lock, [&] { return m_clientGone || m_pending.size() < m_maxBufferedBytes; });
        if (m_clientGone) return false;
        m_pending.append(chunk);
        if (!m_wakeScheduled && m_waker) {
            m_wakeScheduled = true;
            wake = m_waker;
        }
    }
    if (wake) wake();
    return true;
}

void StreamPipe::finish()
{
    std::function<void()> wake;
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        if (!m_wakeScheduled && m_waker) {
            m_wakeScheduled = true;
            wake = m_waker;
        }
    }
    if (wake) wake();
}

void StreamPipe::setWaker(std::function<void()> waker)
{
    std::lock_guard lock(m_mutex);
    m_waker = std::move(waker);
}

std::string StreamPipe::takePending()
{
    std::string out;
    {
        std::lock_guard lock(m_mutex);
        m_wakeScheduled = false;
        out.swap(m_pending);
    }
    m_drained.notify_all();
    return out;
}

bool StreamPipe::isClosed() const
{
    std::lock_guard lock(m_mutex);
    return m_finished;
}

void StreamPipe::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_clientGone = true;
        m_waker = nullptr;
    }
    m_drained.notify_all();
}

} // namespace md::http
