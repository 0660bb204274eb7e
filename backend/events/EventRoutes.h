#pragma once
// GET /api/v1/events, the HTTP face of the live event streams (EventHub): reads the caller's types
// filter and resume point (Last-Event-ID, or ?last_event_id=), takes a stream slot (429
// too_many_streams: streams are capped per user and per replica, with followed pod logs) and answers
// with the hub's stream as Server-Sent Events.

#include "events/EventHub.h"
#include "http/Router.h"

namespace md::http {
class StreamLimiter;
}

namespace md::events {

class EventRoutes {
public:
    // streams may be null (no cap).
    explicit EventRoutes(EventHub& hub, http::StreamLimiter* streams = nullptr) : m_hub(hub), m_streams(streams) {}

    void registerRoutes(http::Router& router);

private:
    http::Response openStream(const http::Request& request) const;

    EventHub& m_hub;
    http::StreamLimiter* m_streams;
};

} // namespace md::events
