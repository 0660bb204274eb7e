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

// "event: session_ended", the last frame of a stream whose caller may no longer listen:
// data {"reason": token_expired | account_disabled | token_revoked | session_revoked}. It has no id,
// so the client's Last-Event-ID still points at the last event it got, and it resumes from there
// once it has a valid token again.
std::string sessionEndedFrame(std::string_view reason);

} // namespace md::events::sse
