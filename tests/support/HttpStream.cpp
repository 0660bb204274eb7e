#include "support/HttpStream.h"

#include "support/BeastSupport.h"

#include <functional>

namespace md::test {

namespace bs = beastsupport;
namespace http = bs::http;

struct HttpStream::State {
    boost::asio::io_context io;
    bs::tcp::socket socket{io};
    boost::beast::flat_buffer buffer;
    http::response_parser<http::buffer_body> parser;
    std::function<void(std::uint64_t, boost::beast::string_view, boost::system::error_code&)> onChunkHeader;
    char chunk[64 * 1024];

    int status = 0;
    HttpHeaders headers;
    HttpResponse headerView; // for case-insensitive header()
    std::string transportError;
    bool chunked = false;
    int chunkCount = 0;
    bool finished = false;
    std::string unparsedEventText; // decoded body not yet turned into SSE events
    int comments = 0;
};

HttpStream::HttpStream(std::unique_ptr<State> state) : m_state(std::move(state)) {}
HttpStream::~HttpStream() { close(); }
HttpStream::HttpStream(HttpStream&&) noexcept = default;
HttpStream& HttpStream::operator=(HttpStream&&) noexcept = default;

HttpStream HttpStream::open(const std::string& host, std::uint16_t port, std::string_view method,
                            std::string_view target, const HttpHeaders& headers, const std::string& bearerToken,
                            std::string body, std::chrono::milliseconds headerTimeout,
                            const std::string& sourceAddress)
{
    auto state = std::make_unique<State>();
    State& s = *state;
    s.parser.body_limit(boost::none);
    s.parser.header_limit(1 << 20);
    s.onChunkHeader = [&s](std::uint64_t size, boost::beast::string_view, boost::system::error_code&) {
        if (size > 0) ++s.chunkCount;
    };
    s.parser.on_chunk_header(s.onChunkHeader);

    const auto deadline = bs::Clock::now() + headerTimeout;
    auto fail = [&](const std::string& what) {
        s.transportError = what;
        s.finished = true;
        return HttpStream(std::move(state));
    };
    auto connected = bs::connect(s.io, s.socket, host, port, deadline, sourceAddress);
    if (connected.error || connected.timedOut) return fail("connect: " + bs::describe(connected));
    auto request = bs::makeRequest(method, target, host, port, headers, bearerToken, std::move(body));
    auto written = bs::runUntil(s.io, s.socket, deadline, [&](auto handler) {
        http::async_write(s.socket, request, handler);
    });
    if (written.error || written.timedOut) return fail("send: " + bs::describe(written));
    auto headerRead = bs::runUntil(s.io, s.socket, deadline, [&](auto handler) {
        http::async_read_header(s.socket, s.buffer, s.parser, handler);
    });
    if (headerRead.error || headerRead.timedOut) return fail("response header: " + bs::describe(headerRead));

    const auto& message = s.parser.get();
    s.status = static_cast<int>(message.result_int());
    s.headers = bs::copyHeaders(message);
    s.headerView.headers = s.headers;
    s.chunked = s.parser.chunked();
    s.finished = s.parser.is_done();
    return HttpStream(std::move(state));
}

int HttpStream::status() const { return m_state->status; }
const HttpHeaders& HttpStream::headers() const { return m_state->headers; }
std::string HttpStream::header(std::string_view name) const { return m_state->headerView.header(name); }
const std::string& HttpStream::transportError() const { return m_state->transportError; }
bool HttpStream::chunked() const { return m_state->chunked; }
int HttpStream::chunkCount() const { return m_state->chunkCount; }
int HttpStream::commentsSeen() const { return m_state->comments; }
bool HttpStream::finished() const { return m_state->finished; }

void HttpStream::close()
{
    if (!m_state) return;
    boost::system::error_code ignored;
    m_state->socket.shutdown(bs::tcp::socket::shutdown_both, ignored);
    m_state->socket.close(ignored);
    m_state->finished = true;
}

std::optional<std::string> HttpStream::readSome(std::chrono::milliseconds timeout)
{
    State& s = *m_state;
    const auto deadline = bs::Clock::now() + timeout;
    // A read may parse only framing (a chunk header) and yield no body bytes; keep going until
    // body bytes arrive, the body ends or the deadline passes.
    while (!s.finished) {
        if (s.parser.is_done()) {
            s.finished = true;
            break;
        }
        s.parser.get().body().data = s.chunk;
        s.parser.get().body().size = sizeof s.chunk;
        auto outcome = bs::runUntil(s.io, s.socket, deadline, [&](auto handler) {
            http::async_read_some(s.socket, s.buffer, s.parser, handler);
        });
        const std::size_t produced = sizeof s.chunk - s.parser.get().body().size;
        if (outcome.error && outcome.error != http::error::need_buffer && !outcome.timedOut) {
            if (outcome.error != http::error::end_of_stream && outcome.error != boost::asio::error::eof &&
                outcome.error != http::error::partial_message)
                s.transportError = outcome.error.message();
            else if (!s.parser.is_done())
                s.transportError = "connection closed before the body ended";
            s.finished = true;
        }
        if (s.parser.is_done()) s.finished = true;
        if (produced > 0) return std::string(s.chunk, produced);
        if (outcome.timedOut) return std::nullopt;
    }
    return std::nullopt;
}

std::string HttpStream::readToEnd(std::chrono::milliseconds timeout)
{
    const auto deadline = bs::Clock::now() + timeout;
    std::string body;
    for (;;) {
        auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - bs::Clock::now());
        if (finished() || remaining.count() <= 0) break;
        auto piece = readSome(remaining);
        if (!piece) continue; // timed out (loop ends on the deadline) or finished
        body += *piece;
    }
    return body;
}

std::optional<SseEvent> HttpStream::readEvent(std::chrono::milliseconds timeout)
{
    State& s = *m_state;
    const auto deadline = bs::Clock::now() + timeout;
    for (;;) {
        // Normalise line endings (\r\n and \r are allowed by the SSE grammar) and look for a blank line.
        std::string& text = s.unparsedEventText;
        for (std::size_t at = text.find('\r'); at != std::string::npos; at = text.find('\r', at)) {
            if (at + 1 == text.size()) break; // might be half of a \r\n still in flight
            if (text[at + 1] == '\n') text.erase(at, 1);
            else text[at] = '\n';
        }
        for (std::size_t end = text.find("\n\n"); end != std::string::npos; end = text.find("\n\n")) {
            std::string block = text.substr(0, end + 1);
            text.erase(0, end + 2);
            SseEvent event;
            bool hasData = false;
            std::size_t lineStart = 0;
            while (lineStart < block.size()) {
                std::size_t lineEnd = block.find('\n', lineStart);
                std::string line = block.substr(lineStart, lineEnd - lineStart);
                lineStart = lineEnd + 1;
                if (line.empty()) continue;
                if (line[0] == ':') {
                    ++s.comments;
                    continue;
                }
                std::size_t colon = line.find(':');
                std::string field = line.substr(0, colon);
                std::string value = colon == std::string::npos ? std::string() : line.substr(colon + 1);
                if (!value.empty() && value[0] == ' ') value.erase(0, 1);
                if (field == "data") {
                    event.data += (hasData ? "\n" : "") + value;
                    hasData = true;
                } else if (field == "event") {
                    event.type = value;
                } else if (field == "id") {
                    event.id = value;
                } else if (field == "retry") {
                    try {
                        event.retryMs = std::stoll(value);
                    } catch (const std::exception&) {
                    }
                }
            }
            if (hasData) return event;
        }
        auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - bs::Clock::now());
        if (s.finished || remaining.count() <= 0) return std::nullopt;
        auto piece = readSome(remaining);
        if (piece) text += *piece;
    }
}

} // namespace md::test
