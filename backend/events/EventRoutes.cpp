#include "events/EventRoutes.h"

#include "core/DomainError.h"
#include "events/EventFilter.h"
#include "http/SseChannel.h"
#include "http/StreamLimiter.h"

#include <charconv>

namespace md::events {

namespace {

// Browsers send back whatever id they last saw; anything that is not one of ours is ignored
// (a fresh stream) rather than refused, so a stale client cannot get stuck on errors.
std::optional<long long> parseLastEventIdHeader(const std::string& text)
{
    long long value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
    return value;
}

std::optional<long long> resumePoint(const http::Request& request)
{
    // The header is the newer of the two: EventSource keeps the URL but updates the header.
    if (auto header = request.header("Last-Event-ID"); !header.empty())
        if (auto id = parseLastEventIdHeader(header)) return id;
    auto fromQuery = request.queryInt("last_event_id");
    if (fromQuery && *fromQuery < 0) throw DomainError::badRequest("last_event_id must not be negative");
    return fromQuery;
}

} // namespace

void EventRoutes::registerRoutes(http::Router& router)
{
    router.add("GET", "/api/v1/events", Permission::EventsRead,
               [this](http::Request& request) { return openStream(request); });
}

http::Response EventRoutes::openStream(const http::Request& request) const
{
    auto types = EventFilter::parseTypes(request.query("types").value_or(""));
    auto lastEventId = resumePoint(request);
    // Refused (429 too_many_streams) before anything is registered; held until the stream ends.
    std::shared_ptr<void> slot = m_streams ? m_streams->acquire(request.principal().userId) : nullptr;

    http::Response response;
    response.eventChannel = m_hub.openStream(request.principal(), std::move(types), lastEventId, std::move(slot));
    response.contentType = "text/event-stream; charset=utf-8";
    response.header("Cache-Control", "no-store");
    // Reverse proxies (nginx) must pass frames through as they come instead of buffering them.
    response.header("X-Accel-Buffering", "no");
    return response;
}

} // namespace md::events
