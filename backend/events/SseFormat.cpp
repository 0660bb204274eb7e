#include "events/SseFormat.h"

#include <nlohmann/json.hpp>

namespace md::events::sse {

namespace {

std::string singleLineJson(const nlohmann::json& value)
{
    // Invalid UTF-8 in a payload must not take the stream down: replace it rather than throw.
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The type is written by our own code, but a newline in it would split the frame; keep it to one line.
std::string singleLine(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) out += (c == '\n' || c == '\r') ? ' ' : c;
    return out;
}

} // namespace

std::string eventFrame(const Event& event)
{
    nlohmann::json data = {
        {"id", event.id}, {"type", event.type}, {"created_at", event.createdAt}, {"data", event.payload}};
    std::string frame;
    frame.reserve(64 + event.type.size() * 2 + 256);
    frame += "id: ";
    frame += std::to_string(event.id);
    frame += "\nevent: ";
    frame += singleLine(event.type);
    frame += "\ndata: ";
    frame += singleLineJson(data);
    frame += "\n\n";
    return frame;
}

std::string retryFrame(std::chrono::milliseconds delay) { return "retry: " + std::to_string(delay.count()) + "\n\n"; }

std::string resetFrame(long long latestId, std::string_view reason)
{
    nlohmann::json data = {{"reason", reason}, {"latest_id", latestId}};
    // With no event stored at all, an empty id clears the client's Last-Event-ID instead.
    std::string frame = "id: " + (latestId > 0 ? std::to_string(latestId) : std::string()) + "\n";
    frame += "event: reset\ndata: " + singleLineJson(data) + "\n\n";
    return frame;
}

std::string sessionEndedFrame(std::string_view reason)
{
    return "event: session_ended\ndata: " + singleLineJson(nlohmann::json{{"reason", reason}}) + "\n\n";
}

} // namespace md::events::sse
