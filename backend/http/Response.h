#pragma once
// What a handler answers: a complete body, a body streamed chunk by chunk from a worker thread
// (CSV export), or a Server-Sent Events channel fed by the event hub.

#include <nlohmann/json.hpp>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace md::http {

// Receives a streamed body. write() blocks while the client is slower than the producer (bounded
// buffering) and returns false once the client has gone, so the producer can stop early.
class ChunkSink {
public:
    virtual ~ChunkSink() = default;
    virtual bool write(std::string_view chunk) = 0;
};

class SseChannel;

struct Response {
    unsigned status = 200;
    std::string contentType = "application/json; charset=utf-8";
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    // Set for a streamed body: called on a worker thread after the headers are sent.
    std::function<void(ChunkSink&)> streamProducer;
    // Set for text/event-stream: the session writes what the channel receives until either side closes.
    std::shared_ptr<SseChannel> eventChannel;

    static Response json(const nlohmann::json& value, unsigned status = 200);
    static Response noContent();
    static Response text(std::string body, std::string contentType, unsigned status = 200);

    Response& header(std::string name, std::string value)
    {
        headers.emplace_back(std::move(name), std::move(value));
        return *this;
    }
};

} // namespace md::http
