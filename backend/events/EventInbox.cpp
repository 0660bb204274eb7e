#include "events/EventInbox.h"

namespace md::events {

void EventInbox::push(std::string payload)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_closed) return;
        if (m_payloads.size() >= m_capacity)
            m_catchUp = true; // the table still has the event; the catch-up reads it back
        else
            m_payloads.push_back(std::move(payload));
    }
    m_arrived.notify_one();
}

void EventInbox::requestCatchUp()
{
    {
        std::lock_guard lock(m_mutex);
        m_catchUp = true;
    }
    m_arrived.notify_one();
}

void EventInbox::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_arrived.notify_all();
}

EventInbox::Batch EventInbox::take(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_mutex);
    m_arrived.wait_for(lock, timeout, [this] { return m_closed || m_catchUp || !m_payloads.empty(); });
    Batch batch;
    batch.payloads.swap(m_payloads);
    batch.catchUp = m_catchUp;
    batch.closed = m_closed;
    m_catchUp = false;
    return batch;
}

} // namespace md::events
