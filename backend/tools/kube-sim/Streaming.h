#pragma once
// What the HTTP layer and the API handlers share: a request as the handlers see it, a finished
// response, and the two halves of a streamed response (watch events, followed logs). A handler
// returns a StreamSource; the connection (a StreamSink) writes what the source sends as HTTP
// chunks and tells the source when the client went away. Sinks count the bytes not yet written so
// sources can stop feeding a client that does not read (bounded per-client buffers).

#include <cstddef>
#include <map>
#include <memory>
#include <string>

namespace md::kubesim {

struct ApiRequest {
    std::string method;
    std::string path;
    std::map<std::string, std::string> query;
    std::string contentType;
    std::string body;

    const std::string* param(const std::string& name) const
    {
        auto it = query.find(name);
        return it == query.end() ? nullptr : &it->second;
    }
};

class StreamSink {
public:
    virtual ~StreamSink() = default;
    virtual void send(std::string chunk) = 0;
    // Ends the response (last chunk); the connection closes after it.
    virtual void finish() = 0;
    virtual std::size_t pendingBytes() const = 0;
};

class StreamSource {
public:
    virtual ~StreamSource() = default;
    virtual void start(std::weak_ptr<StreamSink> sink) = 0;
    // The client went away (or the server stops): release timers and subscriptions.
    virtual void stop() = 0;
};

struct ApiResult {
    unsigned status = 200;
    std::string contentType = "application/json";
    std::string body;
    std::shared_ptr<StreamSource> stream; // set: a chunked response fed by the source
};

} // namespace md::kubesim
