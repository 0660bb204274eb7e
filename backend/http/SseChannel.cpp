#include "http/SseChannel.h"

namespace md::http {

bool SseChannel::push(const std::string& frame)
{
    std::function<void()> wake;
    std::shared_ptr<void> released; // let go outside the lock
    {
        std::lock_guard lock(m_mutex);
        if (m_closed) return false;
        if (m_pending.size() + frame.size() > m_maxPendingBytes) {
            m_closed = true;
            released.swap(m_heldUntilClosed);
        } else {
            m_pending += frame;
        }
        if (!m_wakeScheduled && m_waker) {
            m_wakeScheduled = true;
            wake = m_waker;
        }
        if (m_closed && !wake) return false;
    }
    if (wake) wake();
    return !isClosed();
}

void SseChannel::close()
{
    std::function<void()> wake;
    std::shared_ptr<void> released;
    {
        std::lock_guard lock(m_mutex);
        if (m_closed) return;
        m_closed = true;
        released.swap(m_heldUntilClosed);
        if (!m_wakeScheduled && m_waker) {
            m_wakeScheduled = true;
            wake = m_waker;
        }
    }
    if (wake) wake();
}

bool SseChannel::isClosed() const
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

void SseChannel::holdUntilClosed(std::shared_ptr<void> resource)
{
    std::lock_guard lock(m_mutex);
    if (!m_closed) m_heldUntilClosed = std::move(resource);
}

void SseChannel::setWaker(std::function<void()> waker)
{
    std::lock_guard lock(m_mutex);
    m_waker = std::move(waker);
}

std::string SseChannel::takePending()
{
    std::lock_guard lock(m_mutex);
    m_wakeScheduled = false;
    std::string out;
    out.swap(m_pending);
    return out;
}

} // namespace md::http
