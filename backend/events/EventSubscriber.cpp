#include "events/EventSubscriber.h"

#include "http/SseChannel.h"

#include <algorithm>

namespace md::events {

EventSubscriber::EventSubscriber(EventFilter filter, Principal principal, std::shared_ptr<void> slot)
    : m_filter(std::move(filter)), m_principal(std::move(principal)), m_slot(std::move(slot))
{
}

EventSubscriber::Offer EventSubscriber::offer(const Event& event, const std::string& frame)
{
    std::lock_guard lock(m_mutex);
    if (m_closed) return Offer::Gone;
    if (!m_filter.admits(event)) return Offer::Skipped;
    if (!m_channel) {
        if (m_buffered.size() >= kMaxBufferedDuringHandshake) {
            m_bufferOverflowed = true;
            return Offer::Buffered;
        }
        m_buffered.emplace_back(event.id, frame);
        return Offer::Buffered;
    }
    if (alreadySent(event.id)) return Offer::Skipped;
    if (!m_channel->push(frame)) {
        m_closed = true;
        return Offer::Gone;
    }
    return Offer::Sent;
}

bool EventSubscriber::sendControl(const std::string& frame)
{
    std::lock_guard lock(m_mutex);
    if (m_closed || !m_channel) return !m_closed;
    if (!m_channel->push(frame)) m_closed = true;
    return !m_closed;
}

std::shared_ptr<http::SseChannel> EventSubscriber::open(const std::string& prefix, std::vector<long long> replayedIds,
                                                        long long resetThrough, std::size_t liveCapacity,
                                                        bool endAfterPrefix)
{
    std::lock_guard lock(m_mutex);
    m_channel = std::make_shared<http::SseChannel>(prefix.size() + liveCapacity);
    m_channel->holdUntilClosed(std::move(m_slot));
    if (!m_endFrame.empty()) {
        // The caller's session ended during the handshake: the reason, and not one event more.
        m_channel->push(m_endFrame);
        m_channel->close();
        m_buffered.clear();
        return m_channel;
    }
    std::sort(replayedIds.begin(), replayedIds.end());
    m_replayedIds = std::move(replayedIds);
    m_resetThrough = resetThrough;
    if (!prefix.empty()) m_channel->push(prefix);
    // A client whose handshake buffer overflowed would have a gap; ending the stream makes it
    // resume from its last id instead, which fills the gap from the table.
    if (m_closed || endAfterPrefix || m_bufferOverflowed) {
        m_closed = true;
        m_channel->close();
    } else {
        for (const auto& [id, frame] : m_buffered) {
            if (alreadySent(id)) continue;
            if (!m_channel->push(frame)) {
                m_closed = true;
                break;
            }
        }
    }
    m_buffered.clear();
    m_buffered.shrink_to_fit();
    return m_channel;
}

void EventSubscriber::close()
{
    std::lock_guard lock(m_mutex);
    m_closed = true;
    if (m_channel) m_channel->close();
}

bool EventSubscriber::endSession(const std::string& frame)
{
    std::lock_guard lock(m_mutex);
    if (m_closed || (m_channel && m_channel->isClosed())) return false;
    m_closed = true;
    if (!m_channel) {
        m_endFrame = frame;
        return true;
    }
    m_channel->push(frame);
    m_channel->close();
    return true;
}

bool EventSubscriber::isGone() const
{
    std::lock_guard lock(m_mutex);
    return m_closed || (m_channel && m_channel->isClosed());
}

bool EventSubscriber::alreadySent(long long id) const
{
    return id <= m_resetThrough || std::binary_search(m_replayedIds.begin(), m_replayedIds.end(), id);
}

} // namespace md::events
