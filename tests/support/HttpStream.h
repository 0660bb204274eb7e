#pragma once
// A response read incrementally: Server-Sent Events (readEvent) and streamed / chunked bodies
// (readSome, readToEnd). Made by HttpClient::openStream, which returns once the status line and
// headers arrived. Every read takes a timeout and returns empty-handed when it passes, with the
// connection still usable, so a test can assert that an event does NOT arrive.

#include "support/HttpResponse.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace md::test {

// One SSE event as dispatched by a browser: fields of one block up to a blank line.
struct SseEvent {
    std::string id;
    std::string type = "message"; // the "event:" field
    std::string data;             // "data:" lines joined with '\n'
    std::optional<long long> retryMs;
    nlohmann::json json() const { return nlohmann::json::parse(data, nullptr, false); }
};

class HttpStream {
public:
    static HttpStream open(const std::string& host, std::uint16_t port, std::string_view method,
                           std::string_view target, const HttpHeaders& headers, const std::string& bearerToken,
                           std::string body, std::chrono::milliseconds headerTimeout,
                           const std::string& sourceAddress = {});
    ~HttpStream();
    HttpStream(HttpStream&&) noexcept;
    HttpStream& operator=(HttpStream&&) noexcept;

    // 0 when no response header arrived (see transportError()).
    int status() const;
    const HttpHeaders& headers() const;
    std::string header(std::string_view name) const;
    const std::string& transportError() const;
    bool chunked() const;
    // Non-empty chunks received so far (chunked responses only).
    int chunkCount() const;

    // The next piece of decoded body; nullopt when the timeout passes first or the body ended
    // (then finished() is true).
    std::optional<std::string> readSome(std::chrono::milliseconds timeout);
    // Reads until the body ends or the timeout passes; returns what arrived (finished() says which).
    std::string readToEnd(std::chrono::milliseconds timeout);
    // The next SSE event with data; comment lines (": heartbeat") are counted, not returned.
    std::optional<SseEvent> readEvent(std::chrono::milliseconds timeout);
    int commentsSeen() const;
    bool finished() const;
    void close();

private:
    struct State;
    explicit HttpStream(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace md::test
