#pragma once
// Server-Sent Events framing (the text/event-stream format of the HTML standard). Pure functions:
// an event becomes "id: <id>\nevent: <type>\ndata: <json>\n\n", where the JSON is a single line
// (serialised strings never contain a raw newline, which would end the data field).

#include "events/Event.h"

#include <chrono>
#include <string>
#include <string_view>

namespace md::events::sse {

// data = {"id","type","created_at","data":payload}.
std::string eventFrame(const Event& event);

// Tells the browser's EventSource how long to wait before reconnecting.
std::string retryFrame(std::chrono::milliseconds delay);

// "event: reset": the client asked to resume from further back than the server keeps, so it must
// reload its lists. The frame's id is the newest event id, so the next resume starts from there.
std::string resetFrame(long long latestId, std::string_view reason);

} // namespace md::events::sse
