#pragma once
// One connected /api/v1/events client. It is registered with the hub before its replay is read,
// and buffers live events until the replay is done (open()); then it sends the replay, the buffered
// events the replay did not already contain, and from then on live events directly. Events are
// deduplicated by id, because a replay and the live feed can overlap and ids commit out of order.
// It keeps the caller's principal (the access token's facts), so the hub can end the stream when the
// token expires or is revoked, and its stream slot, released when the stream ends.

#include "events/Event.h"
#include "events/EventFilter.h"
#include "core/Principal.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace md::http {
class SseChannel;
}

namespace md::events {

class EventSubscriber {
public:
    // slot: the StreamLimiter lease, held until the stream ends (may be null).
    EventSubscriber(EventFilter filter, Principal principal, std::shared_ptr<void> slot = {});

    enum class Offer { Sent, Skipped, Buffered, Gone };

    // From the hub's thread: an event for this client, framed once by the hub for everyone (in
    // the form withholdsPersonalData() asks for).
    Offer offer(const Event& event, const std::string& frame);
    // A control frame (reset) that bypasses the filter. Returns false when the client is gone.
    bool sendControl(const std::string& frame);

    // From the request's worker: ends the handshake. prefix holds the retry frame and the replay;
    // replayedIds (any order) are the ids the replay covered. The channel holds the prefix plus
    // liveCapacity bytes. Events with an id up to resetThrough are never sent: the prefix told the
    // client to reload everything up to there, and their notifications may still be on the way.
    // With endAfterPrefix the stream ends
    // after the prefix (the replay was cut short; the client resumes from its last id).
    std::shared_ptr<http::SseChannel> open(const std::string& prefix, std::vector<long long> replayedIds,
                                           long long resetThrough, std::size_t liveCapacity, bool endAfterPrefix);

    void close();
    // Sends frame (session_ended: why the caller may no longer listen) as the last thing on the
    // stream, then ends it; nothing is sent after it. Before open(), open() sends only that frame.
    // Returns false when the stream had already ended.
    bool endSession(const std::string& frame);
    bool isGone() const;
    long long userId() const { return m_principal.userId; }
    const Principal& principal() const { return m_principal; }
    // Whether this client gets order events without the customer's personal data (EventFilter).
    bool withholdsPersonalData() const { return m_filter.withholdsPersonalData(); }

private:
    bool alreadySent(long long id) const;

    static constexpr std::size_t kMaxBufferedDuringHandshake = 10000;

    mutable std::mutex m_mutex;
    EventFilter m_filter;
    const Principal m_principal;
    std::shared_ptr<void> m_slot; // handed to the channel by open()
    std::string m_endFrame;       // set by endSession() before open()
    std::shared_ptr<http::SseChannel> m_channel; // null until open()
    std::vector<std::pair<long long, std::string>> m_buffered;
    bool m_bufferOverflowed = false;
    std::vector<long long> m_replayedIds; // sorted
    long long m_resetThrough = 0;
    bool m_closed = false;
};

} // namespace md::events
